import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';

export interface TimelineEntry {
  event: { id: string; kind: string; occurredAt: string; actorRole?: string | null; details: unknown; seq?: number | null };
  messageKind?: string | null;
  message?: string | null;
}

/** Details worth showing, by the key the server writes them under. */
const DETAIL_KEYS: { key: string; label: string; kind: 'text' | 'time' | 'bool' | 'satisfaction' | 'approved' }[] = [
  { key: 'reason', label: 'reason', kind: 'text' },
  { key: 'note', label: 'note', kind: 'text' },
  { key: 'approved', label: 'approved', kind: 'approved' },
  { key: 'solved', label: 'solved', kind: 'bool' },
  { key: 'satisfaction', label: 'satisfaction', kind: 'satisfaction' },
  { key: 'comment', label: 'comment', kind: 'text' },
  { key: 'parent_reference', label: 'parentReference', kind: 'text' },
  { key: 'requested_due', label: 'requestedDue', kind: 'time' },
  { key: 'due_at', label: 'dueAt', kind: 'time' },
];

const KNOWN_EVENTS = new Set([
  'filed', 'dispatched', 'accepted', 'returned', 'redispatched', 'dispatch_upheld', 'question_asked',
  'question_answered', 'extension_requested', 'extension_decided', 'replied', 'rated', 'reopened',
  'auto_closed', 'merged', 'refused', 'withdrawn', 'supervision_ordered', 'note_added', 'yellow_card',
  'red_card', 'accept_overdue', 'problem_flagged', 'attachments_added', 'attachment_visibility_changed',
]);
const KNOWN_ACTORS = new Set(['resident', 'agent', 'staff', 'supervisor', 'admin', 'system', 'anonymous', 'api_client']);
const KNOWN_MESSAGES = new Set(['question', 'answer', 'reply', 'note']);

/** The ticket's history, oldest first, with the words of questions, answers, replies and notes. */
export function TicketTimeline({ items }: { items: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p>{t('tickets.timelineEmpty')}</p>;
  const detailValue = (kind: string, v: unknown): string | null => {
    if (v === null || v === undefined || v === '') return null;
    switch (kind) {
      case 'time':
        return typeof v === 'string' ? formatDateTime(v, i18n.language) : null;
      case 'bool':
        return v ? t('common.yes') : t('common.no');
      case 'approved':
        return v ? t('timeline.detail.approvedYes') : t('timeline.detail.approvedNo');
      case 'satisfaction': {
        const code = String(v).toUpperCase();
        return t(`enums.Satisfaction.${code}`, { defaultValue: String(v) });
      }
      default:
        return typeof v === 'string' ? v : JSON.stringify(v);
    }
  };
  return (
    <Timeline
      className="ms-timeline"
      items={items.map((item) => {
        const { event } = item;
        const details = (event.details && typeof event.details === 'object' ? event.details : {}) as Record<string, unknown>;
        const label = KNOWN_EVENTS.has(event.kind)
          ? t(`timeline.event.${event.kind}`)
          : t('timeline.event.unknown', { kind: event.kind });
        const actor = event.actorRole
          ? KNOWN_ACTORS.has(event.actorRole)
            ? t(`timeline.actorRole.${event.actorRole}`)
            : event.actorRole
          : null;
        const shown = DETAIL_KEYS.map((d) => ({ ...d, value: detailValue(d.kind, details[d.key]) })).filter((d) => d.value);
        return {
          key: event.id,
          children: (
            <article className={`ms-event ms-event--${item.messageKind ?? 'plain'}`}>
              <h3 className="ms-event-title">{label}</h3>
              <p className="ms-event-meta">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
                {actor ? <span> · {t('timeline.actor', { role: actor })}</span> : null}
              </p>
              {item.message ? (
                <div className="ms-event-message">
                  {item.messageKind && KNOWN_MESSAGES.has(item.messageKind) ? (
                    <strong className="ms-event-message-kind">{t(`timeline.message.${item.messageKind}`)}</strong>
                  ) : null}
                  <p className="ms-pre">{item.message}</p>
                </div>
              ) : null}
              {shown.length > 0 ? (
                <dl className="ms-event-details">
                  {shown.map((d) => (
                    <div key={d.key}>
                      <dt>{t(`timeline.detail.${d.label}`)}</dt>
                      <dd className="ms-pre">{d.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </article>
          ),
        };
      })}
    />
  );
}
