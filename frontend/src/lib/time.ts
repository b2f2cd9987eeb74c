/**
 * Instants are UTC everywhere; people read them in the city's time zone (SPEC §5: deadlines are
 * shown in the calendar's time zone, Asia/Shanghai by default).
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

export const CITY_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    timeZone: CITY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/** A date-time picker's wall-clock value, read as city time, as an RFC 3339 instant. */
export function pickerToInstant(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), CITY_TIME_ZONE).toISOString();
}
