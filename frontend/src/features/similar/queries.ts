import { graphql } from '../../gql';

export const SimilarTicketsQuery = graphql(`
  query SimilarTickets($input: SimilarTicketsInput!) {
    similarTickets(input: $input) {
      reference
      title
      state
      filedAt
      district
      distanceMetres
      textSimilarity
      score
    }
  }
`);

export const FollowTicketMutation = graphql(`
  mutation FollowTicket($reference: String!) {
    followTicket(reference: $reference) {
      reference
      followedAt
    }
  }
`);
