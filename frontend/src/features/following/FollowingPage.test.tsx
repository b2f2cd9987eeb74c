import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type FakeServer } from '../../test/render';
import type { Session } from '../auth/session';
import { FollowingPage } from './FollowingPage';

const session: Session = {
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', email: 'x@example.org', displayName: 'X', role: 'RESIDENT', departmentId: null, isDepartmentHead: false, locale: 'ZH_CN' },
};

describe('tickets I follow', () => {
  it('lists them and lets the resident stop following one', async () => {
    let following = true;
    const ops: string[] = [];
    const server: FakeServer = (op, vars) => {
      ops.push(op);
      if (op === 'Me') return { data: { me: session.user } };
      if (op === 'FollowedTickets')
        return {
          data: {
            followedTickets: following
              ? [
                  {
                    reference: 'MS-2026-000007',
                    title: '建国路路灯不亮',
                    state: 'ACCEPTED',
                    filedAt: '2026-11-18T02:00:00Z',
                    repliedAt: null,
                    closedAt: null,
                    followedAt: '2026-11-19T02:00:00Z',
                    department: { id: 'd1', nameZh: '市城市管理局', nameEn: 'Urban Management' },
                  },
                ]
              : [],
          },
        };
      if (op === 'UnfollowTicket') {
        expect(vars).toEqual({ reference: 'MS-2026-000007' });
        following = false;
        return { data: { unfollowTicket: true } };
      }
      throw new Error(op);
    };
    renderApp(<FollowingPage />, { server, session, route: '/following' });
    expect(await screen.findByText('建国路路灯不亮')).toBeTruthy();
    expect(screen.getByText('市城市管理局')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消关注 MS-2026-000007' }));
    expect(await screen.findByText('已取消关注 MS-2026-000007。')).toBeTruthy();
    expect(await screen.findByText(/您还没有关注任何诉求/)).toBeTruthy();
    expect(ops).toContain('UnfollowTicket');
  });
});
