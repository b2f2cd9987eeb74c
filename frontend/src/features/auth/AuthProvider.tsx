/**
 * Who is signed in, for the whole app. The session lives in localStorage (shared by tabs); a
 * new GraphQL client, with an empty cache, is made whenever the person changes, so nothing one
 * person saw is shown to the next.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery, type Client } from 'urql';
import type { Role } from '../../gql/graphql';
import { createGraphQLClient, createLiveClient } from '../../lib/graphql/client';
import { createAuthFetch, type AuthFetch } from './authFetch';
import { MeQuery } from './queries';
import { createSessionStore, type Session, type SessionStore, type SessionUser } from './session';

interface AuthValue {
  user: SessionUser | null;
  role: Role | null;
  session: Session | null;
  signIn(session: Session): void;
  signOut(): void;
  store: SessionStore;
  /** `fetch` with the session's bearer token (refreshed when needed), for downloads. */
  authFetch: AuthFetch;
}

const AuthContext = createContext<AuthValue | null>(null);

const defaultStore = createSessionStore();

export function AuthProvider({
  children,
  store = defaultStore,
  clientFactory,
}: {
  children: ReactNode;
  store?: SessionStore;
  /** Tests pass their own client. */
  clientFactory?: (store: SessionStore) => Client;
}) {
  const [session, setSession] = useState<Session | null>(() => store.load());
  useEffect(() => store.subscribe(setSession), [store]);

  const userId = session?.user.id ?? null;
  const authFetch = useMemo(() => createAuthFetch({ store }), [store]);
  // Live updates over graphql-ws, authenticated in connection_init (a new socket per person).
  const live = useMemo(
    () =>
      clientFactory || typeof WebSocket === 'undefined'
        ? undefined
        : createLiveClient({
            connectionParams: async () => {
              const s = await authFetch.freshSession();
              return s ? { authorization: `Bearer ${s.accessToken}` } : {};
            },
          }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [authFetch, clientFactory, userId],
  );
  useEffect(() => () => void live?.dispose(), [live]);
  const client = useMemo(
    () => (clientFactory ? clientFactory(store) : createGraphQLClient(authFetch, '/graphql', live)),
    // A new client (and cache) for each person.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, clientFactory, userId, live],
  );

  const signIn = useCallback((s: Session) => store.save(s), [store]);
  const signOut = useCallback(() => store.save(null), [store]);

  const value = useMemo<AuthValue>(
    () => ({ user: session?.user ?? null, role: session?.user.role ?? null, session, signIn, signOut, store, authFetch }),
    [session, signIn, signOut, store, authFetch],
  );
  return (
    <AuthContext.Provider value={value}>
      <Provider value={client}>
        {session ? <SessionCheck /> : null}
        {children}
      </Provider>
    </AuthContext.Provider>
  );
}

/** Asks the server who the stored session belongs to, and keeps the stored user current. */
function SessionCheck() {
  const { store } = useAuth();
  const [{ data, error, fetching }] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  useEffect(() => {
    if (fetching || error || data === undefined) return;
    const current = store.load();
    if (!current) return;
    if (data.me === null) {
      store.save(null);
    } else if (JSON.stringify(data.me) !== JSON.stringify(current.user)) {
      store.save({ ...current, user: data.me });
    }
  }, [data, error, fetching, store]);
  return null;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
