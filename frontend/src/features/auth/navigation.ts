/**
 * Who sees which pages. The navigation and the route guards both read this table, so a new area
 * (admin, dashboards) is one entry here and one route in app/routes.tsx.
 */
import type { Role } from '../../gql/graphql';

export type Audience = Role | 'ANONYMOUS';

export interface NavEntry {
  path: string;
  /** i18n key of the link text. */
  label: string;
  audience: readonly Audience[];
}

export const ALL_ROLES: readonly Role[] = ['RESIDENT', 'AGENT', 'STAFF', 'SUPERVISOR', 'ADMIN'];

export const NAV: readonly NavEntry[] = [
  { path: '/', label: 'nav.home', audience: ['ANONYMOUS', ...ALL_ROLES] },
  { path: '/file', label: 'nav.file', audience: ['ANONYMOUS', 'RESIDENT'] },
  { path: '/track', label: 'nav.track', audience: ['ANONYMOUS', 'RESIDENT'] },
  { path: '/my', label: 'nav.myTickets', audience: ['RESIDENT'] },
  { path: '/following', label: 'nav.following', audience: ['RESIDENT'] },
  { path: '/oversight', label: 'nav.dashboard', audience: ['SUPERVISOR'] },
  { path: '/inbox', label: 'nav.inbox', audience: ['AGENT', 'SUPERVISOR'] },
  { path: '/intake', label: 'nav.intake', audience: ['AGENT'] },
  { path: '/queue', label: 'nav.queue', audience: ['STAFF', 'AGENT', 'SUPERVISOR'] },
  { path: '/search', label: 'nav.search', audience: ['AGENT', 'SUPERVISOR', 'STAFF'] },
  { path: '/supervision', label: 'nav.supervision', audience: ['SUPERVISOR', 'AGENT', 'STAFF'] },
  { path: '/audit', label: 'nav.audit', audience: ['SUPERVISOR'] },
  { path: '/repeat-matters', label: 'nav.repeatMatters', audience: ['SUPERVISOR'] },
  { path: '/admin', label: 'nav.admin', audience: ['ADMIN'] },
  { path: '/transparency', label: 'nav.transparency', audience: ['ANONYMOUS', ...ALL_ROLES] },
];

export function navFor(role: Role | null): NavEntry[] {
  const who: Audience = role ?? 'ANONYMOUS';
  return NAV.filter((n) => n.audience.includes(who));
}

/** Where a person lands after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'RESIDENT':
      return '/my';
    case 'STAFF':
      return '/queue';
    case 'AGENT':
      return '/inbox';
    case 'SUPERVISOR':
      return '/oversight';
    case 'ADMIN':
      return '/admin';
  }
}

/** A `next` parameter is followed only within this site. */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
