import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type FakeServer } from '../../test/render';
import { FileTicketPage } from './FileTicketPage';

const categories = [
  { id: 'c1', code: 'roads', nameZh: '道路', nameEn: 'Roads', description: '', groupName: '城市管理', defaultKind: 'COMPLAINT', active: true },
];

function fill(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The form item (label, control and its error text) around a control. */
function itemOf(label: RegExp | string): HTMLElement {
  const control = screen.getByLabelText(label);
  const item = control.closest('.ant-form-item');
  if (!item) throw new Error('no form item');
  return item as HTMLElement;
}

function fillRequired() {
  fireEvent.click(screen.getByLabelText(/投诉/));
  fill('一句话说明是什么事', '路灯坏了');
  fill('事情经过', '小区门口的路灯坏了一个月。');
}

describe('the filing form', () => {
  it('shows a BAD_USER_INPUT next to the field the server names, in the user’s language', async () => {
    const server: FakeServer = (op) => {
      if (op === 'Categories') return { data: { categories } };
      if (op === 'FileTicket')
        return {
          data: null,
          errors: [{ message: 'must be at most 120 characters (got 130)', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }],
        };
      throw new Error(op);
    };
    renderApp(<FileTicketPage />, { server, route: '/file' });
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    const item = itemOf('一句话说明是什么事');
    await waitFor(() => expect(within(item).getByText('最多 120 个字。')).toBeTruthy());
    // The other fields carry no error.
    expect(itemOf('事情经过').querySelector('.ant-form-item-explain-error')).toBeNull();
  });

  it('puts an error about the e-mail under the e-mail field, though the server calls it `email`', async () => {
    const server: FakeServer = (op) => {
      if (op === 'Categories') return { data: { categories } };
      return { data: null, errors: [{ message: 'must contain one @', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }] };
    };
    renderApp(<FileTicketPage />, { server, route: '/file', language: 'en' });
    fireEvent.click(screen.getByLabelText(/Complaint/));
    fill('In one sentence, what is it about?', 'Street light out');
    fill('What happened', 'The light at the gate has been out for a month.');
    fill('Email', 'nobody.example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    const item = itemOf('Email');
    await waitFor(() => expect(within(item).getByText('Enter a valid email address, such as name@example.org.')).toBeTruthy());
  });

  it('shows an error that concerns no field above the button, with the server’s words as detail', async () => {
    const server: FakeServer = (op) => {
      if (op === 'Categories') return { data: { categories } };
      return { data: null, errors: [{ message: 'too many filings from here', extensions: { code: 'RATE_LIMITED' } }] };
    };
    renderApp(<FileTicketPage />, { server, route: '/file' });
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    const message = await screen.findByText('操作太频繁，请稍后再试。');
    const alert = message.closest('[role="alert"]') as HTMLElement;
    expect(alert).toBeTruthy();
    expect(within(alert).getByText('系统说明：too many filings from here')).toBeTruthy();
  });

  it('files once with an idempotency key and shows the tracking code once', async () => {
    const filed: Record<string, unknown>[] = [];
    const server: FakeServer = (op, vars) => {
      if (op === 'Categories') return { data: { categories } };
      filed.push(vars.input as Record<string, unknown>);
      return {
        data: {
          fileTicket: {
            ticket: { id: 't1', reference: 'MS-2026-000123', title: '路灯坏了', state: 'SUBMITTED' },
            trackingCode: 'K7P2-9QXD',
            replayed: false,
          },
        },
      };
    };
    renderApp(<FileTicketPage />, { server, route: '/file' });
    fillRequired();
    const button = screen.getByRole('button', { name: '提交诉求' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await screen.findByTestId('tracking-code')).toHaveProperty('textContent', 'K7P2-9QXD');
    expect(screen.getByTestId('reference').textContent).toBe('MS-2026-000123');
    expect(filed).toHaveLength(1);
    const input = filed[0];
    expect(input).toMatchObject({ kind: 'COMPLAINT', title: '路灯坏了', confidential: false, locale: 'zh-CN' });
    expect(typeof input.idempotencyKey).toBe('string');
    expect(String(input.idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);

    // Filing another starts a new form with a new key.
    fireEvent.click(screen.getByRole('button', { name: '再反映一件事' }));
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    await screen.findByTestId('tracking-code');
    expect(filed).toHaveLength(2);
    expect(filed[1].idempotencyKey).not.toBe(input.idempotencyKey);
  });

  it('keeps the same idempotency key when a failed filing is sent again', async () => {
    const keys: unknown[] = [];
    let fail = true;
    const server: FakeServer = (op, vars) => {
      if (op === 'Categories') return { data: { categories } };
      keys.push((vars.input as { idempotencyKey: string }).idempotencyKey);
      if (fail) {
        fail = false;
        return { data: null, errors: [{ message: 'internal error', extensions: { code: 'INTERNAL' } }] };
      }
      return { data: { fileTicket: { ticket: { id: 't1', reference: 'MS-2026-000001', title: 'x', state: 'SUBMITTED' }, trackingCode: null, replayed: true } } };
    };
    renderApp(<FileTicketPage />, { server, route: '/file' });
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    await screen.findByText('系统出了点问题，请稍后再试。');
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    await screen.findByTestId('reference');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(screen.queryByTestId('tracking-code')).toBeNull();
  });
});
