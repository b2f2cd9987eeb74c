import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../gql/graphql';
import { renderApp, type FakeServer } from '../../test/render';
import type { Session } from '../auth/session';
import { SimilarTickets } from './SimilarTickets';

const session = (role: Role): Session => ({
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', email: 'x@example.org', displayName: 'X', role, departmentId: null, isDepartmentHead: false, locale: 'ZH_CN' },
});

const suggestion = (n: number) => ({
  reference: `MS-2026-00000${n}`,
  title: `路灯不亮 ${n}`,
  state: 'DISPATCHED',
  filedAt: '2026-11-20T02:00:00Z',
  district: '朝阳区',
  distanceMetres: n === 1 ? 120 : null,
  textSimilarity: 0.8,
  score: 0.9,
});

function server(log: { op: string; vars: Record<string, unknown> }[], count = 6): FakeServer {
  return (op, vars) => {
    log.push({ op, vars });
    if (op === 'Me') return { data: { me: session('RESIDENT').user } };
    if (op === 'SimilarTickets') return { data: { similarTickets: Array.from({ length: count }, (_, i) => suggestion(i + 1)) } };
    if (op === 'FollowTicket') return { data: { followTicket: { reference: vars.reference, followedAt: '2026-11-21T00:00:00Z' } } };
    throw new Error(op);
  };
}

const draft = { categoryId: 'c1', title: '路灯不亮', description: '', address: '建国路 1 号', district: '朝阳区' };

describe('similar tickets while filing', () => {
  it('are not asked for before a topic is chosen and the title has two characters', async () => {
    const log: { op: string; vars: Record<string, unknown> }[] = [];
    renderApp(<SimilarTickets draft={{ ...draft, categoryId: undefined }} />, { server: server(log), route: '/file' });
    renderApp(<SimilarTickets draft={{ ...draft, title: '路' }} />, { server: server(log), route: '/file' });
    await new Promise((r) => setTimeout(r, 600));
    expect(log.filter((l) => l.op === 'SimilarTickets')).toEqual([]);
  });

  it('show at most five, and a signed-in resident may follow one', async () => {
    const log: { op: string; vars: Record<string, unknown> }[] = [];
    renderApp(<SimilarTickets draft={draft} />, { server: server(log), session: session('RESIDENT'), route: '/file' });
    expect(await screen.findByText('可能是同一件事（5 件）')).toBeTruthy();
    expect(log.find((l) => l.op === 'SimilarTickets')?.vars.input).toMatchObject({ categoryId: 'c1', title: '路灯不亮', address: '建国路 1 号' });
    expect(screen.queryByText('MS-2026-000006')).toBeNull();
    expect(screen.getByText('距离约 120 米')).toBeTruthy();
    expect(screen.getByText('如果都不是您要反映的事，请继续填写并提交。')).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: '这也是我的问题，关注它' });
    expect(buttons).toHaveLength(5);
    fireEvent.click(buttons[0]);
    expect(await screen.findByText(/已关注 MS-2026-000001/)).toBeTruthy();
    expect(log.find((l) => l.op === 'FollowTicket')?.vars).toEqual({ reference: 'MS-2026-000001' });
  });

  it('tell an anonymous visitor to sign in to follow, and offer no button', async () => {
    const log: { op: string; vars: Record<string, unknown> }[] = [];
    renderApp(<SimilarTickets draft={draft} />, { server: server(log, 2), route: '/file', language: 'en' });
    await waitFor(() => expect(screen.getAllByText('Sign in to follow one of these.')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /follow it/ })).toBeNull();
  });
});
