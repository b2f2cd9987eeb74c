/**
 * "Tickets I follow": other people's tickets a resident chose to follow instead of filing the
 * same matter again (the emails about their progress link here). Each can be unfollowed.
 * These are not the resident's own tickets, so there is no ticket page to open: the row shows
 * their progress (state, department, replied, closed).
 */
import { Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { StateTag } from '../../components/StateTag';
import type { FollowedTicketsQuery as FollowedResult } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { usePreferences } from '../../preferences/PreferencesProvider';
import { useLocalName } from '../catalogue/hooks';
import { FollowedTicketsQuery, UnfollowTicketMutation } from './queries';
import '../../styles/matters.css';

type Row = FollowedResult['followedTickets'][number];

export function FollowingPage() {
  const { t, i18n } = useTranslation();
  const { elderly } = usePreferences();
  const name = useLocalName();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: FollowedTicketsQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: unfollowing }, unfollow] = useMutation(UnfollowTicketMutation);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const rows = data?.followedTickets ?? [];

  const onUnfollow = async (r: Row) => {
    setProblems([]);
    setDone(null);
    setBusy(r.reference);
    const res = await unfollow({ reference: r.reference });
    setBusy(null);
    if (res.data?.unfollowTicket) {
      setDone(t('following.unfollowed', { reference: r.reference }));
      reexecute({ requestPolicy: 'network-only' });
    } else setProblems(problemsOf(res.error));
  };

  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : t('common.none'));
  const columns: (TableColumnsType<Row>[number] & { secondary?: boolean })[] = [
    {
      key: 'reference',
      title: t('tickets.reference'),
      // Following gives no access to the ticket itself (its page or tracking need the filer's
      // rights or code): its progress is what this row shows, and what the emails say.
      render: (_, r) => <span className="ms-reference">{r.reference}</span>,
    },
    { key: 'title', title: t('tickets.titleColumn'), dataIndex: 'title' },
    { key: 'state', title: t('tickets.state'), render: (_, r) => <StateTag state={r.state} /> },
    // Right after the state, so that it is in view without scrolling the table sideways.
    {
      key: 'unfollow',
      title: t('following.actions'),
      render: (_, r) => (
        <Button onClick={() => void onUnfollow(r)} loading={unfollowing && busy === r.reference} aria-label={t('following.unfollowNamed', { reference: r.reference })}>
          {t('following.unfollow')}
        </Button>
      ),
    },
    { key: 'department', title: t('tickets.department'), secondary: true, render: (_, r) => name(r.department) || t('common.none') },
    { key: 'repliedAt', title: t('following.repliedAt'), render: (_, r) => when(r.repliedAt) },
    { key: 'closedAt', title: t('following.closedAt'), secondary: true, render: (_, r) => when(r.closedAt) },
    { key: 'followedAt', title: t('following.followedAt'), secondary: true, render: (_, r) => when(r.followedAt) },
    { key: 'filedAt', title: t('tickets.filedAt'), secondary: true, render: (_, r) => when(r.filedAt) },
  ];
  const shown = columns.filter((c) => !(elderly && c.secondary)).map(({ secondary: _s, ...c }) => c);

  return (
    <div className="ms-page">
      <PageHeading>{t('following.title')}</PageHeading>
      <p>{t('following.intro')}</p>
      <div aria-live="polite">{done ? <p className="ms-saved">{done}</p> : null}</div>
      <ApiErrorAlert problems={problems} />
      <ApiErrorAlert error={error} onReload={() => reexecute({ requestPolicy: 'network-only' })} />
      <Table<Row>
        className="ms-ticket-table"
        rowKey="reference"
        dataSource={rows}
        columns={shown}
        loading={fetching && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="ms-empty">{t('following.empty')}</span> }}
        caption={<span className="ms-visually-hidden">{t('following.title')}</span>}
      />
      <p className="ms-after-table">
        <Link to="/file">{t('nav.file')}</Link>
      </p>
    </div>
  );
}
