import { graphql } from '../../gql';

export const RepeatMattersQuery = graphql(`
  query RepeatMatters($from: DateTime!, $to: DateTime!, $departmentId: ID, $first: Int!) {
    repeatMatters(from: $from, to: $to, departmentId: $departmentId, first: $first) {
      size
      handledSeparately
      categoryId
      department {
        id
        nameZh
        nameEn
      }
      tickets {
        id
        reference
        title
        state
        filedAt
      }
    }
  }
`);
