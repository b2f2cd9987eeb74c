import type { Role, TicketAction } from '../../gql/graphql';

/** Who is shown a ticket's possible duplicates (the API refuses everyone else). */
export function seesDuplicates(role: Role | null): boolean {
  return role === 'AGENT' || role === 'SUPERVISOR';
}

/**
 * Whether "merge into this" is offered: the server must list MERGE among the viewer's actions
 * on the ticket (agents, on a ticket that may still be merged). Supervisors only read.
 */
export function mayMerge(role: Role | null, available: readonly TicketAction[]): boolean {
  return role === 'AGENT' && available.includes('MERGE');
}

/** A 0–1 figure as a whole percentage. */
export function percent(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100);
}
