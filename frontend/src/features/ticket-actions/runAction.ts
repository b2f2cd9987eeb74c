import type { Client, OperationResult } from 'urql';
import type { Dayjs } from 'dayjs';
import type { Satisfaction, TicketAction, TicketDetailFieldsFragment } from '../../gql/graphql';
import { pickerToInstant } from '../../lib/time';
import { TicketIdByReferenceQuery } from '../tickets/queries';
import {
  AcceptTicketMutation,
  AddInternalNoteMutation,
  AnswerQuestionMutation,
  AskResidentMutation,
  DispatchTicketMutation,
  MergeTicketMutation,
  RateTicketMutation,
  RedispatchTicketMutation,
  RefuseTicketMutation,
  ReopenTicketMutation,
  ReplyTicketMutation,
  RequestExtensionMutation,
  ReturnTicketMutation,
  SuperviseTicketMutation,
  UpholdDispatchMutation,
  WithdrawTicketMutation,
} from './queries';

export type ActionValues = Record<string, unknown>;

export interface ActionOutcome {
  /** The ticket as the viewer now sees it; null when the viewer may no longer see it. */
  ticket: TicketDetailFieldsFragment | null;
  result: OperationResult;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const optionalText = (v: unknown) => text(v) || undefined;
const instant = (v: unknown) => (v ? pickerToInstant(v as Dayjs) : undefined);
/** The chosen files, or nothing (a plain JSON request) when there are none. */
const uploads = (v: unknown) => (Array.isArray(v) && v.length > 0 ? (v as File[]) : undefined);

/**
 * Carries out one action on a ticket with the form's values, passing the ticket's version as
 * expectedVersion. Returns the mutation result so the caller can place errors.
 */
export async function runAction(
  client: Client,
  action: TicketAction,
  ticket: Pick<TicketDetailFieldsFragment, 'id' | 'version'>,
  v: ActionValues,
): Promise<ActionOutcome> {
  const base = { id: ticket.id, expectedVersion: ticket.version };
  const pick = <K extends string>(r: OperationResult, key: K): ActionOutcome => ({
    ticket: ((r.data as Record<K, TicketDetailFieldsFragment | null> | undefined)?.[key] ?? null),
    result: r,
  });
  switch (action) {
    case 'ACCEPT':
      return pick(await client.mutation(AcceptTicketMutation, base).toPromise(), 'acceptTicket');
    case 'DISPATCH':
      return pick(
        await client.mutation(DispatchTicketMutation, { ...base, departmentId: text(v.departmentId) }).toPromise(),
        'dispatchTicket',
      );
    case 'REDISPATCH':
      return pick(
        await client.mutation(RedispatchTicketMutation, { ...base, departmentId: text(v.departmentId) }).toPromise(),
        'redispatchTicket',
      );
    case 'UPHOLD_DISPATCH':
      return pick(await client.mutation(UpholdDispatchMutation, { ...base, note: optionalText(v.note) }).toPromise(), 'upholdDispatch');
    case 'ASK_RESIDENT':
      return pick(await client.mutation(AskResidentMutation, { ...base, question: text(v.question) }).toPromise(), 'askResident');
    case 'ANSWER_RESIDENT':
      return pick(
        await client.mutation(AnswerQuestionMutation, { ...base, answer: text(v.answer), attachments: uploads(v.attachments) }).toPromise(),
        'answerQuestion',
      );
    case 'REQUEST_EXTENSION':
      return pick(
        await client
          .mutation(RequestExtensionMutation, { ...base, reason: text(v.reason), requestedDue: instant(v.requestedDue) ?? '' })
          .toPromise(),
        'requestExtension',
      );
    case 'REPLY':
      return pick(
        await client.mutation(ReplyTicketMutation, { ...base, body: text(v.body), attachments: uploads(v.attachments) }).toPromise(),
        'replyTicket',
      );
    case 'RATE':
      return pick(
        await client
          .mutation(RateTicketMutation, {
            ...base,
            solved: v.solved === true || v.solved === 'yes',
            satisfaction: v.satisfaction as Satisfaction,
            comment: optionalText(v.comment),
          })
          .toPromise(),
        'rateTicket',
      );
    case 'REOPEN':
      return pick(await client.mutation(ReopenTicketMutation, { ...base, reason: text(v.reason) }).toPromise(), 'reopenTicket');
    case 'RETURN':
      return pick(await client.mutation(ReturnTicketMutation, { ...base, reason: text(v.reason) }).toPromise(), 'returnTicket');
    case 'REFUSE':
      return pick(await client.mutation(RefuseTicketMutation, { ...base, reason: text(v.reason) }).toPromise(), 'refuseTicket');
    case 'WITHDRAW':
      return pick(await client.mutation(WithdrawTicketMutation, { ...base, reason: optionalText(v.reason) }).toPromise(), 'withdrawTicket');
    case 'SUPERVISE':
      return pick(
        await client.mutation(SuperviseTicketMutation, { ...base, reason: text(v.reason), dueAt: instant(v.dueAt) }).toPromise(),
        'superviseTicket',
      );
    case 'INTERNAL_NOTE':
      return pick(await client.mutation(AddInternalNoteMutation, { ...base, body: text(v.body) }).toPromise(), 'addInternalNote');
    case 'MERGE': {
      // The agent types the parent's public reference; the API wants its id.
      const found = await client
        .query(TicketIdByReferenceQuery, { reference: text(v.parentReference) }, { requestPolicy: 'network-only' })
        .toPromise();
      const parent = found.data?.ticketByReference;
      if (!parent) {
        return { ticket: null, result: { ...found, error: found.error ?? undefined } as OperationResult };
      }
      return pick(await client.mutation(MergeTicketMutation, { ...base, parentId: parent.id }).toPromise(), 'mergeTicket');
    }
    default:
      throw new Error(`no form for action ${action}`);
  }
}
