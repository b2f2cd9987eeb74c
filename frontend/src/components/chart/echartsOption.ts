/**
 * The ECharts option for a ChartModel. Colour is never the only signal: bars carry a pattern
 * per series (solid, stripes, dots) and lines a symbol and a dash per series, shown in the
 * legend too. Text is dark on white (≥ 4.5:1). Tooltips are drawn on the canvas (richText): the
 * gateway's content security policy forbids the inline styles of HTML tooltips.
 */
import type { ChartModel } from './model';
import { formatValue } from './model';

/** Dark enough on white for text and lines (≥ 4.5:1), and apart from each other. */
export const SERIES_COLOURS = ['#0958d9', '#874d00', '#237804', '#722ed1', '#c41d7f'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin'];
const LINE_TYPES = ['solid', 'dashed', 'dotted', 'solid', 'dashed'] as const;
const DECALS = [
  { symbol: 'none' },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.85)' },
  { symbol: 'circle', symbolSize: 0.8, dashArrayX: [[6, 6]], dashArrayY: [6, 0], color: 'rgba(255,255,255,0.9)' },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: 0, color: 'rgba(255,255,255,0.85)' },
  { symbol: 'triangle', symbolSize: 0.8, dashArrayX: [[6, 6]], dashArrayY: [6, 0], color: 'rgba(255,255,255,0.9)' },
];
const TEXT = '#1f1f1f';
const AXIS = '#595959';

export interface OptionStyle {
  language: string;
  /** Elderly mode: larger text and marks. */
  large?: boolean;
  /** Bars run across (long category names), the default for bar charts. */
  horizontal?: boolean;
}

export function echartsOption(model: ChartModel, style: OptionStyle) {
  const font = style.large ? 20 : 13;
  const percent = !!model.percent;
  const fmt = (v: unknown) => formatValue(typeof v === 'number' ? v : null, percent, style.language) ?? '—';
  const horizontal = model.kind === 'bar' && style.horizontal !== false;
  const notes = model.categoryNotes;
  const categoryAxis = {
    type: 'category' as const,
    data: model.categories,
    axisLabel: {
      color: TEXT,
      fontSize: font,
      ...(horizontal ? { width: style.large ? 260 : 220, overflow: 'truncate' } : { hideOverlap: true }),
      ...(notes ? { formatter: (v: string, i: number) => (notes[i] ? `${v}\n${notes[i]}` : v) } : {}),
    },
    axisLine: { lineStyle: { color: AXIS } },
    ...(horizontal ? { inverse: true } : {}),
  };
  const valueAxis = {
    type: 'value' as const,
    min: 0,
    ...(percent ? { max: 100 } : {}),
    axisLabel: { color: TEXT, fontSize: font, formatter: (v: number) => fmt(v) },
    splitLine: { lineStyle: { color: '#d9d9d9' } },
  };
  return {
    animation: false,
    aria: { enabled: false },
    color: SERIES_COLOURS,
    textStyle: { color: TEXT, fontSize: font },
    legend: { top: 0, textStyle: { color: TEXT, fontSize: font }, itemWidth: style.large ? 36 : 28, itemHeight: style.large ? 20 : 14 },
    grid: { left: 8, right: 24, top: style.large ? 56 : 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis' as const,
      renderMode: 'richText' as const,
      valueFormatter: fmt,
      textStyle: { color: TEXT, fontSize: font },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: model.series.map((s, i) =>
      model.kind === 'bar'
        ? {
            type: 'bar' as const,
            name: s.name,
            data: s.data,
            barMaxWidth: style.large ? 28 : 20,
            itemStyle: { decal: DECALS[i % DECALS.length], borderColor: TEXT, borderWidth: 0.5 },
          }
        : {
            type: 'line' as const,
            name: s.name,
            data: s.data,
            connectNulls: false,
            symbol: SYMBOLS[i % SYMBOLS.length],
            symbolSize: style.large ? 12 : 8,
            lineStyle: { type: LINE_TYPES[i % LINE_TYPES.length], width: style.large ? 3 : 2 },
          },
    ),
  };
}
