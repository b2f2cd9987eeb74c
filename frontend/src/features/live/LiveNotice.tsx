import { SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import type { LiveEvent } from './useLive';

/** A quiet line saying what just changed, live; read out politely by screen readers. */
export function LiveNotice({ event, what }: { event: LiveEvent | null; what: 'ticket' | 'queue' }) {
  const { t, i18n } = useTranslation();
  const key = `timeline.event.${event?.kind ?? ''}`;
  const kind = event ? (i18n.exists(key) ? t(key) : event.kind) : '';
  return (
    <p className="ms-live" aria-live="polite" data-testid={`live-${what}`}>
      {event ? (
        <>
          <SyncOutlined aria-hidden />{' '}
          {t(`live.${what}Updated`, {
            event: kind,
            at: event.occurredAt ? formatDateTime(event.occurredAt, i18n.language) : '',
          })}
        </>
      ) : null}
    </p>
  );
}
