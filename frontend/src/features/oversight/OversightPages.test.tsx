import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../gql/graphql';
import { renderApp, type FakeServer } from '../../test/render';
import type { Session } from '../auth/session';
import { AuditPage } from './AuditPage';
import { SupervisionPage } from './SupervisionPage';

const session = (role: Role): Session => ({
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', email: 'x@example.org', displayName: 'X', role, departmentId: role === 'STAFF' ? 'd1' : null, isDepartmentHead: false, locale: 'ZH_CN' },
});

const order = (id: string, response: string | null) => ({
  id,
  ticketId: `t-${id}`,
  ticketReference: `MS-2026-00000${id}`,
  departmentId: 'd1',
  reason: '请加快办理',
  dueAt: null,
  automatic: false,
  createdAt: '2026-11-20T02:00:00Z',
  response,
  respondedAt: response ? '2026-11-21T02:00:00Z' : null,
});

const ordersServer = (role: Role): FakeServer => (op) => {
  if (op === 'Me') return { data: { me: session(role).user } };
  if (op === 'Departments') return { data: { departments: [{ id: 'd1', code: 'u', nameZh: '市城市管理局', nameEn: 'Urban', parentId: null, active: true }] } };
  if (op === 'SupervisionOrders')
    return {
      data: {
        supervisionOrders: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [order('1', null), order('2', '已处理完毕')] },
      },
    };
  throw new Error(op);
};

describe('supervision orders', () => {
  it('offer supervisors the form to issue one, and nobody else', async () => {
    for (const [role, issue, answer] of [
      ['SUPERVISOR', 1, 0],
      ['AGENT', 0, 0],
      ['STAFF', 0, 1],
    ] as const) {
      const { unmount } = renderApp(<SupervisionPage />, { server: ordersServer(role), session: session(role), route: '/supervision' });
      await screen.findByText('MS-2026-000001');
      expect(screen.queryAllByRole('button', { name: '发出督办单' }).length, role).toBe(issue);
      // Staff answer the unanswered order only; the answered one shows its answer.
      expect(screen.queryAllByRole('button', { name: '提交回复' }).length, role).toBe(answer);
      expect(screen.getByText('已处理完毕')).toBeTruthy();
      unmount();
    }
  });
});

describe('audit verification', () => {
  it('names the entry that broke', async () => {
    const server: FakeServer = (op) => {
      if (op === 'Me') return { data: { me: session('SUPERVISOR').user } };
      if (op === 'IdentityViews') return { data: { identityViews: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } };
      if (op === 'VerifyAuditChain')
        return { data: { verifyAuditChain: { intact: false, checked: 41, firstBadEntryId: 'e-42', firstBadSeq: 42, problem: 'entry 42 was altered' } } };
      throw new Error(op);
    };
    renderApp(<AuditPage />, { server, session: session('SUPERVISOR'), route: '/audit' });
    fireEvent.click(screen.getByRole('button', { name: /开始核验/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('发现问题');
    expect(alert.textContent).toContain('42');
    expect(alert.textContent).toContain('e-42');
    expect(alert.textContent).toContain('41');
    expect(alert.textContent).toContain('entry 42 was altered');
  });
});
