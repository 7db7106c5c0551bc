import { DateTime } from 'luxon';
import { ZONE } from './iso-week.ts';

/**
 * Calendar days `from`..`to` (inclusive, YYYY-MM-DD, Stockholm time) as the UTC instants audit
 * entries are stored in: from midnight of `from` up to, not including, midnight after `to`.
 * Correct on the days daylight saving starts and ends.
 */
export function auditPeriodOf(from: string, to: string): { fromIso: string; toIsoExclusive: string } {
  const start = DateTime.fromISO(from, { zone: ZONE }).startOf('day');
  const end = DateTime.fromISO(to, { zone: ZONE }).startOf('day').plus({ days: 1 });
  if (!start.isValid || !end.isValid) throw new RangeError(`Not a date: ${start.isValid ? to : from}`);
  return { fromIso: start.toUTC().toISO()!, toIsoExclusive: end.toUTC().toISO()! };
}
