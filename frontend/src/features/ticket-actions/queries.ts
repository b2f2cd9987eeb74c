import { graphql } from '../../gql';

// Every action passes the ticket's `version` as `expectedVersion`: a CONFLICT then means that
// someone else changed the ticket meanwhile.

export const DispatchTicketMutation = graphql(`
  mutation DispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {
    dispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const AcceptTicketMutation = graphql(`
  mutation AcceptTicket($id: ID!, $expectedVersion: Int) {
    acceptTicket(id: $id, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const ReturnTicketMutation = graphql(`
  mutation ReturnTicket($id: ID!, $reason: String!, $expectedVersion: Int) {
    returnTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const RedispatchTicketMutation = graphql(`
  mutation RedispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {
    redispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const UpholdDispatchMutation = graphql(`
  mutation UpholdDispatch($id: ID!, $note: String, $expectedVersion: Int) {
    upholdDispatch(id: $id, note: $note, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const AskResidentMutation = graphql(`
  mutation AskResident($id: ID!, $question: String!, $expectedVersion: Int) {
    askResident(id: $id, question: $question, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const AnswerQuestionMutation = graphql(`
  mutation AnswerQuestion($id: ID!, $answer: String!, $expectedVersion: Int, $attachments: [Upload!]) {
    answerQuestion(id: $id, answer: $answer, expectedVersion: $expectedVersion, attachments: $attachments) {
      ...TicketDetailFields
    }
  }
`);

export const RequestExtensionMutation = graphql(`
  mutation RequestExtension($id: ID!, $reason: String!, $requestedDue: DateTime!, $expectedVersion: Int) {
    requestExtension(id: $id, reason: $reason, requestedDue: $requestedDue, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const DecideExtensionMutation = graphql(`
  mutation DecideExtension($id: ID!, $requestId: ID!, $approve: Boolean!, $note: String, $expectedVersion: Int) {
    decideExtension(id: $id, requestId: $requestId, approve: $approve, note: $note, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const ReplyTicketMutation = graphql(`
  mutation ReplyTicket($id: ID!, $body: String!, $expectedVersion: Int, $attachments: [Upload!]) {
    replyTicket(id: $id, body: $body, expectedVersion: $expectedVersion, attachments: $attachments) {
      ...TicketDetailFields
    }
  }
`);

export const RateTicketMutation = graphql(`
  mutation RateTicket($id: ID!, $solved: Boolean!, $satisfaction: Satisfaction!, $comment: String, $expectedVersion: Int) {
    rateTicket(id: $id, solved: $solved, satisfaction: $satisfaction, comment: $comment, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const ReopenTicketMutation = graphql(`
  mutation ReopenTicket($id: ID!, $reason: String!, $expectedVersion: Int) {
    reopenTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const MergeTicketMutation = graphql(`
  mutation MergeTicket($id: ID!, $parentId: ID!, $expectedVersion: Int) {
    mergeTicket(id: $id, parentId: $parentId, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const RefuseTicketMutation = graphql(`
  mutation RefuseTicket($id: ID!, $reason: String!, $expectedVersion: Int) {
    refuseTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const WithdrawTicketMutation = graphql(`
  mutation WithdrawTicket($id: ID!, $reason: String, $expectedVersion: Int) {
    withdrawTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const SuperviseTicketMutation = graphql(`
  mutation SuperviseTicket($id: ID!, $reason: String!, $dueAt: DateTime, $expectedVersion: Int) {
    superviseTicket(id: $id, reason: $reason, dueAt: $dueAt, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);

export const AddInternalNoteMutation = graphql(`
  mutation AddInternalNote($id: ID!, $body: String!, $expectedVersion: Int) {
    addInternalNote(id: $id, body: $body, expectedVersion: $expectedVersion) {
      ...TicketDetailFields
    }
  }
`);
