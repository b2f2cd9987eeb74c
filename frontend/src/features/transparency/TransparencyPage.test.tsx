import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, type FakeServer } from '../../test/render';
import { TransparencyPage } from './TransparencyPage';

// The canvas itself is ECharts' business; here only what people read around it.
vi.mock('../../components/chart/EChartCanvas', () => ({ default: () => null }));

const v = (value: number | null, suppressed = false) => ({ value, suppressed });
const stats = (over: Record<string, unknown>) => ({
  tickets: v(null, true),
  onTimeAcceptRate: v(null, true),
  onTimeReplyRate: v(null, true),
  medianReplyHours: v(null, true),
  resolutionRate: v(null, true),
  satisfactionRate: v(null, true),
  ...over,
});
const target = (basis: string, value: number) => ({ basis, value });

const server: FakeServer = (op) => {
  if (op === 'Transparency')
    return {
      data: {
        publicDepartmentStats: {
          month: '2026-10',
          minimumCount: 5,
          rows: [
            { department: { id: 'd1', nameZh: '市城市管理局', nameEn: 'Urban' }, stats: stats({}) },
            {
              department: { id: 'd2', nameZh: '市水务局', nameEn: 'Water' },
              stats: stats({
                tickets: v(12),
                onTimeAcceptRate: v(1),
                onTimeReplyRate: v(0.75),
                medianReplyHours: v(20.5),
                resolutionRate: v(null),
                satisfactionRate: v(0.9),
              }),
            },
          ],
        },
        publicCategoryStats: { month: '2026-10', minimumCount: 5, rows: [] },
      },
    };
  if (op === 'PublicSla')
    return {
      data: {
        slaPolicy: {
          entries: [
            {
              kind: 'COMPLAINT',
              priority: 'NORMAL',
              dispatchWithin: target('WORKING_MINUTES', 120),
              acceptWithin: target('WORKING_DAYS', 1),
              replyWithin: target('WORKING_DAYS', 15),
            },
          ],
          returnWithin: target('WORKING_DAYS', 2),
          maxExtensions: 2,
          maxExtension: target('WORKING_DAYS', 10),
          reopenWindow: target('WORKING_DAYS', 15),
          ratingWindow: target('CALENDAR_MINUTES', 10080),
        },
      },
    };
  throw new Error(op);
};

describe('the transparency page', () => {
  it('shows withheld figures as withheld, empty ones as empty, and the rest as the server gave them', async () => {
    renderApp(<TransparencyPage />, { server, route: '/transparency' });
    const table = await screen.findByTestId('public-departments');
    const rows = within(table).getAllByRole('row');
    const urban = rows.find((r) => r.textContent?.includes('市城市管理局'))!;
    const water = rows.find((r) => r.textContent?.includes('市水务局'))!;
    expect(within(urban).getAllByText('不公布（少于 5 件）').length).toBe(6);
    expect(water.textContent).toContain('12');
    expect(water.textContent).toContain('75%');
    expect(water.textContent).toContain('20.5 个工作小时');
    expect(water.textContent).toContain('—（无此类工单）');
    expect(water.textContent).toContain('90%');
    // The chart's text alternative says what is withheld.
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('有 2 个数字因件数少于 5 件而不公布');
  });

  it('publishes the deadlines in force in plain words', async () => {
    renderApp(<TransparencyPage />, { server, route: '/transparency', language: 'en' });
    const sla = await screen.findByRole('region', { name: 'Deadlines in force' });
    expect(sla.textContent).toContain('15 working days');
    expect(sla.textContent).toContain('1 working day');
    expect(sla.textContent).toContain('2 working hours');
    expect(sla.textContent).toContain('168 hours (calendar time)');
  });
});
