/**
 * One ticket, for everyone who may read it: the facts, the actions the viewer may take now, the
 * extension requests, and the history. Residents answer, rate, reopen and withdraw here; staff
 * work the ticket; agents dispatch, decide, merge and refuse; supervisors supervise.
 */
import { FlagOutlined, LockOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { Alert, Col, Row, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { PageHeading } from '../../components/PageHeading';
import { PriorityTag, StateTag } from '../../components/StateTag';
import type { TicketAction } from '../../gql/graphql';
import { hasCode, problemsOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { usePreferences } from '../../preferences/PreferencesProvider';
import { useAuth } from '../auth/AuthProvider';
import { useLocalName } from '../catalogue/hooks';
import { TicketAttachments } from '../attachments/TicketAttachments';
import { PossibleDuplicates } from '../duplicates/PossibleDuplicates';
import { ActionPanel } from '../ticket-actions/ActionPanel';
import { ExtensionRequests } from '../ticket-actions/ExtensionRequests';
import { LiveNotice } from '../live/LiveNotice';
import { useLiveTicket } from '../live/useLive';
import { ContactDetails } from './ContactDetails';
import { TicketQuery } from './queries';
import { TicketTimeline } from './Timeline';

const OFFICIALS = new Set(['AGENT', 'STAFF', 'SUPERVISOR', 'ADMIN']);

export function TicketDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { role } = useAuth();
  const { elderly } = usePreferences();
  const name = useLocalName();
  const navigate = useNavigate();
  const [done, setDone] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: TicketQuery, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  // Live: another person's change (or the sweep's) shows at once, without a reload.
  const live = useLiveTicket(id, data?.ticket, !role);
  const ticket = live.ticket;
  const problems = problemsOf(error);

  if (!ticket) {
    if (fetching) return <Spin aria-label={t('app.loading')} />;
    const missing = hasCode(problems, 'NOT_FOUND') || hasCode(problems, 'FORBIDDEN') || hasCode(problems, 'BAD_USER_INPUT');
    return (
      <div className="ms-page">
        <PageHeading>{t('tickets.detailTitle')}</PageHeading>
        {missing ? <Alert type="error" showIcon message={t('tickets.notFound')} /> : <ApiErrorAlert problems={problems} onReload={reload} />}
      </div>
    );
  }

  const onDone = (action: TicketAction, updated: unknown) => {
    const label = t(`enums.TicketAction.${action}`);
    if (updated === null) {
      // A return takes the ticket out of the department's sight.
      setDone(t('actions.returnedGone'));
      navigate(role === 'STAFF' ? '/queue' : '/', { replace: false });
      return;
    }
    setDone(t('actions.done', { action: label }));
  };

  const fact = (label: string, value: ReactNode) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;

  const wide = elderly ? 24 : 15;
  const side = elderly ? 24 : 9;
  return (
    <div className="ms-page">
      <PageHeading title={`${ticket.reference} ${ticket.title}`}>
        <span className="ms-reference">{ticket.reference}</span> {ticket.title}
      </PageHeading>
      <p className="ms-status-line">
        <StateTag state={ticket.state} />
        <PriorityTag priority={ticket.priority} />
        <span>{t(`enums.TicketKind.${ticket.kind}`)}</span>
        <DeadlineBadge ticket={ticket} />
        {ticket.problem ? (
          <span className="ms-flag">
            <FlagOutlined aria-hidden /> {t('tickets.problem')}
          </span>
        ) : null}
        {ticket.confidential ? (
          <span className="ms-flag">
            <LockOutlined aria-hidden /> {t('tickets.confidential')}
          </span>
        ) : null}
        {ticket.anonymous ? (
          <span className="ms-flag">
            <UserDeleteOutlined aria-hidden /> {t('tickets.anonymous')}
          </span>
        ) : null}
      </p>
      <LiveNotice event={live.last} what="ticket" />
      <div aria-live="polite" className="ms-done">
        {done ? <Alert type="success" role="status" showIcon message={done} closable onClose={() => setDone(null)} /> : null}
      </div>
      <Row gutter={[32, 16]}>
        <Col xs={24} lg={side} order={elderly ? 0 : 1}>
          <section className="ms-section ms-actions-section" aria-labelledby="actions-heading">
            <h2 id="actions-heading">{t('tickets.actions')}</h2>
            <ActionPanel ticket={ticket} onDone={onDone} onReload={reload} />
          </section>
          <ExtensionRequests ticket={ticket} onDone={(u) => onDone('DECIDE_EXTENSION', u)} onReload={reload} />
          <PossibleDuplicates ticket={ticket} onMerged={(u) => onDone('MERGE', u)} onReload={reload} />
        </Col>
        <Col xs={24} lg={wide} order={0}>
          <section className="ms-section" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('tickets.detailTitle')}</h2>
            <dl className="ms-facts">
              {fact(t('tickets.category'), name(ticket.category))}
              {fact(t('tickets.department'), name(ticket.department))}
              {fact(t('tickets.filedAt'), formatDateTime(ticket.filedAt, i18n.language))}
              {fact(t('tickets.occurredAt'), formatDateTime(ticket.occurredAt, i18n.language))}
              {fact(t('tickets.address'), ticket.address)}
              {fact(t('tickets.district'), ticket.district)}
              {fact(t('tickets.replyDue'), formatDateTime(ticket.replyDue, i18n.language))}
              {!elderly ? fact(t('tickets.channel'), t(`enums.Channel.${ticket.channel}`)) : null}
              {role && OFFICIALS.has(role) && !elderly
                ? fact(
                    t('tickets.countsLabel'),
                    t('tickets.counts', {
                      redo: ticket.redoCount,
                      returns: ticket.returnCount,
                      departments: ticket.departmentCount,
                    }),
                  )
                : null}
            </dl>
            <h3>{t('tickets.description')}</h3>
            <p className="ms-pre ms-description">{ticket.description}</p>
          </section>
          <TicketAttachments attachments={ticket.attachments ?? []} />
          {role && OFFICIALS.has(role) ? <ContactDetails ticket={ticket} role={role} /> : null}
          <section className="ms-section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('tickets.timeline')}</h2>
            <TicketTimeline items={ticket.timeline} />
          </section>
        </Col>
      </Row>
    </div>
  );
}
