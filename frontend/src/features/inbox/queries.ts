import { graphql } from '../../gql';

export const InboxQuery = graphql(`
  query Inbox($first: Int, $after: String) {
    inbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TicketRowFields
        dispatchDue
      }
    }
  }
`);
