/**
 * The public figures shaped for charts and tables. A figure built from too few tickets comes from
 * the server as `{ value: null, suppressed: true }`: it is never drawn, and the table says it was
 * withheld. A figure with nothing behind it is `{ value: null, suppressed: false }`: an empty cell.
 */
import type { ChartModel } from '../../components/chart/model';
import { toPercent } from '../../components/chart/model';
import type { PublicStatsFieldsFragment, SlaTarget } from '../../gql/graphql';

export type PublicRate = 'onTimeAcceptRate' | 'onTimeReplyRate' | 'resolutionRate' | 'satisfactionRate';
/** The public charts: on-time and satisfaction (SPEC §9 transparency). */
export const PUBLIC_CHART_RATES: readonly PublicRate[] = ['onTimeReplyRate', 'satisfactionRate'];

export interface PublicCell {
  value: number | null;
  suppressed: boolean;
}

export function publicRatesChart(
  rows: readonly { name: string; stats: PublicStatsFieldsFragment }[],
  rates: readonly PublicRate[],
  rateName: (r: PublicRate) => string,
  categoryTitle: string,
  withheldNote?: string,
): ChartModel {
  return {
    kind: 'bar',
    categoryTitle,
    percent: true,
    categories: rows.map((r) => r.name),
    // On the chart itself, a department whose bars are withheld says so next to its name.
    categoryNotes: withheldNote ? rows.map((r) => (rates.some((k) => r.stats[k].suppressed) ? withheldNote : null)) : undefined,
    series: rates.map((k) => ({
      key: k,
      name: rateName(k),
      data: rows.map((r) => (r.stats[k].suppressed ? null : toPercent(r.stats[k].value))),
      suppressed: rows.map((r) => r.stats[k].suppressed),
    })),
  };
}

/** How many cells of these rates were withheld. */
export function suppressedCount(model: ChartModel): number {
  return model.series.reduce((n, s) => n + (s.suppressed ?? []).filter(Boolean).length, 0);
}

export type CellKind = 'count' | 'rate' | 'hours';

/** A public cell as text: the value, or what the reader needs to know about its absence. */
export function publicCellText(
  cell: PublicCell,
  kind: CellKind,
  language: string,
  words: { suppressed: string; empty: string; hours: (n: string) => string },
): string {
  if (cell.suppressed) return words.suppressed;
  if (cell.value === null) return words.empty;
  const nf = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (kind === 'rate') return `${nf.format(toPercent(cell.value) ?? 0)}%`;
  if (kind === 'hours') return words.hours(nf.format(cell.value));
  return nf.format(cell.value);
}

export type TargetWords = {
  none: string;
  workingDays: (n: number) => string;
  workingHours: (n: number) => string;
  workingMinutes: (n: number) => string;
  calendarHours: (n: number) => string;
  calendarMinutes: (n: number) => string;
};

/** An SLA target as people say it: "2 working days", "4 hours (calendar time)", "no deadline". */
export function targetText(target: Pick<SlaTarget, 'basis' | 'value'>, w: TargetWords): string {
  const v = target.value;
  switch (target.basis) {
    case 'NONE':
      return w.none;
    case 'WORKING_DAYS':
      return w.workingDays(v);
    case 'WORKING_MINUTES':
      return v % 60 === 0 ? w.workingHours(v / 60) : w.workingMinutes(v);
    case 'CALENDAR_MINUTES':
      return v % 60 === 0 ? w.calendarHours(v / 60) : w.calendarMinutes(v);
  }
}
