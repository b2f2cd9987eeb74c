import { useTranslation } from 'react-i18next';
import type { TicketState } from '../gql/graphql';

/** A ticket's state in words; the colour only repeats what the words say. */
export function StateTag({ state }: { state: TicketState }) {
  const { t } = useTranslation();
  return <span className={`ms-state ms-state--${state.toLowerCase()}`}>{t(`enums.TicketState.${state}`)}</span>;
}

export function PriorityTag({ priority }: { priority: string }) {
  const { t } = useTranslation();
  if (priority === 'NORMAL') return <span>{t('enums.Priority.NORMAL')}</span>;
  return <span className={`ms-priority ms-priority--${priority.toLowerCase()}`}>{t(`enums.Priority.${priority}`)}</span>;
}
