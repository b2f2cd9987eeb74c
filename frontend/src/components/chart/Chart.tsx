/**
 * A chart with its text alternatives: a one-sentence summary (the chart's accessible name), and
 * the figures as a table, shown under the chart. Screen-reader users and keyboard users get
 * every figure from the table; the canvas itself is an image.
 */
import { Table } from 'antd';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../preferences/PreferencesProvider';
import { echartsOption } from './echartsOption';
import { formatValue, type ChartModel } from './model';

const EChartCanvas = lazy(() => import('./EChartCanvas'));

export function chartHeight(model: ChartModel, large: boolean): number {
  if (model.kind === 'bar') {
    const band = (large ? 30 : 22) * Math.max(1, model.series.length) + 16;
    return Math.max(large ? 360 : 280, 80 + model.categories.length * band);
  }
  return large ? 420 : 340;
}

export function Chart({
  id,
  title,
  summary,
  model,
  cell,
  tableNote,
}: {
  id: string;
  title: string;
  /** What the chart shows, in one or two sentences: its accessible name. */
  summary: string;
  model: ChartModel;
  /** How a cell reads; by default the value, or "no data". */
  cell?: (seriesIndex: number, categoryIndex: number) => ReactNode;
  tableNote?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { elderly } = usePreferences();
  const option = useMemo(() => echartsOption(model, { language: i18n.language, large: elderly }), [model, i18n.language, elderly]);
  const height = chartHeight(model, elderly);
  const empty = model.categories.length === 0;
  const read =
    cell ??
    ((s: number, c: number) => {
      const series = model.series[s];
      if (series.suppressed?.[c]) return t('charts.suppressed');
      return formatValue(series.data[c], !!model.percent, i18n.language) ?? t('charts.noValue');
    });
  const rows = model.categories.map((category, c) => ({ key: String(c), category, c }));
  return (
    <figure className="ms-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="ms-chart-title">
        {title}
      </figcaption>
      {empty ? (
        <p className="ms-empty">{t('charts.empty')}</p>
      ) : (
        <div role="img" aria-label={summary} className="ms-chart-image">
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <EChartCanvas option={option} height={height} />
          </Suspense>
        </div>
      )}
      <p className="ms-chart-summary">{summary}</p>
      {!empty ? (
        <details className="ms-chart-data">
          <summary>{t('charts.showTable')}</summary>
          {tableNote}
          <Table
            className="ms-chart-table"
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={rows}
            caption={<span className="ms-visually-hidden">{title}</span>}
            columns={[
              { key: 'category', title: model.categoryTitle, dataIndex: 'category' },
              ...model.series.map((s, i) => ({
                key: s.key,
                title: s.name,
                render: (_: unknown, r: { c: number }) => read(i, r.c),
              })),
            ]}
          />
        </details>
      ) : null}
    </figure>
  );
}
