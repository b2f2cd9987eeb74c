/**
 * The repeat-matters report (重复受理): its period as API instants, and which clusters show the
 * same matter handled more than once.
 */
import dayjs from 'dayjs';
import { CITY_TIME_ZONE } from '../../lib/time';
import type { Period } from '../oversight/period';

/** A period of city days (`to` exclusive) as the instants `repeatMatters` takes. */
export function periodInstants(period: Pick<Period, 'from' | 'to'>): { from: string; to: string } {
  return {
    from: dayjs.tz(`${period.from}T00:00:00`, CITY_TIME_ZONE).toISOString(),
    to: dayjs.tz(`${period.to}T00:00:00`, CITY_TIME_ZONE).toISOString(),
  };
}

/** More than one ticket of the matter was handled on its own: the same work done twice. */
export function isRepeated(cluster: { handledSeparately: number }): boolean {
  return cluster.handledSeparately > 1;
}

/** How many clusters there are, and how many of them were handled more than once. */
export function summarise(clusters: readonly { size: number; handledSeparately: number }[]): { matters: number; repeated: number; tickets: number } {
  return {
    matters: clusters.length,
    repeated: clusters.filter(isRepeated).length,
    tickets: clusters.reduce((n, c) => n + c.size, 0),
  };
}
