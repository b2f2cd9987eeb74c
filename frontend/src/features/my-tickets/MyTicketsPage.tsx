import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TicketListPage } from '../../components/TicketListPage';
import { usePagedTickets } from '../../components/usePagedTickets';
import { MyTicketsQuery } from './queries';

export function MyTicketsPage() {
  const { t } = useTranslation();
  const list = usePagedTickets(MyTicketsQuery, {}, (d) => d.myTickets);
  return (
    <>
      <TicketListPage title={t('tickets.myTitle')} list={list} empty={t('tickets.myEmpty')} />
      <p>
        <Link to="/file">{t('nav.file')}</Link>
      </p>
    </>
  );
}
