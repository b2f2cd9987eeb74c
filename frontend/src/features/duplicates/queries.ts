import { graphql } from '../../gql';

/**
 * A ticket's possible duplicates. Asked apart from the ticket itself: only agents and
 * supervisors may see them, and for anyone else the field is an error.
 */
export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($id: ID!, $first: Int!) {
    ticket(id: $id) {
      id
      possibleDuplicates(first: $first) {
        score
        textSimilarity
        distanceMetres
        ticket {
          id
          reference
          title
          state
          filedAt
        }
      }
    }
  }
`);
