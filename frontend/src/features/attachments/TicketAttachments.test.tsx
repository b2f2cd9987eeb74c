import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentFieldsFragment, Role } from '../../gql/graphql';
import { renderApp, type FakeServer } from '../../test/render';
import type { Session } from '../auth/session';
import { TicketAttachments } from './TicketAttachments';

const session = (role: Role): Session => ({
  accessToken: 'token-1',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', email: 'x@example.org', displayName: 'X', role, departmentId: null, isDepartmentHead: false, locale: 'ZH_CN' },
});

const photo: AttachmentFieldsFragment = {
  id: 'a1',
  fileName: 'lamp.png',
  contentType: 'image/png',
  sizeBytes: 2048,
  public: false,
  url: '/attachments/a1',
  messageId: null,
  createdAt: '2026-11-20T02:00:00Z',
};
const pdf: AttachmentFieldsFragment = { ...photo, id: 'a2', fileName: 'plan.pdf', contentType: 'application/pdf', url: '/attachments/a2', messageId: 'm1' };

let downloads: { url: string; auth: string | null }[] = [];
beforeEach(() => {
  downloads = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      downloads.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization') });
      return new Response(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), { status: 200 });
    }),
  );
  if (!URL.createObjectURL) URL.createObjectURL = () => 'blob:test';
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://test/1');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const server =
  (role: Role, calls: Record<string, unknown>[] = []): FakeServer =>
  (op, vars) => {
    if (op === 'Me') return { data: { me: session(role).user } };
    if (op === 'SetAttachmentPublic') {
      calls.push(vars);
      return { data: { setAttachmentPublic: { ...photo, public: vars.public as boolean } } };
    }
    throw new Error(op);
  };

describe('attachments on the ticket page', () => {
  it('fetch photos with the bearer token and show them from a blob URL; residents get no publish toggle', async () => {
    renderApp(<TicketAttachments attachments={[photo, pdf]} />, { server: server('RESIDENT'), session: session('RESIDENT') });
    const img = await screen.findByRole('img', { name: '照片：lamp.png' });
    expect(img.getAttribute('src')).toBe('blob:http://test/1');
    expect(downloads).toEqual([{ url: '/attachments/a1', auth: 'Bearer token-1' }]);
    // The PDF is fetched only when asked for.
    expect(screen.getByRole('button', { name: '下载 plan.pdf' })).toBeTruthy();
    expect(screen.getByText(/随答复或补充材料提交/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('let officials publish a file', async () => {
    const calls: Record<string, unknown>[] = [];
    renderApp(<TicketAttachments attachments={[photo]} />, { server: server('STAFF', calls), session: session('STAFF') });
    const box = await screen.findByRole('checkbox', { name: '公开这个文件' });
    expect(screen.getByText(/不公开/)).toBeTruthy();
    fireEvent.click(box);
    await waitFor(() => expect(calls).toEqual([{ id: 'a1', public: true }]));
    expect(await screen.findByText(/已公开/)).toBeTruthy();
  });
});
