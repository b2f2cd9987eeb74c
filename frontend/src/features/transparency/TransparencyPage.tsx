/**
 * The public transparency dashboard (SPEC §9), for anyone, without signing in: a month's on-time
 * and satisfaction rates by department as a chart and a table, the same figures per category,
 * the published deadlines, and the open-data downloads. Figures built from too few tickets are
 * withheld by the server and shown as withheld, never guessed.
 */
import { DownloadOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { Form, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Chart } from '../../components/chart/Chart';
import { extremes, formatValue } from '../../components/chart/model';
import { PageHeading } from '../../components/PageHeading';
import type { PublicStatsFieldsFragment, PublicSlaQuery as SlaResult } from '../../gql/graphql';
import { usePreferences } from '../../preferences/PreferencesProvider';
import { useLocalName } from '../catalogue/hooks';
import { cityToday, recentMonths } from '../oversight/period';
import { PublicSlaQuery, TransparencyQuery } from './queries';
import { PUBLIC_CHART_RATES, publicCellText, publicRatesChart, suppressedCount, targetText, type CellKind, type PublicRate } from './shape';

type StatsRow = { key: string; name: string; stats: PublicStatsFieldsFragment };

const COLUMNS: { key: Exclude<keyof PublicStatsFieldsFragment, '__typename'>; kind: CellKind; secondary?: boolean }[] = [
  { key: 'tickets', kind: 'count' },
  { key: 'onTimeAcceptRate', kind: 'rate', secondary: true },
  { key: 'onTimeReplyRate', kind: 'rate' },
  { key: 'medianReplyHours', kind: 'hours', secondary: true },
  { key: 'resolutionRate', kind: 'rate', secondary: true },
  { key: 'satisfactionRate', kind: 'rate' },
];

function useCellText(minimum: number) {
  const { t, i18n } = useTranslation();
  return (cell: { value: number | null; suppressed: boolean }, kind: CellKind) =>
    publicCellText(cell, kind, i18n.language, {
      suppressed: t('transparency.suppressedCell', { min: minimum }),
      empty: t('transparency.emptyCell'),
      hours: (n) => t('transparency.hours', { n }),
    });
}

function StatsTable({ rows, minimum, firstTitle, caption, testid }: { rows: StatsRow[]; minimum: number; firstTitle: string; caption: string; testid: string }) {
  const { t } = useTranslation();
  const { elderly } = usePreferences();
  const text = useCellText(minimum);
  return (
    <Table<StatsRow>
      className="ms-public-table"
      data-testid={testid}
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      caption={<span className="ms-visually-hidden">{caption}</span>}
      locale={{ emptyText: <span className="ms-empty">{t('common.noData')}</span> }}
      columns={[
        { key: 'name', title: firstTitle, dataIndex: 'name' },
        ...COLUMNS.filter((c) => !(elderly && c.secondary)).map((c) => ({
          key: c.key,
          title: t(`transparency.column.${c.key}`),
          render: (_: unknown, r: StatsRow) => {
            const cell = r.stats[c.key];
            return cell.suppressed ? (
              <span className="ms-suppressed" data-suppressed="true">
                <EyeInvisibleOutlined aria-hidden /> {text(cell, c.kind)}
              </span>
            ) : (
              text(cell, c.kind)
            );
          },
        })),
      ]}
    />
  );
}

export function TransparencyPage() {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const months = recentMonths(cityToday(), 12, false);
  const [month, setMonth] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: TransparencyQuery, variables: { month } });
  const [sla] = useQuery({ query: PublicSlaQuery });

  const table = data?.publicDepartmentStats;
  const shown = table?.month ?? month ?? months[0];
  const minimum = table?.minimumCount ?? 5;
  const departments: StatsRow[] = useMemo(
    () => (table?.rows ?? []).map((r) => ({ key: r.department.id, name: name(r.department), stats: r.stats })),
    [table, name],
  );
  const categories: StatsRow[] = useMemo(
    () => (data?.publicCategoryStats.rows ?? []).map((r) => ({ key: r.category.id, name: name(r.category), stats: r.stats })),
    [data, name],
  );
  const rateName = (r: PublicRate) => t(`transparency.column.${r}`);
  const model = useMemo(
    () => publicRatesChart(departments, PUBLIC_CHART_RATES, rateName, t('transparency.department'), t('charts.suppressed')),
    [departments, t], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const withheld = suppressedCount(model);
  const summary = [
    t('transparency.chartSummary', { month: shown, count: departments.length }),
    ...extremes(model).map((e) =>
      e.highest && e.lowest
        ? t('charts.extremes', {
            series: e.series,
            high: e.highest.category,
            highValue: formatValue(e.highest.value, true, i18n.language),
            low: e.lowest.category,
            lowValue: formatValue(e.lowest.value, true, i18n.language),
          })
        : t('charts.seriesEmpty', { series: e.series }),
    ),
    withheld > 0 ? t('transparency.withheldSummary', { count: withheld, min: minimum }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="ms-page ms-transparency">
      <PageHeading>{t('transparency.title')}</PageHeading>
      <p className="ms-lead">{t('transparency.intro')}</p>
      <section className="ms-filters" aria-label={t('transparency.monthLabel')}>
        <Form layout="inline">
          <Form.Item label={t('transparency.monthLabel')} htmlFor="public-month">
            <Select
              id="public-month"
              className="ms-filter-select"
              value={shown}
              onChange={(m: string) => setMonth(m)}
              options={months.map((m) => ({ value: m, label: m }))}
            />
          </Form.Item>
        </Form>
        <p className="ms-count" aria-live="polite">
          {fetching && !data ? t('app.loading') : t('transparency.showing', { month: shown })}
        </p>
      </section>
      <ApiErrorAlert error={error} />
      <p className="ms-privacy-note">
        <EyeInvisibleOutlined aria-hidden /> {t('transparency.privacy', { min: minimum })}
      </p>
      {data ? (
        <>
          <section className="ms-section" aria-labelledby="public-departments">
            <h2 id="public-departments">{t('transparency.byDepartment')}</h2>
            <Chart
              id="chart-public"
              title={t('transparency.chartTitle', { month: shown })}
              model={model}
              summary={summary}
              tableNote={withheld > 0 ? <p className="ms-muted">{t('transparency.withheldSummary', { count: withheld, min: minimum })}</p> : null}
            />
            <h3>{t('transparency.departmentTable')}</h3>
            <StatsTable rows={departments} minimum={minimum} firstTitle={t('transparency.department')} caption={t('transparency.departmentTable')} testid="public-departments" />
          </section>
          <section className="ms-section" aria-labelledby="public-categories">
            <h2 id="public-categories">{t('transparency.byCategory')}</h2>
            <StatsTable rows={categories} minimum={minimum} firstTitle={t('transparency.category')} caption={t('transparency.byCategory')} testid="public-categories" />
          </section>
        </>
      ) : null}
      <SlaTargets data={sla.data} />
      <ApiErrorAlert error={sla.error} />
      <section className="ms-section" aria-labelledby="open-data">
        <h2 id="open-data">{t('transparency.openData')}</h2>
        <p>{t('transparency.openDataIntro')}</p>
        <ul className="ms-downloads">
          <li>
            <a href={`/open-data/departments.csv?month=${shown}`} download>
              <DownloadOutlined aria-hidden /> {t('transparency.downloadDepartments', { month: shown })}
            </a>
          </li>
          <li>
            <a href={`/open-data/categories.csv?month=${shown}`} download>
              <DownloadOutlined aria-hidden /> {t('transparency.downloadCategories', { month: shown })}
            </a>
          </li>
          <li>
            <a href="/open-data/sla-targets.csv" download>
              <DownloadOutlined aria-hidden /> {t('transparency.downloadSla')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}

type SlaEntry = SlaResult['slaPolicy']['entries'][number];

function SlaTargets({ data }: { data: SlaResult | undefined }) {
  const { t } = useTranslation();
  const { elderly } = usePreferences();
  if (!data) return null;
  const words = {
    none: t('transparency.target.none'),
    workingDays: (n: number) => t('transparency.target.workingDays', { count: n }),
    workingHours: (n: number) => t('transparency.target.workingHours', { count: n }),
    workingMinutes: (n: number) => t('transparency.target.workingMinutes', { count: n }),
    calendarHours: (n: number) => t('transparency.target.calendarHours', { count: n }),
    calendarMinutes: (n: number) => t('transparency.target.calendarMinutes', { count: n }),
  };
  const p = data.slaPolicy;
  return (
    <section className="ms-section" aria-labelledby="sla-targets">
      <h2 id="sla-targets">{t('transparency.slaTitle')}</h2>
      <p>{t('transparency.slaIntro')}</p>
      <Table<SlaEntry>
        className="ms-sla-table"
        rowKey={(e) => `${e.kind}-${e.priority}`}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={p.entries}
        caption={<span className="ms-visually-hidden">{t('transparency.slaTitle')}</span>}
        columns={[
          { key: 'kind', title: t('tickets.kind'), render: (_, e) => t(`enums.TicketKind.${e.kind}`) },
          { key: 'priority', title: t('tickets.priority'), render: (_, e) => t(`enums.Priority.${e.priority}`) },
          ...(elderly ? [] : [{ key: 'dispatch', title: t('admin.sla.dispatchWithin'), render: (_: unknown, e: SlaEntry) => targetText(e.dispatchWithin, words) }]),
          { key: 'accept', title: t('admin.sla.acceptWithin'), render: (_, e) => targetText(e.acceptWithin, words) },
          { key: 'reply', title: t('admin.sla.replyWithin'), render: (_, e) => targetText(e.replyWithin, words) },
        ]}
      />
      <dl className="ms-facts">
        <div>
          <dt>{t('transparency.returnWithin')}</dt>
          <dd>{targetText(p.returnWithin, words)}</dd>
        </div>
        <div>
          <dt>{t('transparency.extensions')}</dt>
          <dd>{t('transparency.extensionsText', { count: p.maxExtensions, each: targetText(p.maxExtension, words) })}</dd>
        </div>
        <div>
          <dt>{t('transparency.reopenWindow')}</dt>
          <dd>{targetText(p.reopenWindow, words)}</dd>
        </div>
        <div>
          <dt>{t('transparency.ratingWindow')}</dt>
          <dd>{targetText(p.ratingWindow, words)}</dd>
        </div>
      </dl>
    </section>
  );
}
