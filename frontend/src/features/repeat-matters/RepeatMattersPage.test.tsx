import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type FakeServer } from '../../test/render';
import type { Session } from '../auth/session';
import { RepeatMattersPage } from './RepeatMattersPage';

const session: Session = {
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', email: 'x@example.org', displayName: 'X', role: 'SUPERVISOR', departmentId: null, isDepartmentHead: false, locale: 'ZH_CN' },
};

const t = (n: number, title: string) => ({ id: `t${n}`, reference: `MS-2026-00000${n}`, title, state: 'ACCEPTED', filedAt: '2026-11-1' + n + 'T02:00:00Z' });

describe('the repeat-matters report', () => {
  it('marks in words the matters handled more than once', async () => {
    const asked: Record<string, unknown>[] = [];
    const server: FakeServer = (op, vars) => {
      if (op === 'Me') return { data: { me: session.user } };
      if (op === 'Departments') return { data: { departments: [] } };
      if (op === 'RepeatMatters') {
        asked.push(vars);
        return {
          data: {
            repeatMatters: [
              { size: 3, handledSeparately: 3, categoryId: 'c1', department: { id: 'd1', nameZh: '市城市管理局', nameEn: 'Urban' }, tickets: [t(1, '路灯不亮'), t(2, '路灯坏了'), t(3, '路灯不亮了')] },
              { size: 2, handledSeparately: 1, categoryId: 'c1', department: null, tickets: [t(4, '井盖丢失'), t(5, '井盖没了')] },
            ],
          },
        };
      }
      throw new Error(op);
    };
    renderApp(<RepeatMattersPage />, { server, session, route: '/repeat-matters' });
    expect(await screen.findByText('重复受理：分别办理了 3 件')).toBeTruthy();
    expect(screen.getByText('只办理了一次（已并单）')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '路灯不亮（3 件）' })).toBeTruthy();
    expect(screen.getByText(/2 件事，共 5 件工单；其中 1 件事被重复受理/)).toBeTruthy();
    expect(asked[0]).toMatchObject({ departmentId: null, first: 50 });
    expect(String(asked[0].from)).toMatch(/T16:00:00.000Z$/);
  });
});
