/**
 * A chart as data: categories along one axis, one or more named series of values (null: no
 * value, drawn as a gap). The same model feeds the ECharts option (echartsOption.ts), the text
 * alternative and the data table, so the three always show the same figures.
 */
export interface ChartSeries {
  /** Stable key (a rate's name), used for its pattern and symbol. */
  key: string;
  /** The series' name as people read it (legend, table header). */
  name: string;
  data: (number | null)[];
  /** Cells not shown on purpose (built from too few tickets): the table says so. */
  suppressed?: boolean[];
}

export interface ChartModel {
  kind: 'bar' | 'line';
  /** What each category is (department, day…), for the table's first column. */
  categoryTitle: string;
  categories: string[];
  series: ChartSeries[];
  /** Values are percentages (0–100). */
  percent?: boolean;
  /** A word shown with a category's label on the chart, e.g. why it has no bar. */
  categoryNotes?: (string | null)[];
}

/** A value as people read it: `87.5%`, or null when there is none. */
export function formatValue(v: number | null | undefined, percent: boolean, language: string): string | null {
  if (v === null || v === undefined || Number.isNaN(v)) return null;
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v);
  return percent ? `${n}%` : n;
}

/** A rate 0–1 as a percentage rounded to one decimal, or null. */
export function toPercent(rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return null;
  return Math.round(rate * 1000) / 10;
}

export interface Extremes {
  series: string;
  highest: { category: string; value: number } | null;
  lowest: { category: string; value: number } | null;
  /** Categories with a value. */
  counted: number;
}

/** For the text alternative: each series' highest and lowest category. */
export function extremes(model: ChartModel): Extremes[] {
  return model.series.map((s) => {
    let highest: Extremes['highest'] = null;
    let lowest: Extremes['lowest'] = null;
    let counted = 0;
    s.data.forEach((v, i) => {
      if (v === null) return;
      counted += 1;
      const category = model.categories[i];
      if (!highest || v > highest.value) highest = { category, value: v };
      if (!lowest || v < lowest.value) lowest = { category, value: v };
    });
    return { series: s.name, highest, lowest, counted };
  });
}
