import { graphql } from '../../gql';

/** What the ticket page shows of an attachment (part of TicketDetailFields). */
export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    sizeBytes
    public
    url
    messageId
    createdAt
  }
`);

export const SetAttachmentPublicMutation = graphql(`
  mutation SetAttachmentPublic($id: ID!, $public: Boolean!) {
    setAttachmentPublic(id: $id, public: $public) {
      ...AttachmentFields
    }
  }
`);
