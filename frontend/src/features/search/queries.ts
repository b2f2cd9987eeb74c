import { graphql } from '../../gql';

export const SearchTicketsQuery = graphql(`
  query SearchTickets($filter: TicketFilterInput, $first: Int, $after: String) {
    searchTickets(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TicketRowFields
        redoCount
        departmentCount
      }
    }
  }
`);
