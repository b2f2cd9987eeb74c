import { describe, expect, it } from 'vitest';
import type { PublicStatsFieldsFragment } from '../../gql/graphql';
import { PUBLIC_CHART_RATES, publicCellText, publicRatesChart, suppressedCount, targetText, type TargetWords } from './shape';

const cell = (value: number | null, suppressed = false) => ({ value, suppressed });
function stats(over: Partial<PublicStatsFieldsFragment>): PublicStatsFieldsFragment {
  return {
    tickets: cell(10),
    onTimeAcceptRate: cell(null),
    onTimeReplyRate: cell(null),
    medianReplyHours: cell(null),
    resolutionRate: cell(null),
    satisfactionRate: cell(null),
    ...over,
  };
}

const words = { suppressed: '不公布', empty: '—', hours: (n: string) => `${n} 小时` };

describe('public figures', () => {
  it('never draws a suppressed figure, and marks it for the table', () => {
    const model = publicRatesChart(
      [
        { name: '城管局', stats: stats({ onTimeReplyRate: cell(0.9), satisfactionRate: cell(null, true) }) },
        { name: '水务局', stats: stats({ onTimeReplyRate: cell(null), satisfactionRate: cell(0.8) }) },
      ],
      PUBLIC_CHART_RATES,
      (r) => r,
      '部门',
      '不公布',
    );
    expect(model.categoryNotes).toEqual(['不公布', null]);
    expect(model.series[0].data).toEqual([90, null]);
    expect(model.series[1].data).toEqual([null, 80]);
    expect(model.series[1].suppressed).toEqual([true, false]);
    expect(suppressedCount(model)).toBe(1);
  });

  it('tells a withheld figure from an empty one, and shows a zero volume', () => {
    expect(publicCellText(cell(null, true), 'rate', 'zh-CN', words)).toBe('不公布');
    expect(publicCellText(cell(null), 'rate', 'zh-CN', words)).toBe('—');
    expect(publicCellText(cell(0), 'count', 'zh-CN', words)).toBe('0');
    expect(publicCellText(cell(0.875), 'rate', 'en', words)).toBe('87.5%');
    expect(publicCellText(cell(12.25), 'hours', 'zh-CN', words)).toBe('12.3 小时');
  });

  it('says each SLA target the way people count it', () => {
    const w: TargetWords = {
      none: 'none',
      workingDays: (n) => `${n}wd`,
      workingHours: (n) => `${n}wh`,
      workingMinutes: (n) => `${n}wm`,
      calendarHours: (n) => `${n}h`,
      calendarMinutes: (n) => `${n}m`,
    };
    expect(targetText({ basis: 'NONE', value: 0 }, w)).toBe('none');
    expect(targetText({ basis: 'WORKING_DAYS', value: 15 }, w)).toBe('15wd');
    expect(targetText({ basis: 'WORKING_MINUTES', value: 120 }, w)).toBe('2wh');
    expect(targetText({ basis: 'WORKING_MINUTES', value: 90 }, w)).toBe('90wm');
    expect(targetText({ basis: 'CALENDAR_MINUTES', value: 240 }, w)).toBe('4h');
    expect(targetText({ basis: 'CALENDAR_MINUTES', value: 45 }, w)).toBe('45m');
  });
});
