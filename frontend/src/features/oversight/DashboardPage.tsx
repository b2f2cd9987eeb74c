/**
 * The supervisors' dashboard (SPEC §9): the three rates (on-time reply, resolution,
 * satisfaction) by department and over time for a period, the monthly ranking, overdue and
 * problem tickets, and the CSV export of the period's tickets. Every chart has a summary and its
 * figures as a table.
 */
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { Button, Form, Select, Table, type TableColumnsType } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Chart } from '../../components/chart/Chart';
import { extremes, formatValue, toPercent, type ChartModel } from '../../components/chart/model';
import { PageHeading } from '../../components/PageHeading';
import { TicketTable } from '../../components/TicketTable';
import { usePagedTickets } from '../../components/usePagedTickets';
import type { DashboardFiguresFragment, DepartmentRankingQuery as RankingResult } from '../../gql/graphql';
import { usePreferences } from '../../preferences/PreferencesProvider';
import { useLocalName } from '../catalogue/hooks';
import { ExportButton } from './ExportButton';
import { PeriodScopeForm, usePeriodScope } from './PeriodScopeForm';
import { lastDay, monthOf, recentMonths } from './period';
import { DepartmentRankingQuery, OverdueTicketsQuery, OversightDashboardQuery, ProblemTicketsQuery } from './queries';
import { departmentRows, exportUrl, overdueTotal, ratesByDepartment, ratesOverTime, THREE_RATES, type DepartmentFigures, type RateKey } from './shape';

type T = ReturnType<typeof useTranslation>['t'];

/** "66.7% (2/3)": the rate and what it is built from, or "no data". */
function RateCell({ rate, num, den, metric }: { rate: number | null; num: number; den: number; metric: string }) {
  const { t, i18n } = useTranslation();
  const v = formatValue(toPercent(rate), true, i18n.language);
  if (v === null) return <span data-metric={metric}>{t('charts.noValue')}</span>;
  return (
    <span data-metric={metric}>
      {v} <span className="ms-muted">({t('oversight.ofCount', { num, den })})</span>
    </span>
  );
}

function rateParts(f: DashboardFiguresFragment, k: RateKey): { num: number; den: number } {
  switch (k) {
    case 'onTimeReply':
      return { num: f.counts.repliedOnTime, den: f.counts.replyDue };
    case 'resolution':
      return { num: f.counts.solved, den: f.counts.rated };
    case 'satisfaction':
      return { num: f.counts.satisfied, den: f.counts.rated };
  }
}

