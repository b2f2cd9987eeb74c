/**
 * On the ticket page, for agents and supervisors: open tickets of the same topic that may be the
 * same matter, best first. An agent who may merge this ticket can merge it into one of them
 * (并单), after confirming in place; supervisors read the list only.
 */
import { MergeCellsOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { StateTag } from '../../components/StateTag';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { useAuth } from '../auth/AuthProvider';
import { distanceParts } from '../similar/rules';
import { MergeTicketMutation } from '../ticket-actions/queries';
import { PossibleDuplicatesQuery } from './queries';
import { mayMerge, percent, seesDuplicates } from './rules';
import '../../styles/matters.css';

export function PossibleDuplicates({
  ticket,
  onMerged,
  onReload,
}: {
  ticket: TicketDetailFieldsFragment;
  /** The ticket after the merge. */
  onMerged: (updated: TicketDetailFieldsFragment) => void;
  onReload: () => void;
}) {
  const { role } = useAuth();
  if (!seesDuplicates(role)) return null;
  return <DuplicateList ticket={ticket} onMerged={onMerged} onReload={onReload} />;
}

function DuplicateList({
  ticket,
  onMerged,
  onReload,
}: {
  ticket: TicketDetailFieldsFragment;
  onMerged: (updated: TicketDetailFieldsFragment) => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { role } = useAuth();
  const client = useClient();
  const [{ data, error }] = useQuery({
    query: PossibleDuplicatesQuery,
    variables: { id: ticket.id, first: 5 },
    requestPolicy: 'cache-and-network',
  });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const candidates = data?.ticket?.possibleDuplicates ?? [];
  const canMerge = mayMerge(role, ticket.availableActions);

  const merge = async (parentId: string) => {
    setBusy(true);
    setProblems([]);
    try {
      const r = await client.mutation(MergeTicketMutation, { id: ticket.id, parentId, expectedVersion: ticket.version }).toPromise();
      if (r.data?.mergeTicket) {
        setConfirming(null);
        onMerged(r.data.mergeTicket);
      } else setProblems(problemsOf(r.error));
    } finally {
      setBusy(false);
    }
  };

  if (ticket.mergedIntoId) return null;
  return (
    <section className="ms-section" aria-labelledby="duplicates-heading" data-testid="possible-duplicates">
      <h2 id="duplicates-heading">{t('duplicates.title')}</h2>
      <ApiErrorAlert error={error} />
      {candidates.length === 0 ? (
        <p>{error ? null : t('duplicates.none')}</p>
      ) : (
        <>
          <p>{canMerge ? t('duplicates.introMerge') : t('duplicates.intro')}</p>
          <ul className="ms-similar-list">
            {candidates.map((c) => {
              const distance = distanceParts(c.distanceMetres);
              const headingId = `duplicate-${c.ticket.id}`;
              return (
                <li key={c.ticket.id} className="ms-similar-item">
                  <p id={headingId} className="ms-similar-title">
                    <Link to={`/tickets/${c.ticket.id}`} className="ms-reference">
                      {c.ticket.reference}
                    </Link>{' '}
                    {c.ticket.title}
                  </p>
                  <p className="ms-similar-meta">
                    <StateTag state={c.ticket.state} />
                    <span>{t('duplicates.score', { value: percent(c.score) })}</span>
                    <span>{t('duplicates.textSimilarity', { value: percent(c.textSimilarity) })}</span>
                    {distance ? <span>{t(`similar.distance.${distance.key}`, { value: distance.value })}</span> : null}
                    <span>{t('similar.filedAt', { time: formatDateTime(c.ticket.filedAt, i18n.language) })}</span>
                  </p>
                  {canMerge && confirming !== c.ticket.id ? (
                    <Button
                      icon={<MergeCellsOutlined aria-hidden />}
                      onClick={() => {
                        setProblems([]);
                        setConfirming(c.ticket.id);
                      }}
                      aria-describedby={headingId}
                      data-merge-into={c.ticket.reference}
                    >
                      {t('duplicates.merge')}
                    </Button>
                  ) : null}
                  {canMerge && confirming === c.ticket.id ? (
                    <div className="ms-confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
                      <FocusedHeading id={`${headingId}-confirm`}>{t('duplicates.confirmTitle', { reference: ticket.reference, parent: c.ticket.reference })}</FocusedHeading>
                      <p>{t('duplicates.confirmText')}</p>
                      <ApiErrorAlert problems={problems} onReload={onReload} />
                      <Space wrap>
                        <Button type="primary" loading={busy} onClick={() => void merge(c.ticket.id)}>
                          {t('duplicates.confirm')}
                        </Button>
                        <Button onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                      </Space>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** The confirmation's heading, which takes the focus when the confirmation opens. */
function FocusedHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h3 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h3>
  );
}
