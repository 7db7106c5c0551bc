import { DateTime } from 'luxon';

/** Weeks are ISO-8601 weeks in Stockholm, keyed by ISO week-year: `2026-W47`, never calendar year. */
export const ZONE = 'Europe/Stockholm';
export type WeekKey = `${number}-W${string}`;

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

export function isWeekKey(value: string): value is WeekKey {
  const match = WEEK_KEY.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInYear(Number(match[1]));
}

export function weekKeyOf(instant: Date, zone = ZONE): WeekKey {
  const local = DateTime.fromJSDate(instant, { zone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}` as WeekKey;
}

export function weeksInYear(weekYear: number): number {
  return DateTime.fromObject({ weekYear, weekNumber: 1 }, { zone: ZONE }).weeksInWeekYear;
}

/** Monday 00:00 of the week in Stockholm. */
export function startOfWeek(key: WeekKey): DateTime {
  const match = WEEK_KEY.exec(key);
  if (!match) throw new RangeError(`Not a week key: ${key}`);
  return DateTime.fromObject({ weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 }, { zone: ZONE });
}

export function addWeeks(key: WeekKey, weeks: number): WeekKey {
  return weekKeyOf(startOfWeek(key).plus({ weeks }).toJSDate());
}

export function weekNumberOf(key: WeekKey): number {
  return Number(key.slice(6));
}
