import { useTranslation } from 'react-i18next';
import { TicketListPage } from '../../components/TicketListPage';
import { usePagedTickets } from '../../components/usePagedTickets';
import { InboxQuery } from './queries';

/** The hotline centre's inbox: submitted and returned tickets, waiting to be dispatched. */
export function InboxPage() {
  const { t } = useTranslation();
  const list = usePagedTickets(InboxQuery, {}, (d) => d.inbox);
  return <TicketListPage title={t('queue.inboxTitle')} intro={t('queue.inboxIntro')} list={list} showDeadline={false} />;
}
