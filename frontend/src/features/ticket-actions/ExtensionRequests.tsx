import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { DecideExtensionMutation } from './queries';

type Request = TicketDetailFieldsFragment['extensionRequests'][number];

/** The ticket's extension requests; an agent or supervisor decides pending ones here. */
export function ExtensionRequests({
  ticket,
  onDone,
  onReload,
}: {
  ticket: TicketDetailFieldsFragment;
  onDone: (t: TicketDetailFieldsFragment | null) => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const canDecide = ticket.availableActions.includes('DECIDE_EXTENSION');
  if (ticket.extensionRequests.length === 0) return null;
  const decisionLabel = (d: string) =>
    d === 'approved' ? t('tickets.extensionApproved') : d === 'rejected' ? t('tickets.extensionRejected') : t('tickets.extensionPending');
  return (
    <section className="ms-section" aria-labelledby="extension-requests">
      <h2 id="extension-requests">{t('tickets.extensionRequests')}</h2>
      <ul className="ms-plain-list">
        {ticket.extensionRequests.map((r) => (
          <li key={r.id} className="ms-extension">
            <p>
              <strong>{decisionLabel(r.decision)}</strong> · {t('tickets.extensionRequestedDue')}{' '}
              {formatDateTime(r.requestedDue, i18n.language)}
            </p>
            <p className="ms-pre">
              {t('timeline.detail.reason')}: {r.reason}
            </p>
            {r.decisionNote ? (
              <p className="ms-pre">
                {t('actions.decisionNote')}: {r.decisionNote}
              </p>
            ) : null}
            {canDecide && r.decision === 'pending' ? (
              <Decide ticket={ticket} request={r} onDone={onDone} onReload={onReload} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Decide({
  ticket,
  request,
  onDone,
  onReload,
}: {
  ticket: TicketDetailFieldsFragment;
  request: Request;
  onDone: (t: TicketDetailFieldsFragment | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, decide] = useMutation(DecideExtensionMutation);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const run = async (approve: boolean) => {
    setProblems([]);
    const r = await decide({
      id: ticket.id,
      requestId: request.id,
      approve,
      note: note.trim() || undefined,
      expectedVersion: ticket.version,
    });
    if (r.data?.decideExtension) onDone(r.data.decideExtension);
    else setProblems(problemsOf(r.error));
  };
  const noteId = `decision-note-${request.id}`;
  return (
    <div className="ms-decide">
      <Form layout="vertical">
        <Form.Item label={t('actions.decisionNote')} htmlFor={noteId}>
          <Input.TextArea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        </Form.Item>
      </Form>
      <ApiErrorAlert problems={problems} onReload={onReload} />
      <Space wrap>
        <Button type="primary" loading={fetching} onClick={() => run(true)}>
          {t('actions.approve')}
        </Button>
        <Button danger loading={fetching} onClick={() => run(false)}>
          {t('actions.reject')}
        </Button>
      </Space>
    </div>
  );
}
