import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { deadlineLabel, deadlineStatus, durationParts, YELLOW_WITHIN_MS } from './deadline';

const now = new Date('2026-03-02T02:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3600_000).toISOString();
const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en');

describe('deadlineStatus', () => {
  it('is normal with more than a day left', () => {
    expect(deadlineStatus({ replyDue: inHours(49), state: 'ACCEPTED' }, now)).toEqual({ level: 'normal', remainingMs: 49 * 3600_000 });
  });

  it('is yellow with less than a day left', () => {
    expect(deadlineStatus({ replyDue: inHours(23.5), state: 'ACCEPTED' }, now).level).toBe('yellow');
    expect(deadlineStatus({ replyDue: new Date(now.getTime() + YELLOW_WITHIN_MS).toISOString() }, now).level).toBe('normal');
  });

  it('is overdue when the server says so, even with time apparently left', () => {
    expect(deadlineStatus({ replyDue: inHours(5), overdue: true, state: 'ACCEPTED' }, now).level).toBe('overdue');
  });

  it('is overdue once the deadline passes between two refreshes', () => {
    const s = deadlineStatus({ replyDue: inHours(-2), overdue: false, state: 'DISPATCHED' }, now);
    expect(s.level).toBe('overdue');
    expect(s.remainingMs).toBe(-2 * 3600_000);
  });

  it('is paused while waiting for the resident, whatever the time', () => {
    expect(deadlineStatus({ replyDue: inHours(-2), overdue: true, paused: true, state: 'AWAITING_RESIDENT' }, now).level).toBe('paused');
  });

  it('shows nothing once replied, closed or returned, or without a deadline', () => {
    expect(deadlineStatus({ replyDue: inHours(-2), overdue: true, state: 'REPLIED' }, now).level).toBe('none');
    expect(deadlineStatus({ replyDue: inHours(3), state: 'CLOSED' }, now).level).toBe('none');
    expect(deadlineStatus({ replyDue: null, state: 'DISPATCHED' }, now).level).toBe('none');
    // A returned ticket's clocks stop until an agent dispatches it again.
    expect(deadlineStatus({ replyDue: inHours(30), state: 'RETURNED' }, now).level).toBe('none');
  });
});

describe('deadlineLabel', () => {
  it('says yellow, red/overdue and paused in words, in Chinese', () => {
    expect(deadlineLabel(deadlineStatus({ replyDue: inHours(5.5) }, now), zh)).toBe('即将到期：剩 5 小时 30 分钟');
    expect(deadlineLabel(deadlineStatus({ replyDue: inHours(-26), overdue: true }, now), zh)).toBe('已超期 1 天 2 小时');
    expect(deadlineLabel(deadlineStatus({ replyDue: inHours(3), paused: true }, now), zh)).toBe('暂停计时（等待市民补充）');
    expect(deadlineLabel(deadlineStatus({ replyDue: inHours(75) }, now), zh)).toBe('剩 3 天 3 小时');
  });

  it('says the same in English', () => {
    expect(deadlineLabel(deadlineStatus({ replyDue: inHours(0.25) }, now), en)).toBe('Due soon: 15 min left');
    expect(deadlineLabel(deadlineStatus({ replyDue: inHours(-1), overdue: true }, now), en)).toBe('Overdue by 1 h 0 min');
    expect(deadlineLabel(deadlineStatus({ paused: true }, now), en)).toBe('Clock paused (waiting for the resident)');
    expect(deadlineLabel(deadlineStatus({ overdue: true }, now), en)).toBe('Overdue');
  });

  it('is empty when no badge applies', () => {
    expect(deadlineLabel({ level: 'none', remainingMs: null }, en)).toBe('');
  });
});

describe('durationParts', () => {
  it('splits into whole days, hours and minutes', () => {
    expect(durationParts((2 * 24 + 3) * 3600_000 + 59 * 60_000 + 59_000)).toEqual({ days: 2, hours: 3, minutes: 59 });
    expect(durationParts(-90 * 60_000)).toEqual({ days: 0, hours: 1, minutes: 30 });
  });
});
