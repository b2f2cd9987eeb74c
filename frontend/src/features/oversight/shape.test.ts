import { describe, expect, it } from 'vitest';
import { extremes, formatValue, toPercent } from '../../components/chart/model';
import { echartsOption } from '../../components/chart/echartsOption';
import type { DashboardFiguresFragment } from '../../gql/graphql';
import { departmentRows, downloadName, exportUrl, overdueTotal, ratesByDepartment, ratesOverTime } from './shape';

function figures(rates: Partial<DashboardFiguresFragment['rates']>, rated = 0): DashboardFiguresFragment {
  return {
    counts: { dispatched: 0, replyDue: 0, repliedOnTime: 0, replied: 0, rated, solved: 0, satisfied: 0, supervisionOrders: 0 },
    rates: { onTimeReply: null, resolution: null, satisfaction: null, ...rates },
    medianReplyHours: null,
    compositeScore: null,
  };
}

const dept = (id: string, nameZh: string, parentId: string | null = null) => ({ id, nameZh, nameEn: `${nameZh}-en`, parentId });
const metrics = [
  { key: 'c', department: dept('c', '建外街道', 'b'), figures: figures({ satisfaction: 0.5 }), overdueOpen: 1, openSupervisionOrders: 0 },
  { key: 'a', department: dept('a', '城管局'), figures: figures({ onTimeReply: 0.875, resolution: 1, satisfaction: 2 / 3 }, 3), overdueOpen: 2, openSupervisionOrders: 1 },
  { key: 'b', department: dept('b', '朝阳区'), figures: figures({}), overdueOpen: 4, openSupervisionOrders: 0 },
];
const zh = (x: { nameZh: string }) => x.nameZh;

describe('dashboard shaping', () => {
  it('puts each department after its parent, and reads the three rates as percentages', () => {
    const rows = departmentRows(metrics, zh);
    expect(rows.map((r) => [r.name, r.depth])).toEqual([
      ['城管局', 0],
      ['朝阳区', 0],
      ['建外街道', 1],
    ]);
    const model = ratesByDepartment(rows, (k) => k, '部门');
    expect(model.categories).toEqual(['城管局', '朝阳区', '建外街道']);
    expect(model.series.map((s) => s.key)).toEqual(['onTimeReply', 'resolution', 'satisfaction']);
    expect(model.series[0].data).toEqual([87.5, null, null]);
    expect(model.series[2].data).toEqual([66.7, null, 50]);
  });

  it('counts overdue tickets once: top-level departments already include their subtree', () => {
    expect(overdueTotal(departmentRows(metrics, zh))).toBe(6);
  });

  it('keeps empty trend periods as gaps, not zeros', () => {
    const model = ratesOverTime(
      [
        { start: '2026-11-01', figures: figures({ satisfaction: 1 }) },
        { start: '2026-11-02', figures: figures({}) },
      ],
      (k) => k,
      '日期',
    );
    expect(model.series[2].data).toEqual([100, null]);
    expect(model.series[0].data).toEqual([null, null]);
  });

  it('names the highest and lowest category for the text alternative', () => {
    const model = ratesByDepartment(departmentRows(metrics, zh), (k) => k, '部门');
    const [, , satisfaction] = extremes(model);
    expect(satisfaction.highest).toEqual({ category: '城管局', value: 66.7 });
    expect(satisfaction.lowest).toEqual({ category: '建外街道', value: 50 });
    expect(satisfaction.counted).toBe(2);
  });

  it('formats values in the reader’s language and never invents one', () => {
    expect(toPercent(0.12345)).toBe(12.3);
    expect(toPercent(null)).toBeNull();
    expect(formatValue(87.5, true, 'en')).toBe('87.5%');
    expect(formatValue(null, true, 'en')).toBeNull();
    expect(formatValue(1234, false, 'zh-CN')).toBe('1,234');
  });

  it('gives every series its own pattern or symbol, so colour is not the only signal', () => {
    const bar = echartsOption(ratesByDepartment(departmentRows(metrics, zh), (k) => k, '部门'), { language: 'zh-CN' });
    const decals = bar.series.map((s) => JSON.stringify((s as { itemStyle: { decal: unknown } }).itemStyle.decal));
    expect(new Set(decals).size).toBe(3);
    const line = echartsOption(ratesOverTime([{ start: '2026-11-01', figures: figures({}) }], (k) => k, '日期'), { language: 'en' });
    const marks = line.series.map((s) => {
      const l = s as { symbol: string; lineStyle: { type: string } };
      return `${l.symbol}/${l.lineStyle.type}`;
    });
    expect(new Set(marks).size).toBe(3);
    // Percent axes run 0–100 whatever the data.
    expect(line.yAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('builds the export address and reads the file name the server gives', () => {
    expect(exportUrl({ from: '2026-10-01', to: '2026-11-01' })).toBe('/export/tickets.csv?from=2026-10-01&to=2026-11-01');
    expect(exportUrl({ from: '2026-10-01', to: '2026-11-01' }, 'abc')).toBe('/export/tickets.csv?from=2026-10-01&to=2026-11-01&departmentId=abc');
    expect(downloadName('attachment; filename="minsheng-tickets-2026-10-01-to-2026-11-01.csv"', 'x.csv')).toBe(
      'minsheng-tickets-2026-10-01-to-2026-11-01.csv',
    );
    expect(downloadName(null, 'x.csv')).toBe('x.csv');
  });
});
