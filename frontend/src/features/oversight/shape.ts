/**
 * Dashboard figures shaped for charts and tables. Every number comes from the API as it is; only
 * rates are turned into percentages (rounded to one decimal) and rows put in order.
 */
import type { ChartModel } from '../../components/chart/model';
import { toPercent } from '../../components/chart/model';
import type { DashboardFiguresFragment, OversightDashboardQuery } from '../../gql/graphql';

/** The three rates of SPEC §9 the dashboards follow: on-time reply, resolution, satisfaction. */
export const THREE_RATES = ['onTimeReply', 'resolution', 'satisfaction'] as const;
export type RateKey = (typeof THREE_RATES)[number];

type Named = { nameZh: string; nameEn: string };
type MetricRow = OversightDashboardQuery['metrics'][number];

export interface DepartmentFigures {
  id: string;
  name: string;
  parentId: string | null;
  /** 0 for a top-level department, 1 below it, … */
  depth: number;
  figures: DashboardFiguresFragment;
  overdueOpen: number | null;
  openSupervisionOrders: number | null;
}

/**
 * One row per department, each parent followed by its children (so a district's street offices
 * sit under it), siblings in the order the API gave.
 */
export function departmentRows(metrics: readonly MetricRow[], name: (x: Named) => string): DepartmentFigures[] {
  const rows = metrics
    .filter((m) => m.department)
    .map((m) => ({
      id: m.department!.id,
      name: name(m.department!),
      parentId: m.department!.parentId ?? null,
      figures: m.figures,
      overdueOpen: m.overdueOpen ?? null,
      openSupervisionOrders: m.openSupervisionOrders ?? null,
    }));
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, typeof rows>();
  for (const r of rows) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: DepartmentFigures[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ ...r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The three rates by department, as a bar chart. */
export function ratesByDepartment(rows: readonly DepartmentFigures[], rateName: (k: RateKey) => string, categoryTitle: string): ChartModel {
  return {
    kind: 'bar',
    categoryTitle,
    percent: true,
    categories: rows.map((r) => r.name),
    series: THREE_RATES.map((k) => ({ key: k, name: rateName(k), data: rows.map((r) => toPercent(r.figures.rates[k])) })),
  };
}

/** The three rates over time, as a line chart: one point per day, week or month. */
export function ratesOverTime(
  points: readonly { start: string; figures: DashboardFiguresFragment }[],
  rateName: (k: RateKey) => string,
  categoryTitle: string,
  label: (start: string) => string = (s) => s,
): ChartModel {
  return {
    kind: 'line',
    categoryTitle,
    percent: true,
    categories: points.map((p) => label(p.start)),
    series: THREE_RATES.map((k) => ({ key: k, name: rateName(k), data: points.map((p) => toPercent(p.figures.rates[k])) })),
  };
}

/** Overdue open tickets now, per top-level department (each counts its subtree), summed. */
export function overdueTotal(rows: readonly DepartmentFigures[]): number {
  return rows.filter((r) => r.depth === 0).reduce((n, r) => n + (r.overdueOpen ?? 0), 0);
}

/** The export's address: tickets filed on the period's local days, optionally one department's. */
export function exportUrl(period: { from: string; to: string }, departmentId?: string | null): string {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (departmentId) q.set('departmentId', departmentId);
  return `/export/tickets.csv?${q.toString()}`;
}

/** The file name a download is saved under: the server's (Content-Disposition), else ours. */
export function downloadName(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition);
  return plain ? plain[1].trim() : fallback;
}
