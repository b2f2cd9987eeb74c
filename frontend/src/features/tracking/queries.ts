import { graphql } from '../../gql';

export const TrackTicketQuery = graphql(`
  query TrackTicket($reference: String!, $trackingCode: String!) {
    trackTicket(reference: $reference, trackingCode: $trackingCode) {
      reference
      state
      kind
      title
      filedAt
      replyDue
      repliedAt
      closedAt
      timeline {
        event {
          id
          kind
          occurredAt
          actorRole
          details
          seq
        }
        messageKind
        message
      }
      publicAttachments {
        ...AttachmentFields
      }
    }
  }
`);
