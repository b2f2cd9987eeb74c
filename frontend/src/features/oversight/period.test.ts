import { describe, expect, it } from 'vitest';
import { cityToday, intervalFor, lastDay, periodFor, recentMonths } from './period';

describe('periods', () => {
  it('reads today in the city time zone, not UTC', () => {
    // 17:00 UTC on 30 Sep is already 1 Oct in Shanghai.
    expect(cityToday(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10-01');
    expect(cityToday(new Date('2026-09-30T15:59:00Z'))).toBe('2026-09-30');
  });

  it('makes every preset a from-inclusive, to-exclusive pair of days that includes today when it should', () => {
    const today = '2026-11-22';
    expect(periodFor('last30', today)).toEqual({ from: '2026-10-24', to: '2026-11-23', interval: 'DAY' });
    expect(periodFor('thisMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-23', interval: 'DAY' });
    expect(periodFor('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-11-01', interval: 'DAY' });
    expect(periodFor('last3Months', today)).toEqual({ from: '2026-09-01', to: '2026-11-23', interval: 'WEEK' });
    expect(periodFor('last12Months', today)).toEqual({ from: '2025-12-01', to: '2026-11-23', interval: 'MONTH' });
  });

  it('crosses a year and a short month correctly', () => {
    expect(periodFor('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2026-01-01', interval: 'DAY' });
    expect(periodFor('lastMonth', '2026-03-31')?.from).toBe('2026-02-01');
  });

  it('takes a custom period with both ends included, and refuses a backwards or broken one', () => {
    expect(periodFor('custom', '2026-11-22', ['2026-10-01', '2026-10-07'])).toEqual({ from: '2026-10-01', to: '2026-10-08', interval: 'DAY' });
    expect(periodFor('custom', '2026-11-22', ['2026-10-07', '2026-10-01'])).toBeNull();
    expect(periodFor('custom', '2026-11-22', ['2026-13-01', '2026-10-01'])).toBeNull();
    expect(periodFor('custom', '2026-11-22', null)).toBeNull();
  });

  it('chooses the trend interval from the length', () => {
    expect(intervalFor('2026-10-01', '2026-11-01')).toBe('DAY');
    expect(intervalFor('2026-10-01', '2026-12-15')).toBe('WEEK');
    expect(intervalFor('2026-01-01', '2026-11-01')).toBe('MONTH');
  });

  it('lists recent months, newest first, with or without the running one', () => {
    expect(recentMonths('2026-01-10', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(recentMonths('2026-01-10', 2, false)).toEqual(['2025-12', '2025-11']);
    expect(lastDay({ to: '2026-11-01' })).toBe('2026-10-31');
  });
});
