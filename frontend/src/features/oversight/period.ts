/**
 * The periods a supervisor looks at. Metrics count local days of the city calendar, `from`
 * inclusive and `to` exclusive (MetricFilterInput), so every period here is a pair of
 * `YYYY-MM-DD` days in the city's time zone, with the trend's interval chosen to fit.
 */
import dayjs from 'dayjs';
import type { TrendInterval } from '../../gql/graphql';
import { CITY_TIME_ZONE } from '../../lib/time';

export const PERIOD_PRESETS = ['last30', 'thisMonth', 'lastMonth', 'last3Months', 'last12Months', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  /** `YYYY-MM-DD`, exclusive. */
  to: string;
  interval: TrendInterval;
}

const DAY = 'YYYY-MM-DD';

/** Today's date in the city (the calendar's time zone), `YYYY-MM-DD`. */
export function cityToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** One point a day up to a month, a week up to about four months, a month beyond. */
export function intervalFor(from: string, to: string): TrendInterval {
  const days = dayjs(to).diff(dayjs(from), 'day');
  if (days <= 31) return 'DAY';
  if (days <= 124) return 'WEEK';
  return 'MONTH';
}

/**
 * The period of a preset, seen on `today` (city date). A custom period takes the two days the
 * person picked, both inclusive. Returns null for a custom period without valid days.
 */
export function periodFor(preset: PeriodPreset, today: string, custom?: readonly [string, string] | null): Period | null {
  const d = dayjs(today);
  const tomorrow = d.add(1, 'day').format(DAY);
  const make = (from: string, to: string): Period => ({ from, to, interval: intervalFor(from, to) });
  switch (preset) {
    case 'last30':
      return make(d.subtract(29, 'day').format(DAY), tomorrow);
    case 'thisMonth':
      return make(d.startOf('month').format(DAY), tomorrow);
    case 'lastMonth':
      return make(d.subtract(1, 'month').startOf('month').format(DAY), d.startOf('month').format(DAY));
    case 'last3Months':
      return make(d.subtract(2, 'month').startOf('month').format(DAY), tomorrow);
    case 'last12Months':
      return make(d.subtract(11, 'month').startOf('month').format(DAY), tomorrow);
    case 'custom': {
      if (!custom) return null;
      const [a, b] = custom;
      if (!dayjs(a, DAY, true).isValid() || !dayjs(b, DAY, true).isValid() || b < a) return null;
      return make(a, dayjs(b).add(1, 'day').format(DAY));
    }
  }
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The `count` months up to and including the month of `today` (or ending before it), newest first. */
export function recentMonths(today: string, count: number, includeCurrent = true): string[] {
  const start = dayjs(today).startOf('month').subtract(includeCurrent ? 0 : 1, 'month');
  return Array.from({ length: count }, (_, i) => start.subtract(i, 'month').format('YYYY-MM'));
}

/** The last day of a period (the day before `to`), for showing it to people. */
export function lastDay(period: Pick<Period, 'to'>): string {
  return dayjs(period.to).subtract(1, 'day').format(DAY);
}
