import { graphql } from '../../gql';

export const FileTicketMutation = graphql(`
  mutation FileTicket($input: FileTicketInput!) {
    fileTicket(input: $input) {
      ticket {
        id
        reference
        title
        state
      }
      trackingCode
      replayed
    }
  }
`);
