import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketRowFieldsFragment } from '../gql/graphql';
import { useLocalName } from '../features/catalogue/hooks';
import { formatDateTime } from '../lib/time';
import { usePreferences } from '../preferences/PreferencesProvider';
import { DeadlineBadge } from './DeadlineBadge';
import { PriorityTag, StateTag } from './StateTag';

type Column = TableColumnsType<TicketRowFieldsFragment>[number] & {
  /** Hidden in elderly mode, which keeps the layout simple. */
  secondary?: boolean;
};

/** A list of tickets: reference (a link to the ticket), title, state, deadline and details. */
export function TicketTable({
  rows,
  loading,
  showDeadline = true,
  caption,
}: {
  rows: TicketRowFieldsFragment[];
  loading?: boolean;
  showDeadline?: boolean;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const { elderly } = usePreferences();
  const columns: Column[] = [
    ...(showDeadline
      ? [
          {
            key: 'deadline',
            title: t('tickets.deadline'),
            render: (_: unknown, r: TicketRowFieldsFragment) => <DeadlineBadge ticket={r} />,
          } satisfies Column,
        ]
      : []),
    {
      key: 'reference',
      title: t('tickets.reference'),
      render: (_, r) => (
        <Link to={`/tickets/${r.id}`} className="ms-reference">
          {r.reference}
        </Link>
      ),
    },
    { key: 'title', title: t('tickets.titleColumn'), dataIndex: 'title' },
    { key: 'state', title: t('tickets.state'), render: (_, r) => <StateTag state={r.state} /> },
    { key: 'priority', title: t('tickets.priority'), render: (_, r) => <PriorityTag priority={r.priority} /> },
    { key: 'kind', title: t('tickets.kind'), secondary: true, render: (_, r) => t(`enums.TicketKind.${r.kind}`) },
    { key: 'category', title: t('tickets.category'), secondary: true, render: (_, r) => name(r.category) },
    { key: 'department', title: t('tickets.department'), secondary: true, render: (_, r) => name(r.department) },
    {
      key: 'filedAt',
      title: t('tickets.filedAt'),
      secondary: true,
      render: (_, r) => formatDateTime(r.filedAt, i18n.language),
    },
  ];
  const shown = columns.filter((c) => !(elderly && c.secondary)).map(({ secondary: _s, ...c }) => c);
  return (
    <Table<TicketRowFieldsFragment>
      className="ms-ticket-table"
      rowKey="id"
      dataSource={rows}
      columns={shown}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <span className="ms-empty">{t('common.noData')}</span> }}
      caption={<span className="ms-visually-hidden">{caption}</span>}
    />
  );
}
