import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { deadlineLabel, deadlineStatus, type DeadlineInput } from '../lib/deadline';
import { useNow } from '../lib/useNow';

const ICONS = {
  paused: PauseCircleOutlined,
  overdue: ExclamationCircleOutlined,
  yellow: ClockCircleOutlined,
  normal: CheckCircleOutlined,
} as const;

/**
 * The reply deadline as a badge: an icon and words (never colour alone), coloured yellow when
 * less than a day is left, red when overdue, grey while the clock is paused.
 */
export function DeadlineBadge({ ticket, now }: { ticket: DeadlineInput; now?: Date }) {
  const { t } = useTranslation();
  const ticking = useNow(60_000);
  const status = deadlineStatus(ticket, now ?? ticking);
  if (status.level === 'none') return null;
  const Icon = ICONS[status.level];
  return (
    <span className={`ms-badge ms-badge--${status.level}`} data-level={status.level}>
      <Icon aria-hidden />
      <span>{deadlineLabel(status, t)}</span>
    </span>
  );
}
