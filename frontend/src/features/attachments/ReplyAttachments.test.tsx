import { fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import { PREFLIGHT_HEADER } from '../../lib/graphql/multipart';
import { renderApp, type FakeServer } from '../../test/render';
import type { Session } from '../auth/session';
import { ActionPanel } from '../ticket-actions/ActionPanel';

const session: Session = {
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', email: 's@example.org', displayName: 'S', role: 'STAFF', departmentId: 'd1', isDepartmentHead: false, locale: 'ZH_CN' },
};

const ticket = (attachments: number) =>
  ({
    id: 't1',
    reference: 'MS-2026-000010',
    version: 3,
    availableActions: ['REPLY'],
    attachments: Array.from({ length: attachments }, (_, i) => ({ id: `a${i}` })),
  }) as unknown as TicketDetailFieldsFragment;

describe('a reply with proof of the fix', () => {
  it('sends the photo with the reply as a multipart request', async () => {
    const sent: Record<string, unknown>[] = [];
    const server: FakeServer = (op, vars) => {
      if (op === 'Me') return { data: { me: session.user } };
      if (op === 'Departments') return { data: { departments: [] } };
      if (op === 'ReplyTicket') {
        sent.push(vars);
        return { data: null, errors: [{ message: 'a ticket carries at most 10 files; this one has 10 already', extensions: { code: 'BAD_USER_INPUT', field: 'attachments' } }] };
      }
      throw new Error(op);
    };
    const { fetch } = renderApp(<ActionPanel ticket={ticket(2)} onDone={() => {}} onReload={() => {}} />, { server, session });
    fireEvent.click(document.querySelector('[data-action="REPLY"]')!);
    const form = document.getElementById('action-form-REPLY') as HTMLElement;
    fireEvent.change(within(form).getByLabelText('答复内容'), { target: { value: '路灯已修好。' } });
    const input = form.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([255, 216, 255])], 'fixed.jpg', { type: 'image/jpeg' })] } });
    await within(form).findByText('fixed.jpg');
    fireEvent.click(form.querySelector('[data-submit="REPLY"]')!);
    await waitFor(() => expect(within(form).getByText('一件诉求最多 10 个文件，已经有 10 个了。')).toBeTruthy());
    expect(sent[0]).toMatchObject({ id: 't1', body: '路灯已修好。', expectedVersion: 3, attachments: [null] });
    const init = fetch.mock.calls.find(([, i]) => i?.body instanceof FormData)?.[1];
    expect(new Headers(init!.headers).get(PREFLIGHT_HEADER)).toBe('true');
  });

  it('sends a plain reply without files as JSON', async () => {
    const sent: Record<string, unknown>[] = [];
    const server: FakeServer = (op, vars) => {
      if (op === 'Me') return { data: { me: session.user } };
      if (op === 'ReplyTicket') {
        sent.push(vars);
        return { data: null, errors: [{ message: 'x', extensions: { code: 'INTERNAL' } }] };
      }
      throw new Error(op);
    };
    const { fetch } = renderApp(<ActionPanel ticket={ticket(0)} onDone={() => {}} onReload={() => {}} />, { server, session });
    fireEvent.click(document.querySelector('[data-action="REPLY"]')!);
    const form = document.getElementById('action-form-REPLY') as HTMLElement;
    fireEvent.change(within(form).getByLabelText('答复内容'), { target: { value: '已处理。' } });
    fireEvent.click(form.querySelector('[data-submit="REPLY"]')!);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).not.toHaveProperty('attachments');
    expect(fetch.mock.calls.some(([, i]) => i?.body instanceof FormData)).toBe(false);
  });
});
