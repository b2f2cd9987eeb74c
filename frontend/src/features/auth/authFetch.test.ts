import { describe, expect, it, vi } from 'vitest';
import { createAuthFetch } from './authFetch';
import { createSessionStore, type Session } from './session';

function kv() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const user = { id: 'u1', email: 'r@example.org', displayName: 'R', role: 'RESIDENT' as const, departmentId: null, isDepartmentHead: false, locale: 'ZH_CN' as const };
const session = (n: number, expiresAt = '2099-01-01T00:00:00Z'): Session => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresAt,
  refreshExpiresAt: '2099-01-01T00:00:00Z',
  user,
});

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
const unauthenticated = () => json({ data: null, errors: [{ message: 'the access token is invalid or has expired', extensions: { code: 'UNAUTHENTICATED' } }] });
const request = (operationName: string) => ({ method: 'POST', body: JSON.stringify({ operationName, query: '…', variables: {} }) });

/** A fake server: access-N is valid when N is current; each refresh token works once. */
function server(current = { n: 1 }) {
  const used = new Set<string>();
  const revoked = new Set<string>();
  const calls: { op: string; auth: string | null }[] = [];
  const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables: { refreshToken?: string } };
    const auth = new Headers(init?.headers).get('Authorization');
    calls.push({ op: body.operationName, auth });
    if (body.operationName === 'Refresh') {
      const token = body.variables.refreshToken ?? '';
      if (used.has(token) || token !== `refresh-${current.n}`) return unauthenticated();
      used.add(token);
      current.n += 1;
      return json({ data: { refresh: session(current.n) } });
    }
    if (body.operationName === 'Login') return unauthenticated();
    if (auth !== `Bearer access-${current.n}` || revoked.has(auth)) return unauthenticated();
    return json({ data: { ok: true } });
  });
  return { fetchImpl, calls, current, revoke: (token: string) => revoked.add(`Bearer ${token}`) };
}

describe('authFetch', () => {
  it('gives live updates a current token: refreshed when it has expired, as is when not', async () => {
    const store = createSessionStore(kv());
    const s = server();
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch, now: () => Date.parse('2030-01-01T00:00:00Z') });
    expect(await f.freshSession()).toBeNull();
    store.save(session(1));
    expect((await f.freshSession())?.accessToken).toBe('access-1');
    expect(s.calls).toEqual([]);
    store.save(session(1, '2029-12-31T23:59:00Z'));
    expect((await f.freshSession())?.accessToken).toBe('access-2');
    expect(s.calls).toEqual([{ op: 'Refresh', auth: null }]);
  });

  it('sends the access token', async () => {
    const store = createSessionStore(kv());
    store.save(session(1));
    const s = server();
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    const res = await f('/graphql', request('MyTickets'));
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(s.calls).toEqual([{ op: 'MyTickets', auth: 'Bearer access-1' }]);
  });

  it('on UNAUTHENTICATED refreshes once and retries once with the new token', async () => {
    const store = createSessionStore(kv());
    store.save(session(1));
    const s = server();
    // The server no longer takes access-1 (say, it expired early); refresh-1 still works.
    s.revoke('access-1');
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    const res = await f('/graphql', request('MyTickets'));
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(s.calls).toEqual([
      { op: 'MyTickets', auth: 'Bearer access-1' },
      { op: 'Refresh', auth: null },
      { op: 'MyTickets', auth: 'Bearer access-2' },
    ]);
    expect(store.load()?.refreshToken).toBe('refresh-2');
  });

  it('refreshes an expired session before sending', async () => {
    const store = createSessionStore(kv());
    store.save(session(1, '2020-01-01T00:00:00Z'));
    const s = server();
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    await f('/graphql', request('Me'));
    expect(s.calls).toEqual([
      { op: 'Refresh', auth: null },
      { op: 'Me', auth: 'Bearer access-2' },
    ]);
  });

  it('uses a refresh token once even when many requests fail together', async () => {
    const store = createSessionStore(kv());
    store.save(session(1, '2020-01-01T00:00:00Z'));
    const s = server();
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    await Promise.all([f('/graphql', request('A')), f('/graphql', request('B')), f('/graphql', request('C'))]);
    expect(s.calls.filter((c) => c.op === 'Refresh')).toHaveLength(1);
    expect(s.calls.filter((c) => c.op !== 'Refresh').every((c) => c.auth === 'Bearer access-2')).toBe(true);
  });

  it('uses a session another tab has already refreshed instead of spending its token again', async () => {
    const store = createSessionStore(kv());
    store.save(session(1, '2020-01-01T00:00:00Z'));
    const s = server();
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    // Another tab rotated refresh-1 meanwhile and stored session 2.
    const stale = store.load()!;
    s.current.n = 2;
    store.save(session(2));
    const res = await f('/graphql', { ...request('Me') });
    expect(res.status).toBe(200);
    expect(s.calls).toEqual([{ op: 'Me', auth: 'Bearer access-2' }]);
    expect(stale.refreshToken).toBe('refresh-1');
  });

  it('signs out when the refresh token is refused, and returns the original answer', async () => {
    const store = createSessionStore(kv());
    store.save(session(1));
    const s = server({ n: 5 }); // neither access-1 nor refresh-1 is valid any more
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    const res = await f('/graphql', request('MyTickets'));
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(store.load()).toBeNull();
    expect(s.calls.map((c) => c.op)).toEqual(['MyTickets', 'Refresh']);
  });

  it('never refreshes for a failed sign-in', async () => {
    const store = createSessionStore(kv());
    store.save(session(1));
    const s = server();
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    await f('/graphql', request('Login'));
    expect(s.calls.map((c) => c.op)).toEqual(['Login']);
    expect(store.load()?.refreshToken).toBe('refresh-1');
  });

  it('sends no token and never refreshes without a session', async () => {
    const store = createSessionStore(kv());
    const s = server();
    const f = createAuthFetch({ store, fetchImpl: s.fetchImpl as unknown as typeof fetch });
    await f('/graphql', request('MyTickets'));
    expect(s.calls).toEqual([{ op: 'MyTickets', auth: null }]);
  });
});
