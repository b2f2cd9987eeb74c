import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketRowFieldsFragment } from '../gql/graphql';
import { ApiErrorAlert } from './ApiErrorAlert';
import { PageHeading } from './PageHeading';
import { TicketTable } from './TicketTable';
import type { usePagedTickets } from './usePagedTickets';

/** The frame shared by the queue, inbox, search and "my requests" pages. */
export function TicketListPage({
  title,
  intro,
  filters,
  list,
  showDeadline,
  empty,
  live,
}: {
  title: string;
  intro?: string;
  filters?: ReactNode;
  list: ReturnType<typeof usePagedTickets<unknown, never, TicketRowFieldsFragment>>;
  showDeadline?: boolean;
  empty?: string;
  /** A line saying the list just changed, live. */
  live?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="ms-page">
      <PageHeading>{title}</PageHeading>
      {intro ? <Typography.Paragraph>{intro}</Typography.Paragraph> : null}
      {filters}
      {live}
      <ApiErrorAlert error={list.error} />
      <p className="ms-count" aria-live="polite">
        {list.fetching && list.rows.length === 0 ? t('app.loading') : t('common.total', { count: list.totalCount })}
      </p>
      {!list.fetching && !list.error && list.rows.length === 0 && empty ? <p>{empty}</p> : null}
      <TicketTable rows={list.rows} loading={list.fetching} showDeadline={showDeadline} caption={title} />
      <Space className="ms-after-table">
        {list.hasMore ? <Button onClick={list.loadMore}>{t('common.loadMore')}</Button> : null}
        <Button onClick={list.refresh}>{t('common.reload')}</Button>
      </Space>
    </div>
  );
}
