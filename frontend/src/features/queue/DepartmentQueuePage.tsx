import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TicketFilters } from '../../components/TicketFilters';
import { TicketListPage } from '../../components/TicketListPage';
import { usePagedTickets } from '../../components/usePagedTickets';
import type { TicketFilterInput } from '../../gql/graphql';
import { useAuth } from '../auth/AuthProvider';
import { LiveNotice } from '../live/LiveNotice';
import { useQueueChanges } from '../live/useLive';
import { DepartmentQueueQuery } from './queries';

/** A department's open tickets, nearest deadline first, with yellow / overdue / paused badges. */
export function DepartmentQueuePage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const [filter, setFilter] = useState<TicketFilterInput>({});
  const list = usePagedTickets(DepartmentQueueQuery, { filter }, (d) => d.departmentQueue);
  // Live: the queue reloads when one of its tickets changes (staff: their department; others:
  // the department they chose, or every department).
  const change = useQueueChanges(role === 'STAFF' ? null : filter.departmentId, list.refresh);
  return (
    <TicketListPage
      live={<LiveNotice event={change} what="queue" />}
      title={t('queue.title')}
      intro={t('queue.intro')}
      list={list}
      showDeadline
      filters={
        <TicketFilters
          onChange={setFilter}
          states={['DISPATCHED', 'ACCEPTED', 'AWAITING_RESIDENT', 'REPLIED']}
          withDepartment={role !== 'STAFF'}
        />
      }
    />
  );
}
