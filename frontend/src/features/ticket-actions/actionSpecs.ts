/**
 * What each action asks for, and which mutation carries it out. The panel shows only the actions
 * in the ticket's `availableActions`; actions not listed here (FILE, AUTO_CLOSE) are never shown,
 * and DECIDE_EXTENSION is offered next to each pending extension request.
 */
import type { TicketAction } from '../../gql/graphql';

export type FieldKind = 'text' | 'longText' | 'department' | 'dateTime' | 'solved' | 'satisfaction' | 'reference' | 'attachments';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** i18n key of the label. */
  label: string;
  help?: string;
  required: boolean;
}

export interface ActionSpec {
  action: TicketAction;
  fields: FieldSpec[];
  /** i18n key of a sentence shown above the fields. */
  hint?: string;
  /** Shown as a danger button: it ends or refuses the ticket. */
  danger?: boolean;
}

const reason = (required = true): FieldSpec => ({ name: 'reason', kind: 'longText', label: 'actions.reason', required });
/** Photos or documents sent with an answer or a reply (optional). */
const files = (help: string): FieldSpec => ({ name: 'attachments', kind: 'attachments', label: 'attachments.field', help, required: false });

export const ACTION_SPECS: ActionSpec[] = [
  { action: 'ACCEPT', fields: [], hint: 'actions.acceptHint' },
  { action: 'DISPATCH', fields: [{ name: 'departmentId', kind: 'department', label: 'actions.department', required: true }] },
  { action: 'REDISPATCH', fields: [{ name: 'departmentId', kind: 'department', label: 'actions.department', required: true }] },
  { action: 'UPHOLD_DISPATCH', fields: [{ name: 'note', kind: 'longText', label: 'actions.note', required: false }] },
  {
    action: 'ANSWER_RESIDENT',
    fields: [{ name: 'answer', kind: 'longText', label: 'actions.answer', required: true }, files('attachments.answerHelp')],
  },
  { action: 'ASK_RESIDENT', fields: [{ name: 'question', kind: 'longText', label: 'actions.question', required: true }] },
  {
    action: 'REPLY',
    fields: [{ name: 'body', kind: 'longText', label: 'actions.reply', help: 'actions.replyHelp', required: true }, files('attachments.replyHelp')],
  },
  {
    action: 'REQUEST_EXTENSION',
    fields: [reason(), { name: 'requestedDue', kind: 'dateTime', label: 'actions.requestedDue', required: true }],
  },
  { action: 'RETURN', fields: [reason()], danger: true },
  {
    action: 'RATE',
    fields: [
      { name: 'solved', kind: 'solved', label: 'actions.solved', required: true },
      { name: 'satisfaction', kind: 'satisfaction', label: 'actions.satisfaction', required: true },
      { name: 'comment', kind: 'longText', label: 'actions.comment', required: false },
    ],
  },
  { action: 'REOPEN', fields: [reason()] },
  {
    action: 'SUPERVISE',
    fields: [reason(), { name: 'dueAt', kind: 'dateTime', label: 'actions.dueAt', help: 'actions.dueAtHelp', required: false }],
  },
  {
    action: 'MERGE',
    fields: [{ name: 'parentReference', kind: 'reference', label: 'actions.parentReference', help: 'actions.parentReferenceHelp', required: true }],
  },
  { action: 'REFUSE', fields: [reason()], danger: true },
  { action: 'WITHDRAW', fields: [reason(false)], hint: 'actions.withdrawWarning', danger: true },
  {
    action: 'INTERNAL_NOTE',
    fields: [{ name: 'body', kind: 'longText', label: 'actions.internalNote', help: 'actions.internalNoteHelp', required: true }],
  },
];

/** The actions to offer, in the panel's order, from what the server says the viewer may do. */
export function offeredActions(available: readonly TicketAction[]): ActionSpec[] {
  const set = new Set(available);
  return ACTION_SPECS.filter((s) => set.has(s.action));
}

/** Server field names that differ from the form's. */
export const ACTION_FIELD_ALIASES: Readonly<Record<string, string>> = {
  parentId: 'parentReference',
  reference: 'parentReference',
};
