import { graphql } from '../../gql';

/** What a row in any ticket list shows. */
export const TicketRowFields = graphql(`
  fragment TicketRowFields on Ticket {
    id
    reference
    title
    kind
    priority
    state
    channel
    district
    filedAt
    replyDue
    overdue
    paused
    problem
    category {
      id
      nameZh
      nameEn
    }
    department {
      id
      nameZh
      nameEn
    }
  }
`);

/** Everything the ticket page shows; every action returns it, so the page updates at once. */
export const TicketDetailFields = graphql(`
  fragment TicketDetailFields on Ticket {
    id
    reference
    kind
    priority
    channel
    state
    title
    description
    address
    district
    latitude
    longitude
    occurredAt
    category {
      id
      nameZh
      nameEn
    }
    department {
      id
      nameZh
      nameEn
    }
    contact {
      name
      email
      phone
      masked
    }
    confidential
    anonymous
    filedAt
    dispatchedAt
    acceptedAt
    repliedAt
    closedAt
    dispatchDue
    acceptDue
    replyDue
    paused
    overdue
    extensionCount
    redoCount
    returnCount
    departmentCount
    problem
    mergedIntoId
    version
    availableActions
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
    attachments {
      ...AttachmentFields
    }
    extensionRequests {
      id
      reason
      requestedDue
      decision
      decisionNote
      createdAt
    }
  }
`);

export const TicketQuery = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketDetailFields
    }
  }
`);

export const TicketIdByReferenceQuery = graphql(`
  query TicketIdByReference($reference: String!) {
    ticketByReference(reference: $reference) {
      id
      reference
      title
    }
  }
`);

export const RevealIdentityMutation = graphql(`
  mutation RevealIdentity($id: ID!) {
    revealIdentity(id: $id) {
      name
      email
      phone
      masked
    }
  }
`);
