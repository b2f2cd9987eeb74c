import { graphql } from '../../gql';

export const DepartmentQueueQuery = graphql(`
  query DepartmentQueue($filter: TicketFilterInput, $first: Int, $after: String) {
    departmentQueue(filter: $filter, first: $first, after: $after) {
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
