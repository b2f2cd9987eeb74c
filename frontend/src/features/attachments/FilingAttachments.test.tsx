import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type FakeServer } from '../../test/render';
import { FileTicketPage } from '../filing/FileTicketPage';
import { PREFLIGHT_HEADER } from '../../lib/graphql/multipart';

const categories = [
  { id: 'c1', code: 'roads', nameZh: '道路', nameEn: 'Roads', description: '', groupName: '城市管理', defaultKind: 'COMPLAINT', active: true },
];

const png = (name = 'lamp.png') => new File([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])], name, { type: 'image/png' });

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillRequired() {
  fireEvent.click(screen.getByLabelText(/投诉/));
  fill('一句话说明是什么事', '路灯坏了');
  fill('事情经过', '小区门口的路灯坏了一个月。');
}

/** The upload field's form item and its hidden file input. */
function uploadField() {
  const button = screen.getByRole('button', { name: '添加照片或文件' });
  const item = button.closest('.ant-form-item') as HTMLElement;
  const input = item.querySelector('input[type="file"]') as HTMLInputElement;
  return { button, item, input };
}

async function choose(files: File[]) {
  const { input } = uploadField();
  fireEvent.change(input, { target: { files } });
}

describe('attachments on the filing form', () => {
  it('sends the chosen photo as a multipart request with the preflight header', async () => {
    const filed: Record<string, unknown>[] = [];
    const server: FakeServer = (op, vars) => {
      if (op === 'Categories') return { data: { categories } };
      if (op === 'FileTicket') {
        filed.push(vars.input as Record<string, unknown>);
        return {
          data: { fileTicket: { ticket: { id: 't1', reference: 'MS-2026-000123', title: '路灯坏了', state: 'SUBMITTED' }, trackingCode: 'K7P2-9QXD', replayed: false } },
        };
      }
      throw new Error(op);
    };
    const { fetch } = renderApp(<FileTicketPage />, { server, route: '/file' });
    fillRequired();
    await choose([png()]);
    expect(await screen.findByText('lamp.png')).toBeTruthy();
    // A photo offers its position, explained in plain words.
    const useLocation = await screen.findByLabelText('用照片的拍摄位置作为事发地点');
    expect(screen.getByText(/位置等隐藏信息会被删除/)).toBeTruthy();
    fireEvent.click(useLocation);
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    await screen.findByTestId('tracking-code');
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ title: '路灯坏了', attachments: [null], locationFromPhoto: true });
    const init = fetch.mock.calls.find(([, i]) => i?.body instanceof FormData)?.[1];
    expect(init).toBeTruthy();
    expect(new Headers(init!.headers).get(PREFLIGHT_HEADER)).toBe('true');
    expect(((init!.body as FormData).get('0') as File).name).toBe('lamp.png');
  });

  it('refuses a file of the wrong type at once, saying why, next to the field', async () => {
    const server: FakeServer = (op) => {
      if (op === 'Categories') return { data: { categories } };
      throw new Error(op);
    };
    renderApp(<FileTicketPage />, { server, route: '/file' });
    await choose([new File(['hello'], 'notes.txt', { type: 'text/plain' }), png('ok.png')]);
    const { item } = uploadField();
    expect(await within(item).findByText('“notes.txt”没有添加：只能添加 JPG、PNG、WebP 照片或 PDF 文件。')).toBeTruthy();
    expect(within(item).getByText('ok.png')).toBeTruthy();
    // And it can be removed again by keyboard-reachable button.
    fireEvent.click(within(item).getByRole('button', { name: '移除 ok.png' }));
    expect(within(item).queryByText('ok.png')).toBeNull();
  });

  it('shows the server’s refusal of a file next to the upload field, in the user’s language', async () => {
    const server: FakeServer = (op) => {
      if (op === 'Categories') return { data: { categories } };
      return {
        data: null,
        errors: [
          {
            message: '“lamp.png”: only JPEG, PNG and WebP photos and PDF documents can be attached (this file is text/plain)',
            extensions: { code: 'BAD_USER_INPUT', field: 'attachments' },
          },
        ],
      };
    };
    renderApp(<FileTicketPage />, { server, route: '/file', language: 'en' });
    fireEvent.click(screen.getByLabelText(/Complaint/));
    fireEvent.change(screen.getByLabelText('In one sentence, what is it about?'), { target: { value: 'Street light out' } });
    fireEvent.change(screen.getByLabelText('What happened'), { target: { value: 'The light at the gate is out.' } });
    const button = screen.getByRole('button', { name: 'Add photos or documents' });
    const item = button.closest('.ant-form-item') as HTMLElement;
    fireEvent.change(item.querySelector('input[type="file"]')!, { target: { files: [png()] } });
    await within(item).findByText('lamp.png');
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await waitFor(() => expect(within(item).getByText('“lamp.png” is not a JPEG, PNG or WebP photo or a PDF document.')).toBeTruthy());
  });
});
