import { graphql } from '../../gql';

/** One ticket as it changes: the first item is the ticket as it is now. */
export const TicketUpdatedSubscription = graphql(`
  subscription TicketUpdated($id: ID!) {
    ticketUpdated(id: $id) {
      kind
      seq
      occurredAt
      ticket {
        ...TicketDetailFields
      }
    }
  }
`);

/** A department's queue changed (staff: their own; others: the one named, or all). */
export const QueueChangedSubscription = graphql(`
  subscription QueueChanged($departmentId: ID) {
    queueChanged(departmentId: $departmentId) {
      ticketId
      departmentId
      kind
      seq
      occurredAt
    }
  }
`);
