import { DateTime } from 'luxon';
import { isWeekKey, startOfWeek, weekKeyOf, weeksInYear, ZONE, type WeekKey } from './iso-week.ts';

/**
 * A task's due date. People say "vecka 6" more often than a date, so both are accepted. A week is
 * stored as its Friday (the last working day: "klart vecka 6" means done by the end of that working
 * week) with `givenAs: 'week'`, and shown as "v. 6"; a date is stored as given. `week` is the ISO
 * week of `date`, kept so the action plan can be queried per week with an equality filter.
 */
export interface Due {
  /** YYYY-MM-DD, Europe/Stockholm. */
  date: string;
  week: WeekKey;
  givenAs: 'week' | 'date';
}

export type DueProblem = 'empty' | 'format' | 'no-such-week' | 'no-such-date';
export type DueResult = { ok: true; due: Due } | { ok: false; problem: DueProblem };

const FRIDAY = 5;
const WEEK_WORDS = /^(?:vecka|veckan|v|w|wk|week)\.?\s*(\d{1,2})(?:\s*(?:,|år|ar|of|i)?\s*(\d{4}))?$/;
const ISO_WEEK = /^(\d{4})-?w(\d{1,2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The due date of a week: its Friday. */
export function dueOfWeek(week: WeekKey): Due {
  return { date: startOfWeek(week).plus({ days: FRIDAY - 1 }).toISODate()!, week, givenAs: 'week' };
}

export function dueOfDate(date: string): Due | undefined {
  const day = DateTime.fromISO(date, { zone: ZONE });
  if (!ISO_DATE.test(date) || !day.isValid) return undefined;
  return { date, week: weekKeyOf(day.toJSDate()), givenAs: 'date' };
}

/**
 * Reads "vecka 6", "v. 6", "v6", "week 6", "vecka 6 2027", "2027-W06" or "2027-02-05". A bare week
 * number is the next such week from now (this week included): "vecka 6" written in November is
 * next year's. Week 53 exists only in some ISO years; the nearest year that has it is taken (this
 * or next), else it is refused.
 */
export function parseDue(text: string, now: Date): DueResult {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return { ok: false, problem: 'empty' };
  if (ISO_DATE.test(value)) {
    const due = dueOfDate(value);
    return due ? { ok: true, due } : { ok: false, problem: 'no-such-date' };
  }
  const iso = ISO_WEEK.exec(value);
  const words = iso ? undefined : WEEK_WORDS.exec(value);
  if (!iso && !words) return { ok: false, problem: 'format' };
  const week = Number(iso ? iso[2] : words![1]);
  const year = iso ? Number(iso[1]) : words![2] ? Number(words![2]) : undefined;
  if (year !== undefined) {
    const key = toWeekKey(year, week);
    return key ? { ok: true, due: dueOfWeek(key) } : { ok: false, problem: 'no-such-week' };
  }
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  const thisYear = week >= today.weekNumber ? today.weekYear : today.weekYear + 1;
  for (const weekYear of [thisYear, thisYear + 1]) {
    const key = toWeekKey(weekYear, week);
    if (key) return { ok: true, due: dueOfWeek(key) };
  }
  return { ok: false, problem: 'no-such-week' };
}

function toWeekKey(weekYear: number, week: number): WeekKey | undefined {
  if (week < 1 || week > 53 || week > weeksInYear(weekYear)) return undefined;
  const key = `${weekYear}-W${String(week).padStart(2, '0')}`;
  return isWeekKey(key) ? key : undefined;
}

/** "v. 6" for a week, "5 feb 2027 (v. 5)" for a date; the year is added when it is not the current one. */
export function formatDue(due: Due, language: 'sv' | 'en', now: Date): string {
  const week = Number(due.week.slice(6));
  const sameYear = due.week.slice(0, 4) === weekKeyOf(now).slice(0, 4);
  const weekText = language === 'sv' ? `v. ${week}` : `wk ${week}`;
  if (due.givenAs === 'week') return sameYear ? weekText : `${weekText} ${due.week.slice(0, 4)}`;
  const day = DateTime.fromISO(due.date, { zone: ZONE }).setLocale(language === 'sv' ? 'sv-SE' : 'en-GB');
  return `${day.toFormat(sameYear ? 'd LLL' : 'd LLL yyyy')} (${weekText})`;
}
