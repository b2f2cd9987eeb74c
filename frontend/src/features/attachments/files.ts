/**
 * Photos and documents: what may be attached, checked in the browser before sending. These checks
 * only save a wasted upload; the server checks again (it reads the real type from the content)
 * and its BAD_USER_INPUT on the field `attachments` is what counts.
 */
import type { ApiProblem } from '../../lib/errors';

export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
/** For the file picker's `accept`: types and extensions, since some systems report no type. */
export const ACCEPT_ATTRIBUTE = '.jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 10;

const EXTENSION_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

export interface FileLike {
  name: string;
  type: string;
  size: number;
}

export type RejectReason = 'type' | 'size' | 'count' | 'empty';

export interface Rejected {
  name: string;
  reason: RejectReason;
}

/** The type of a file as far as the browser can tell: its reported type, else its extension. */
export function typeOf(file: Pick<FileLike, 'name' | 'type'>): string {
  if (file.type) return file.type.toLowerCase();
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  return EXTENSION_TYPES[ext] ?? '';
}

export function isAcceptedType(file: Pick<FileLike, 'name' | 'type'>): boolean {
  return (ACCEPTED_TYPES as readonly string[]).includes(typeOf(file));
}

export function isImageType(contentType: string): boolean {
  return contentType.startsWith('image/');
}

/**
 * Which of `incoming` may join the `alreadyChosen` files: a photo or PDF, not empty, at most
 * 10 MB, and no more than 10 files in all (counting files already on the ticket).
 */
export function precheckFiles<F extends FileLike>(
  alreadyChosen: number,
  incoming: readonly F[],
  limits: { maxFiles?: number; maxBytes?: number } = {},
): { accepted: F[]; rejected: Rejected[] } {
  const maxFiles = limits.maxFiles ?? MAX_FILES;
  const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
  const accepted: F[] = [];
  const rejected: Rejected[] = [];
  for (const f of incoming) {
    if (!isAcceptedType(f)) rejected.push({ name: f.name, reason: 'type' });
    else if (f.size === 0) rejected.push({ name: f.name, reason: 'empty' });
    else if (f.size > maxBytes) rejected.push({ name: f.name, reason: 'size' });
    else if (alreadyChosen + accepted.length >= maxFiles) rejected.push({ name: f.name, reason: 'count' });
    else accepted.push(f);
  }
  return { accepted, rejected };
}

/** A size in words: `850 KB`, `2.4 MB`. */
export function formatSize(bytes: number, language: string): string {
  const nf = (n: number, digits: number) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${nf(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024, 0)} KB`;
  return `${nf(bytes / (1024 * 1024), 1)} MB`;
}

/**
 * The server refuses an oversized multipart request before reading it (HTTP 413), with a
 * BAD_USER_INPUT that names no field; such an error still belongs next to the upload field.
 */
export function withUploadField(problems: ApiProblem[]): ApiProblem[] {
  return problems.map((p) =>
    p.code === 'BAD_USER_INPUT' && !p.field && /multipart|Apollo-Require-Preflight|larger than \d+ MB|more than \d+ files/i.test(p.message)
      ? { ...p, field: 'attachments' }
      : p,
  );
}

/**
 * The translation of the server's words about a refused attachment, when they are one of its
 * known rules (`errors.rule.*` keys).
 */
export function attachmentRuleKey(message: string): { key: string; values?: Record<string, string> } | undefined {
  const m = message.trim();
  let r = /^(?:“(.*)”|"(.*)") is larger than (\d+) MB/.exec(m);
  if (r) return { key: 'errors.rule.fileTooLarge', values: { name: r[1] ?? r[2] ?? '', max: r[3] } };
  r = /^a file is larger than (\d+) MB, or there are more than (\d+) files/.exec(m);
  if (r) return { key: 'errors.rule.uploadTooLarge', values: { max: r[1], count: r[2] } };
  r = /^attach at most (\d+) files/.exec(m);
  if (r) return { key: 'errors.rule.tooManyFiles', values: { max: r[1] } };
  r = /^a ticket carries at most (\d+) files; this one has (\d+) already/.exec(m);
  if (r) return { key: 'errors.rule.ticketFilesFull', values: { max: r[1], existing: r[2] } };
  r = /^(?:“(.*)”|"(.*)"): only JPEG, PNG and WebP photos and PDF documents/.exec(m);
  if (r) return { key: 'errors.rule.fileType', values: { name: r[1] ?? r[2] ?? '' } };
  r = /^(?:“(.*)”|"(.*)"): the file is damaged/.exec(m);
  if (r) return { key: 'errors.rule.fileDamaged', values: { name: r[1] ?? r[2] ?? '' } };
  return undefined;
}
