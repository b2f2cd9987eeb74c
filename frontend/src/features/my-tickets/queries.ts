import { graphql } from '../../gql';

export const MyTicketsQuery = graphql(`
  query MyTickets($first: Int, $after: String) {
    myTickets(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TicketRowFields
      }
    }
  }
`);
