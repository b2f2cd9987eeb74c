/**
 * The signed-in session kept in this browser: the access token (sent as a Bearer token), the
 * single-use refresh token, and who the user is. Every tab shares it through localStorage.
 */
import type { UserFieldsFragment } from '../../gql/graphql';
import { browserStore, type KeyValueStore } from '../../lib/storage';

export const SESSION_KEY = 'minsheng.session';

export type SessionUser = UserFieldsFragment;

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  refreshExpiresAt: string;
  user: SessionUser;
}

type Listener = (session: Session | null) => void;

export interface SessionStore {
  load(): Session | null;
  save(session: Session | null): void;
  subscribe(listener: Listener): () => void;
}

function isSession(v: unknown): v is Session {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.accessToken === 'string' &&
    typeof s.refreshToken === 'string' &&
    typeof s.expiresAt === 'string' &&
    !!s.user &&
    typeof (s.user as Record<string, unknown>).role === 'string'
  );
}

export function createSessionStore(kv: KeyValueStore = browserStore()): SessionStore {
  const listeners = new Set<Listener>();
  const load = (): Session | null => {
    const raw = kv.getItem(SESSION_KEY);
    if (!raw) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      return isSession(parsed) ? parsed : null;
    } catch {
      return null;
    }
  };
  const notify = () => {
    const s = load();
    listeners.forEach((l) => l(s));
  };
  if (typeof window !== 'undefined') {
    // Another tab signed in, out, or refreshed.
    window.addEventListener('storage', (e) => {
      if (e.key === SESSION_KEY) notify();
    });
  }
  return {
    load,
    save(session) {
      if (session) kv.setItem(SESSION_KEY, JSON.stringify(session));
      else kv.removeItem(SESSION_KEY);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True when the access token has expired, or will within `skewMs`. */
export function isExpired(isoInstant: string, now: number, skewMs = 30_000): boolean {
  const t = Date.parse(isoInstant);
  return Number.isNaN(t) || t - skewMs <= now;
}
