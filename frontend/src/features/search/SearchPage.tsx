import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TicketFilters } from '../../components/TicketFilters';
import { TicketListPage } from '../../components/TicketListPage';
import { usePagedTickets } from '../../components/usePagedTickets';
import type { TicketFilterInput } from '../../gql/graphql';
import { useAuth } from '../auth/AuthProvider';
import { SearchTicketsQuery } from './queries';

/** Search across every ticket the viewer may read, with overdue and problem filters. */
export function SearchPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const [filter, setFilter] = useState<TicketFilterInput>({});
  const list = usePagedTickets(SearchTicketsQuery, { filter }, (d) => d.searchTickets);
  return (
    <TicketListPage
      title={t('queue.searchTitle')}
      intro={t('queue.searchIntro')}
      list={list}
      showDeadline
      filters={<TicketFilters onChange={setFilter} withDepartment={role !== 'STAFF'} withProblem />}
    />
  );
}
