/**
 * Errors from the API as the UI needs them: the fixed `extensions.code` set (SPEC §11), the input
 * field a BAD_USER_INPUT names, and where on a form each error belongs.
 */
import type { CombinedError } from '@urql/core';
import { attachmentRuleKey } from '../features/attachments/files';

export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

/** The server's codes, plus NETWORK (no answer) and UNKNOWN (an answer without a known code). */
export type ErrorCode = (typeof API_ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';

export interface ApiProblem {
  code: ErrorCode;
  /** The server's own words, shown as detail under the translated text. */
  message: string;
  /** For BAD_USER_INPUT: the input field the server named. */
  field?: string;
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** One problem from one GraphQL error object. */
export function problemOf(error: GraphQLErrorLike): ApiProblem {
  const ext = error.extensions ?? {};
  const code = isKnownCode(ext.code) ? ext.code : 'UNKNOWN';
  const field = typeof ext.field === 'string' && ext.field !== '' ? ext.field : undefined;
  return field ? { code, message: error.message, field } : { code, message: error.message };
}

/** Every problem in an urql error; a failed request without GraphQL errors is NETWORK. */
export function problemsOf(error: CombinedError | null | undefined): ApiProblem[] {
  if (!error) return [];
  if (error.graphQLErrors.length > 0) return error.graphQLErrors.map(problemOf);
  return [{ code: 'NETWORK', message: error.networkError?.message ?? error.message }];
}

export function hasCode(problems: ApiProblem[], code: ErrorCode): boolean {
  return problems.some((p) => p.code === code);
}

/**
 * Where the problems of one form go: BAD_USER_INPUT errors whose field is on the form go next
 * to that field; everything else goes to the alert above the form.
 *
 * `formFields` lists the form's field names. `aliases` maps a field name the server may use to
 * the form's own (the server names some inputs by their domain name: `email` for
 * `contactEmail`).
 */
export function placeProblems(
  problems: ApiProblem[],
  formFields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): { byField: Record<string, ApiProblem[]>; general: ApiProblem[] } {
  const byField: Record<string, ApiProblem[]> = {};
  const general: ApiProblem[] = [];
  for (const p of problems) {
    const target = p.code === 'BAD_USER_INPUT' && p.field ? fieldOnForm(p.field, formFields, aliases) : undefined;
    if (target) {
      (byField[target] ??= []).push(p);
    } else {
      general.push(p);
    }
  }
  return { byField, general };
}

function fieldOnForm(
  field: string,
  formFields: readonly string[],
  aliases: Readonly<Record<string, string>>,
): string | undefined {
  // `input.title` and `title` name the same field.
  const bare = field.split('.').pop() ?? field;
  for (const candidate of [field, bare]) {
    if (formFields.includes(candidate)) return candidate;
    const alias = aliases[candidate];
    if (alias && formFields.includes(alias)) return alias;
  }
  return undefined;
}

/** The i18n key of the translated sentence for a code. */
export function errorCodeKey(code: ErrorCode): `errors.code.${ErrorCode}` {
  return `errors.code.${code}`;
}

/**
 * A translation of the server's validation rule when it is one of the common ones; otherwise
 * undefined, and the server's words are shown as they are.
 */
export function ruleKey(problem: Pick<ApiProblem, 'message' | 'field'>): {
  key: string;
  values?: Record<string, string>;
} | undefined {
  const m = problem.message.trim();
  if ((problem.field ?? '').split('.').pop() === 'attachments') {
    const rule = attachmentRuleKey(m);
    if (rule) return rule;
  }
  if (m === 'must not be empty') return { key: 'errors.rule.empty' };
  const max = /^must be at most (\d+) characters/.exec(m);
  if (max) return { key: 'errors.rule.tooLong', values: { max: max[1] } };
  const min = /^must be at least (\d+) characters/.exec(m);
  if (min) return { key: 'errors.rule.tooShort', values: { min: min[1] } };
  if (/control character/.test(m)) return { key: 'errors.rule.controlCharacter' };
  const field = (problem.field ?? '').split('.').pop() ?? '';
  if (/digits/.test(m) || /phone/i.test(field)) return { key: 'errors.rule.phone' };
  if (/email/i.test(field)) return { key: 'errors.rule.email' };
  return undefined;
}
