import { DateTime } from 'luxon';
import { ZONE, isWeekKey, weeksInYear, type WeekKey } from '../domain/iso-week.ts';
import { MAX_REPORT_WEEKS, weeksBetween } from '../domain/political-report.ts';

export interface ReportPeriod {
  from: WeekKey;
  to: WeekKey;
  districtText?: string;
}

/**
 * "v40-v47", "v. 40–47", "W40-W47", "vecka 40-47", "2026-W40 2026-W47", optionally followed by a
 * district. Bare week numbers mean the latest such weeks not after the current one: a report looks
 * back; "v50-v3" asked in January spans the year boundary.
 */
export function parseWeekRange(text: string, now: Date): ReportPeriod | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-?W(\d{1,2})\s*(?:-|–|—|till|to|\s)\s*(\d{4})-?W(\d{1,2})\s*(.*)$/i.exec(value);
  if (iso) {
    const from = keyOf(Number(iso[1]), Number(iso[2]));
    const to = keyOf(Number(iso[3]), Number(iso[4]));
    return from && to ? withDistrict(from, to, iso[5]) : undefined;
  }
  const bare = /^(?:(?:vecka|veckorna|v|w|wk|week|weeks)\.?\s*)?(\d{1,2})\s*(?:-|–|—|till|to)\s*(?:(?:vecka|v|w|wk|week)\.?\s*)?(\d{1,2})(?:\s+(\d{4}))?\s*(.*)$/i.exec(value);
  if (!bare) return undefined;
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  const toNumber = Number(bare[2]);
  const toYear = bare[3] ? Number(bare[3]) : toNumber <= today.weekNumber ? today.weekYear : today.weekYear - 1;
  const fromNumber = Number(bare[1]);
  const fromYear = fromNumber <= toNumber ? toYear : toYear - 1;
  const from = keyOf(fromYear, fromNumber);
  const to = keyOf(toYear, toNumber);
  return from && to ? withDistrict(from, to, bare[4]) : undefined;
}

function keyOf(weekYear: number, week: number): WeekKey | undefined {
  if (week < 1 || week > weeksInYear(weekYear)) return undefined;
  const key = `${weekYear}-W${String(week).padStart(2, '0')}`;
  return isWeekKey(key) ? key : undefined;
}

function withDistrict(from: WeekKey, to: WeekKey, rest: string | undefined): ReportPeriod | undefined {
  const weeks = weeksBetween(from, to);
  if (weeks.length === 0 || weeks.length > MAX_REPORT_WEEKS) return undefined;
  const districtText = rest?.replace(/^(för|for|i|in)\s+/i, '').replace(/[.!?]$/, '').trim();
  return { from, to, ...(districtText ? { districtText } : {}) };
}
