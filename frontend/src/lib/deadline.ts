/**
 * The reply-deadline badge of a ticket in queues and detail views: which of yellow, overdue
 * (red) or paused applies, and how much time is left, from `replyDue` and the current instant.
 * The server's `overdue` flag is trusted; between refreshes the clock may also pass the deadline.
 */

/** Less than this much time left is a yellow card. */
export const YELLOW_WITHIN_MS = 24 * 60 * 60 * 1000;

export type DeadlineLevel = 'none' | 'paused' | 'overdue' | 'yellow' | 'normal';

export interface DeadlineInput {
  replyDue?: string | null;
  overdue?: boolean | null;
  paused?: boolean | null;
  /** States where no reply is pending show no badge. */
  state?: string | null;
}

export interface DeadlineStatus {
  level: DeadlineLevel;
  /** Time left until replyDue (negative when overdue); null without a deadline. */
  remainingMs: number | null;
}

/** States in which a department's reply clock runs (a return stops it until re-dispatch). */
const REPLY_PENDING = new Set(['DISPATCHED', 'ACCEPTED', 'AWAITING_RESIDENT']);

export function deadlineStatus(t: DeadlineInput, now: Date): DeadlineStatus {
  if (t.state && !REPLY_PENDING.has(t.state)) return { level: 'none', remainingMs: null };
  const due = t.replyDue ? Date.parse(t.replyDue) : NaN;
  const remainingMs = Number.isNaN(due) ? null : due - now.getTime();
  if (t.paused) return { level: 'paused', remainingMs };
  if (t.overdue || (remainingMs !== null && remainingMs <= 0)) return { level: 'overdue', remainingMs };
  if (remainingMs === null) return { level: 'none', remainingMs };
  if (remainingMs < YELLOW_WITHIN_MS) return { level: 'yellow', remainingMs };
  return { level: 'normal', remainingMs };
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a duration (its absolute value) into whole days, hours and minutes. */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.floor(Math.abs(ms) / 60000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "2 days 3 hours", "5 hours 10 minutes", "12 minutes", in the user's language. */
export function formatDuration(ms: number, t: Translate): string {
  const { days, hours, minutes } = durationParts(ms);
  if (days > 0) return t('duration.daysHours', { days, hours });
  if (hours > 0) return t('duration.hoursMinutes', { hours, minutes });
  return t('duration.minutes', { minutes });
}

/** The badge's words: never colour alone. Empty for level `none`. */
export function deadlineLabel(status: DeadlineStatus, t: Translate): string {
  const left = status.remainingMs === null ? '' : formatDuration(status.remainingMs, t);
  switch (status.level) {
    case 'none':
      return '';
    case 'paused':
      return t('deadline.paused');
    case 'overdue':
      return status.remainingMs === null ? t('deadline.overdue') : t('deadline.overdueBy', { time: left });
    case 'yellow':
      return t('deadline.dueSoon', { time: left });
    case 'normal':
      return t('deadline.remaining', { time: left });
  }
}
