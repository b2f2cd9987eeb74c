import { describe, expect, it } from 'vitest';
import { formatPeriods, parsePeriods } from './periods';

describe('working periods', () => {
  it('reads what people type', () => {
    expect(parsePeriods('09:00-12:00, 13:30-17:30')).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ]);
    expect(parsePeriods('9:00～12:00')).toBeNull();
    expect(parsePeriods('9:00-12:00，13:30-17:30')).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ]);
    expect(parsePeriods('')).toEqual([]);
  });

  it('refuses nonsense', () => {
    expect(parsePeriods('12:00-09:00')).toBeNull();
    expect(parsePeriods('25:00-26:00')).toBeNull();
    expect(parsePeriods('morning')).toBeNull();
  });

  it('writes periods back the same way', () => {
    expect(formatPeriods(parsePeriods('09:00-12:00, 13:30-17:30') ?? [])).toBe('09:00-12:00, 13:30-17:30');
  });
});
