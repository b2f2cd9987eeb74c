import { graphql } from '../../gql';

export const FollowedTicketsQuery = graphql(`
  query FollowedTickets {
    followedTickets {
      reference
      title
      state
      filedAt
      repliedAt
      closedAt
      followedAt
      department {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const UnfollowTicketMutation = graphql(`
  mutation UnfollowTicket($reference: String!) {
    unfollowTicket(reference: $reference)
  }
`);
