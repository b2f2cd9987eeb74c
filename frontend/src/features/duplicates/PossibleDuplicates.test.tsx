import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role, TicketAction, TicketDetailFieldsFragment } from '../../gql/graphql';
import { renderApp, type FakeServer } from '../../test/render';
import type { Session } from '../auth/session';
import { PossibleDuplicates } from './PossibleDuplicates';

const session = (role: Role): Session => ({
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', email: 'x@example.org', displayName: 'X', role, departmentId: null, isDepartmentHead: false, locale: 'ZH_CN' },
});

const ticket = (actions: TicketAction[]) =>
  ({ id: 't1', reference: 'MS-2026-000010', version: 4, availableActions: actions, mergedIntoId: null }) as unknown as TicketDetailFieldsFragment;

function server(log: { op: string; vars: Record<string, unknown> }[], role: Role): FakeServer {
  return (op, vars) => {
    log.push({ op, vars });
    if (op === 'Me') return { data: { me: session(role).user } };
    if (op === 'PossibleDuplicates')
      return {
        data: {
          ticket: {
            id: 't1',
            possibleDuplicates: [
              {
                score: 0.91,
                textSimilarity: 0.78,
                distanceMetres: 40,
                ticket: { id: 't0', reference: 'MS-2026-000003', title: '建国路路灯不亮', state: 'ACCEPTED', filedAt: '2026-11-18T02:00:00Z' },
              },
            ],
          },
        },
      };
    if (op === 'MergeTicket') return { data: null, errors: [{ message: 'the ticket changed', extensions: { code: 'CONFLICT' } }] };
    throw new Error(op);
  };
}

describe('possible duplicates on the ticket page', () => {
  it('let an agent merge into one, after confirming in place', async () => {
    const log: { op: string; vars: Record<string, unknown> }[] = [];
    renderApp(<PossibleDuplicates ticket={ticket(['DISPATCH', 'MERGE'])} onMerged={() => {}} onReload={() => {}} />, {
      server: server(log, 'AGENT'),
      session: session('AGENT'),
    });
    expect(await screen.findByText('MS-2026-000003')).toBeTruthy();
    expect(screen.getByText('综合相似度 91%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '并入这件工单' }));
    const confirm = screen.getByRole('group', { name: '把 MS-2026-000010 并入 MS-2026-000003？' });
    fireEvent.click(within(confirm).getByRole('button', { name: '确认并单' }));
    expect(await within(confirm).findByText('系统说明：the ticket changed')).toBeTruthy();
    expect(log.find((l) => l.op === 'MergeTicket')?.vars).toEqual({ id: 't1', parentId: 't0', expectedVersion: 4 });
  });

  it('are read-only for supervisors and absent for staff', async () => {
    const log: { op: string; vars: Record<string, unknown> }[] = [];
    const { unmount } = renderApp(<PossibleDuplicates ticket={ticket(['SUPERVISE', 'MERGE'])} onMerged={() => {}} onReload={() => {}} />, {
      server: server(log, 'SUPERVISOR'),
      session: session('SUPERVISOR'),
    });
    expect(await screen.findByText('MS-2026-000003')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '并入这件工单' })).toBeNull();
    unmount();
    log.length = 0;
    renderApp(<PossibleDuplicates ticket={ticket(['ACCEPT'])} onMerged={() => {}} onReload={() => {}} />, { server: server(log, 'STAFF'), session: session('STAFF') });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('可能重复的工单')).toBeNull();
    expect(log.filter((l) => l.op === 'PossibleDuplicates')).toEqual([]);
  });
});
