/**
 * Live updates over graphql-ws (SPEC §7): a ticket as it changes, and a queue's changes. Both
 * keep working without them: the page shows what it loaded, and a reload still works.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import { QueueChangedSubscription, TicketUpdatedSubscription } from './queries';
import { isChange, newer, trailing } from './merge';

export interface LiveEvent {
  kind: string;
  occurredAt: string | null;
}

/** The ticket to show: the loaded one, or a newer one from the live stream; and the latest change. */
export function useLiveTicket(id: string, loaded: TicketDetailFieldsFragment | null | undefined, pause = false) {
  const [{ data }] = useSubscription({ query: TicketUpdatedSubscription, variables: { id }, pause: pause || !id });
  const update = data?.ticketUpdated;
  const ticket = newer(loaded, update?.ticket);
  const [last, setLast] = useState<LiveEvent | null>(null);
  useEffect(() => {
    if (update && isChange(update.kind) && loaded && update.ticket.id === loaded.id) {
      setLast({ kind: update.kind, occurredAt: update.occurredAt ?? null });
    }
    // Only a new update counts, not a reload of the page's own copy.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [update]);
  return { ticket, last };
}

/** Calls `onChange` (once per burst) when a ticket in the queue changes; returns the latest change. */
export function useQueueChanges(departmentId: string | null | undefined, onChange: () => void) {
  const handler = useRef(onChange);
  handler.current = onChange;
  const debounced = useMemo(() => trailing(() => handler.current(), 800), []);
  useEffect(() => () => debounced.cancel(), [debounced]);
  const [{ data }] = useSubscription({
    query: QueueChangedSubscription,
    variables: { departmentId: departmentId ?? null },
  });
  const change = data?.queueChanged;
  const [last, setLast] = useState<LiveEvent | null>(null);
  useEffect(() => {
    if (!change) return;
    setLast({ kind: change.kind, occurredAt: change.occurredAt });
    debounced.call();
  }, [change, debounced]);
  return last;
}
