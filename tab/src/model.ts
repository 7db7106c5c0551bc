/** The domain codes the tab shows, as types only (the server's own definitions). */
export type { Level, Trend } from '../../src/domain/status-report.ts';
export type { Change, TaskStatus } from '../../src/domain/weekly-summary.ts';

/** `2026-W47` → { year: 2026, week: 47 } */
export function splitWeek(key: string): { year: number; week: number } {
  return { year: Number(key.slice(0, 4)), week: Number(key.slice(6)) };
}

/** Adds weeks to an ISO week key (Monday-based ISO weeks, computed in UTC: no time zone matters for whole weeks). */
export function addWeeks(key: string, weeks: number): string {
  const { year, week } = splitWeek(key);
  // Monday of ISO week 1 is the Monday of the week that holds 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = jan4 - jan4Weekday * 86_400_000 + (week - 1 + weeks) * 7 * 86_400_000;
  const date = new Date(monday + 3 * 86_400_000); // Thursday decides the ISO year
  const isoYear = date.getUTCFullYear();
  const firstThursday = Date.UTC(isoYear, 0, 4) - ((new Date(Date.UTC(isoYear, 0, 4)).getUTCDay() + 6) % 7) * 86_400_000 + 3 * 86_400_000;
  const isoWeek = 1 + Math.round((date.getTime() - firstThursday) / (7 * 86_400_000));
  return `${isoYear}-W${String(isoWeek).padStart(2, '0')}`;
}

export const isWeekKey = (value: string) => /^\d{4}-W\d{2}$/.test(value) && splitWeek(value).week >= 1 && splitWeek(value).week <= 53;