/** The chart's text alternative: what it shows, and each rate's best and worst. */
function summarise(t: T, intro: string, model: ChartModel, language: string): string {
  const parts = extremes(model).map((e) =>
    e.highest && e.lowest
      ? t('charts.extremes', {
          series: e.series,
          high: e.highest.category,
          highValue: formatValue(e.highest.value, true, language),
          low: e.lowest.category,
          lowValue: formatValue(e.lowest.value, true, language),
        })
      : t('charts.seriesEmpty', { series: e.series }),
  );
  return [intro, ...parts].join(' ');
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { elderly } = usePreferences();
  const name = useLocalName();
  const scope = usePeriodScope();
  const { today, period, departmentId, departmentOptions } = scope;
  const rateName = (k: RateKey) => t(`oversight.rate.${k}`);

  const scoped = period ? { from: period.from, to: period.to, ...(departmentId ? { departmentId } : {}) } : null;
  const [{ data, error, fetching }] = useQuery({
    query: OversightDashboardQuery,
    variables: {
      filter: { from: period?.from ?? today, to: period?.to ?? today },
      scoped: scoped ?? { from: today, to: today },
      interval: period?.interval ?? 'DAY',
    },
    pause: !period,
  });

  const rows = useMemo(() => departmentRows(data?.metrics ?? [], name), [data, name]);
  const byDepartment = useMemo(() => ratesByDepartment(rows, rateName, t('oversight.department')), [rows, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const intervalWord = t(`oversight.interval.${period?.interval ?? 'DAY'}`);
  const overTime = useMemo(
    () => ratesOverTime(data?.metricTrend ?? [], rateName, intervalWord),
    [data, t, intervalWord], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const periodText = period ? t('oversight.periodText', { from: period.from, to: lastDay(period) }) : '';
  const scopeName = departmentId ? (departmentOptions.find((o) => o.value === departmentId)?.label ?? '') : t('oversight.wholeCity');
  const total = data?.metricsTotal;

  const fact = (label: string, value: ReactNode, metric: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-metric={metric}>{value}</dd>
    </div>
  );
  const columns: (TableColumnsType<DepartmentFigures>[number] & { secondary?: boolean })[] = [
    {
      key: 'name',
      title: t('oversight.department'),
      render: (_, r) => <span className={`ms-depth-${Math.min(r.depth, 3)}`}>{r.name}</span>,
    },
    { key: 'dispatched', title: t('oversight.count.dispatched'), secondary: true, render: (_, r) => <span data-metric="dispatched">{r.figures.counts.dispatched}</span> },
    { key: 'rated', title: t('oversight.count.rated'), render: (_, r) => <span data-metric="rated">{r.figures.counts.rated}</span> },
    ...THREE_RATES.map((k) => ({
      key: k,
      title: rateName(k),
      render: (_: unknown, r: DepartmentFigures) => <RateCell rate={r.figures.rates[k]} metric={k} {...rateParts(r.figures, k)} />,
    })),
    { key: 'overdue', title: t('oversight.overdueNow'), render: (_, r) => <span data-metric="overdue">{r.overdueOpen ?? t('charts.noValue')}</span> },
    {
      key: 'orders',
      title: t('oversight.openOrders'),
      secondary: true,
      render: (_, r) => <span data-metric="orders">{r.openSupervisionOrders ?? t('charts.noValue')}</span>,
    },
  ];

  return (
    <div className="ms-page ms-dashboard">
      <PageHeading>{t('oversight.title')}</PageHeading>
      <p>{t('oversight.intro')}</p>

      <section className="ms-filters" aria-labelledby="period-heading">
        <h2 id="period-heading" className="ms-visually-hidden">
          {t('oversight.period')}
        </h2>
        <PeriodScopeForm
          idPrefix="scope-"
          scopeLabel={t('oversight.scope')}
          {...scope.form}
        />
        <p className="ms-count" aria-live="polite">
          {!period ? t('oversight.chooseRange') : fetching && !data ? t('app.loading') : t('oversight.showing', { period: periodText, scope: scopeName })}
        </p>
      </section>

      <ApiErrorAlert error={error} />

      {total ? (
        <section className="ms-section" aria-labelledby="totals-heading">
          <h2 id="totals-heading">{t('oversight.totals', { scope: scopeName })}</h2>
          <dl className="ms-facts ms-kpis">
            {fact(t('oversight.count.dispatched'), total.counts.dispatched, 'total-dispatched')}
            {fact(t('oversight.count.rated'), total.counts.rated, 'total-rated')}
            {THREE_RATES.map((k) => (
              <div key={k}>
                <dt>{rateName(k)}</dt>
                <dd data-metric={`total-${k}`}>
                  <RateCell rate={total.rates[k]} metric={k} {...rateParts(total, k)} />
                </dd>
              </div>
            ))}
            {!departmentId ? fact(t('oversight.overdueNow'), overdueTotal(rows), 'total-overdue') : null}
          </dl>
        </section>
      ) : null}

      {data ? (
        <>
          <section className="ms-section" aria-labelledby="by-department-heading">
            <h2 id="by-department-heading">{t('oversight.byDepartment')}</h2>
            <Chart
              id="chart-by-department"
              title={t('oversight.byDepartmentChart', { period: periodText })}
              model={byDepartment}
              summary={summarise(t, t('oversight.byDepartmentSummary', { period: periodText, count: rows.length }), byDepartment, i18n.language)}
            />
            <h3>{t('oversight.departmentTable')}</h3>
            <p className="ms-muted">{t('oversight.departmentTableHint')}</p>
            <Table<DepartmentFigures>
              className="ms-metrics-table"
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={rows}
              columns={columns.filter((c) => !(elderly && c.secondary)).map(({ secondary: _s, ...c }) => c)}
              caption={<span className="ms-visually-hidden">{t('oversight.departmentTable')}</span>}
              locale={{ emptyText: <span className="ms-empty">{t('common.noData')}</span> }}
            />
          </section>

          <section className="ms-section" aria-labelledby="trend-heading">
            <h2 id="trend-heading">{t('oversight.trend', { scope: scopeName })}</h2>
            <Chart
              id="chart-trend"
              title={t('oversight.trendChart', { scope: scopeName, interval: intervalWord })}
              model={overTime}
              summary={summarise(t, t('oversight.trendSummary', { scope: scopeName, period: periodText, count: overTime.categories.length, interval: intervalWord }), overTime, i18n.language)}
            />
          </section>
        </>
      ) : null}

      <RankingSection today={today} />
      <TicketsSection kind="overdue" />
      <TicketsSection kind="problem" />

      {period ? (
        <section className="ms-section" aria-labelledby="export-heading">
          <h2 id="export-heading">{t('oversight.export.title')}</h2>
          <p>{t('oversight.export.intro', { period: periodText, scope: scopeName })}</p>
          <ExportButton
            url={exportUrl(period, departmentId)}
            fallbackName={`minsheng-tickets-${period.from}-to-${period.to}.csv`}
            label={t('oversight.export.button')}
          />
        </section>
      ) : null}
    </div>
  );
}

type RankingRow = RankingResult['departmentRanking']['rows'][number];

function RankingSection({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const months = recentMonths(today, 12);
  const [month, setMonth] = useState(monthOf(today));
  const [{ data, error }] = useQuery({ query: DepartmentRankingQuery, variables: { month } });
  const pct = (v: number | null | undefined) => formatValue(toPercent(v), true, i18n.language) ?? t('charts.noValue');
  const w = data?.departmentRanking.weights;
  return (
    <section className="ms-section" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">{t('oversight.ranking.title')}</h2>
      <Form layout="inline">
        <Form.Item label={t('oversight.ranking.month')} htmlFor="ranking-month">
          <Select id="ranking-month" className="ms-filter-select" value={month} onChange={setMonth} options={months.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
      </Form>
      {w ? <p className="ms-muted">{t('oversight.ranking.weights', { response: w.response, resolution: w.resolution, satisfaction: w.satisfaction })}</p> : null}
      <ApiErrorAlert error={error} />
      <Table<RankingRow>
        className="ms-ranking-table"
        rowKey={(r) => r.department.id}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data?.departmentRanking.rows ?? []}
        caption={<span className="ms-visually-hidden">{t('oversight.ranking.title')}</span>}
        locale={{ emptyText: <span className="ms-empty">{t('common.noData')}</span> }}
        columns={[
          { key: 'rank', title: t('oversight.ranking.rank'), render: (_, r) => r.rank ?? t('oversight.ranking.unranked') },
          { key: 'department', title: t('oversight.department'), render: (_, r) => name(r.department) },
          {
            key: 'score',
            title: t('oversight.ranking.score'),
            render: (_, r) => (r.score === null ? t('charts.noValue') : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(r.score)),
          },
          {
            key: 'mark',
            title: t('oversight.ranking.mark'),
            render: (_, r) =>
              r.top ? (
                <span className="ms-flag ms-flag--good">
                  <CaretUpOutlined aria-hidden /> {t('oversight.ranking.top')}
                </span>
              ) : r.bottom ? (
                <span className="ms-flag ms-flag--bad">
                  <CaretDownOutlined aria-hidden /> {t('oversight.ranking.bottom')}
                </span>
              ) : null,
          },
          { key: 'response', title: t('oversight.rate.response'), render: (_, r) => pct(r.figures.rates.response) },
          { key: 'resolution', title: t('oversight.rate.resolution'), render: (_, r) => pct(r.figures.rates.resolution) },
          { key: 'satisfaction', title: t('oversight.rate.satisfaction'), render: (_, r) => pct(r.figures.rates.satisfaction) },
          { key: 'rated', title: t('oversight.count.rated'), render: (_, r) => r.figures.counts.rated },
        ]}
      />
    </section>
  );
}

function TicketsSection({ kind }: { kind: 'overdue' | 'problem' }) {
  const { t } = useTranslation();
  const overdue = usePagedTickets(OverdueTicketsQuery, {}, (d) => d.searchTickets, kind !== 'overdue');
  const problem = usePagedTickets(ProblemTicketsQuery, { openOnly: true }, (d) => d.problemTickets, kind !== 'problem');
  const list = kind === 'overdue' ? overdue : problem;
  const title = t(`oversight.tickets.${kind}`);
  return (
    <section className="ms-section" aria-labelledby={`${kind}-heading`}>
      <h2 id={`${kind}-heading`}>{title}</h2>
      <p className="ms-muted">{t(`oversight.tickets.${kind}Hint`)}</p>
      <ApiErrorAlert error={list.error} />
      <p className="ms-count" aria-live="polite">
        {list.fetching && list.rows.length === 0 ? t('app.loading') : t('common.total', { count: list.totalCount })}
      </p>
      <TicketTable rows={list.rows} loading={list.fetching} caption={title} />
      {list.hasMore ? (
        <Button className="ms-after-table" onClick={list.loadMore}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
