/**
 * The `fetch` that the GraphQL client uses: it adds `Authorization: Bearer <accessToken>` and,
 * when the server answers UNAUTHENTICATED while a refresh token is stored, exchanges the refresh
 * token once and retries the request once.
 *
 * Refresh tokens work once, and presenting a used one ends every session it led to. So only one
 * refresh runs at a time, in this tab (a shared promise) and across tabs (a Web Lock where the
 * browser has them); a tab that finds the stored token already rotated by another tab uses the
 * new session instead of refreshing again.
 */
import { print } from 'graphql';
import { RefreshMutation } from './queries';
import { isExpired, type Session, type SessionStore } from './session';

/** Operations that must never trigger a refresh: their UNAUTHENTICATED means what it says. */
const NO_REFRESH_OPERATIONS = new Set(['Login', 'Register', 'Refresh', 'Logout', 'ResetPassword', 'RequestPasswordReset']);

export interface AuthFetchOptions {
  store: SessionStore;
  endpoint?: string;
  fetchImpl?: typeof fetch;
  now?: () => number;
}

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function hasUnauthenticated(body: GraphQLBody | null): boolean {
  return !!body?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

function operationNameOf(init: RequestInit | undefined): string | undefined {
  if (typeof init?.body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(init.body) as { operationName?: unknown };
    return typeof parsed.operationName === 'string' ? parsed.operationName : undefined;
  } catch {
    return undefined;
  }
}

function withToken(init: RequestInit | undefined, token: string | undefined): RequestInit {
  const headers = new Headers(init?.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  else headers.delete('Authorization');
  return { ...init, headers };
}

/** The session-adding fetch, and the current session with a refreshed token (for live updates). */
export type AuthFetch = typeof fetch & {
  /** The stored session, refreshed first when its access token has expired; null for nobody. */
  freshSession(): Promise<Session | null>;
};

export function createAuthFetch(opts: AuthFetchOptions): AuthFetch {
  const { store } = opts;
  const endpoint = opts.endpoint ?? '/graphql';
  const doFetch: typeof fetch = (...args) => (opts.fetchImpl ?? globalThis.fetch)(...args);
  const now = opts.now ?? Date.now;
  let inFlight: Promise<Session | null> | null = null;

  /** Asks the server for a new session with `used`'s refresh token; null when refused. */
  async function exchange(used: Session): Promise<Session | null> {
    let res: Response;
    try {
      res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          operationName: 'Refresh',
          query: print(RefreshMutation),
          variables: { refreshToken: used.refreshToken },
        }),
      });
    } catch {
      return null; // offline: keep the session, the request fails as a network error
    }
    const body = (await res.json().catch(() => null)) as GraphQLBody & {
      data?: { refresh?: Session } | null;
    } | null;
    const fresh = body?.data?.refresh;
    if (fresh) {
      store.save(fresh);
      return fresh;
    }
    if (hasUnauthenticated(body)) {
      // The refresh token is spent or revoked: this browser is signed out.
      const current = store.load();
      if (current?.refreshToken === used.refreshToken) store.save(null);
    }
    return null;
  }

  async function refreshUnderLock(used: Session): Promise<Session | null> {
    const current = store.load();
    // Another tab (or an earlier call) has rotated the tokens already.
    if (!current) return null;
    if (current.refreshToken !== used.refreshToken) return current;
    return exchange(current);
  }

  function refresh(used: Session): Promise<Session | null> {
    if (inFlight) return inFlight;
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const run: Promise<Session | null> = locks
      ? (locks.request('minsheng-session-refresh', () => refreshUnderLock(used)) as unknown as Promise<Session | null>)
      : refreshUnderLock(used);
    const shared = run.finally(() => {
      inFlight = null;
    });
    inFlight = shared;
    return shared;
  }

  async function freshSession(): Promise<Session | null> {
    const session = store.load();
    if (session && isExpired(session.expiresAt, now())) return (await refresh(session)) ?? store.load();
    return session;
  }

  async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const op = operationNameOf(init);
    const mayRefresh = !(op && NO_REFRESH_OPERATIONS.has(op));
    let session = store.load();
    if (session && mayRefresh && isExpired(session.expiresAt, now())) {
      session = (await refresh(session)) ?? store.load();
    }
    const res = await doFetch(input, withToken(init, session?.accessToken));
    if (!session || !mayRefresh) return res;
    const body = (await res.clone().json().catch(() => null)) as GraphQLBody | null;
    if (!hasUnauthenticated(body)) return res;
    const renewed = await refresh(session);
    if (!renewed) return res;
    return doFetch(input, withToken(init, renewed.accessToken));
  }
  return Object.assign(authFetch, { freshSession });
}
