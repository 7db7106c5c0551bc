import { DateTime } from 'luxon';
import { z } from 'zod';
import { startOfWeek, weeksInYear, ZONE, type WeekKey } from './iso-week.ts';
import type { RosterEntry } from './model.ts';
import { parsePausedWeeks } from './paused-weeks.ts';
import { deputyDistrictsOf, isContactOf } from './roles.ts';

const IsoDateSchema = z.iso.date();

/** A stretch of days (inclusive, Stockholm calendar dates) a person is away. */
export const AbsencePeriodSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((p) => p.from <= p.to, 'from must not come after to');
export type AbsencePeriod = z.infer<typeof AbsencePeriodSchema>;

/**
 * A person's absences, one document per person (`absence:<aadObjectId>`, beside the roster in
 * the reference container). While they are away, their district's requests go to its deputies.
 */
export const AbsenceSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().min(1),
  type: z.literal('absence'),
  personId: z.string().min(1),
  periods: z.array(AbsencePeriodSchema).max(50),
  updatedAt: z.iso.datetime(),
});
export type Absence = z.infer<typeof AbsenceSchema>;

export const absenceId = (personId: string) => `absence:${personId}`;

/** The longest absence one statement may set: a typo like "vecka 4–49" is refused, not stored. */
export const MAX_ABSENCE_DAYS = 183;

/** The Stockholm calendar date of an instant, as YYYY-MM-DD. */
export const dateInStockholm = (instant: Date): string => DateTime.fromJSDate(instant, { zone: ZONE }).toISODate()!;

export const isAbsentOn = (absence: Pick<Absence, 'periods'> | undefined, date: string): boolean =>
  absence?.periods.some((p) => p.from <= date && date <= p.to) ?? false;

/** Away on some day of the ISO week (Monday to Sunday). */
export function isAbsentInWeek(absence: Pick<Absence, 'periods'> | undefined, week: WeekKey): boolean {
  const monday = startOfWeek(week);
  const from = monday.toISODate()!;
  const to = monday.plus({ days: 6 }).toISODate()!;
  return absence?.periods.some((p) => p.from <= to && p.to >= from) ?? false;
}

export type AbsenceProblem =
  | { kind: 'not-understood' }
  | { kind: 'bad-date'; token: string }
  | { kind: 'week-out-of-range'; week: number }
  | { kind: 'backwards' }
  | { kind: 'in-the-past' }
  | { kind: 'too-long'; days: number };

export type AbsenceParse = { ok: true; periods: AbsencePeriod[] } | { ok: false; problem: AbsenceProblem };

const DATE = /\d{4}-\d{2}-\d{2}/g;
const DASH = /\s*[-–—]\s*|\s+(?:till|to|until|tom|t\.o\.m\.)\s+/i;

/**
 * Reads the period of "frånvarande vecka 49–50", "frånvarande 2026-12-01–2026-12-14",
 * "away week 49-50", "frånvarande v 49, 51" — `text` is what follows the word. Week numbers
 * mean the next such week from `today` (week 2 in December is January's); a period that has
 * ended, runs backwards or is longer than half a year is refused with what to fix.
 */
export function parseAbsencePeriods(text: string, today: string): AbsenceParse {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: { kind: 'not-understood' } };
  const dates = trimmed.match(DATE);
  const periods: AbsencePeriod[] = [];
  if (dates) {
    // Dates: "2026-12-01–2026-12-14" or one day; nothing else may be written beside them.
    const rest = trimmed.replace(DATE, ' ').replace(DASH, ' ').trim();
    if (rest || dates.length > 2) return { ok: false, problem: { kind: 'not-understood' } };
    for (const token of dates) if (!DateTime.fromISO(token, { zone: ZONE }).isValid) return { ok: false, problem: { kind: 'bad-date', token } };
    const [from, to = from] = dates as [string, string?];
    if (to! < from) return { ok: false, problem: { kind: 'backwards' } };
    periods.push({ from, to: to! });
  } else {
    if (!/^(?:veckorna|veckor|vecka|weeks|week|v)\b\.?/i.test(trimmed)) return { ok: false, problem: { kind: 'not-understood' } };
    const weeks = parsePausedWeeks(trimmed);
    if (!weeks.ok) {
      const p = weeks.problem;
      if (p.kind === 'out-of-range') return { ok: false, problem: { kind: 'week-out-of-range', week: p.week } };
      return { ok: false, problem: p.kind === 'backwards' ? { kind: 'backwards' } : { kind: 'not-understood' } };
    }
    if (weeks.weeks.length === 0) return { ok: false, problem: { kind: 'not-understood' } };
    // Consecutive weeks become one period; weeks before this week mean next year's.
    const now = DateTime.fromISO(today, { zone: ZONE });
    const weekYear = weeks.weeks[0]! < now.weekNumber ? now.weekYear + 1 : now.weekYear;
    const keys: WeekKey[] = [];
    for (const week of weeks.weeks) {
      if (week > weeksInYear(weekYear)) return { ok: false, problem: { kind: 'week-out-of-range', week } };
      keys.push(`${weekYear}-W${String(week).padStart(2, '0')}` as WeekKey);
    }
    for (const key of keys) {
      const monday = startOfWeek(key);
      const period = { from: monday.toISODate()!, to: monday.plus({ days: 6 }).toISODate()! };
      const last = periods.at(-1);
      if (last && DateTime.fromISO(last.to, { zone: ZONE }).plus({ days: 1 }).toISODate() === period.from) last.to = period.to;
      else periods.push(period);
    }
  }
  for (const period of periods) {
    if (period.to < today) return { ok: false, problem: { kind: 'in-the-past' } };
    const days = DateTime.fromISO(period.to).diff(DateTime.fromISO(period.from), 'days').days + 1;
    if (days > MAX_ABSENCE_DAYS) return { ok: false, problem: { kind: 'too-long', days } };
  }
  return { ok: true, periods };
}

/** Adds periods (overlapping or adjoining ones merge) and drops those that ended before `today`. */
export function addAbsencePeriods(existing: readonly AbsencePeriod[], added: readonly AbsencePeriod[], today: string): AbsencePeriod[] {
  const sorted = [...existing, ...added].filter((p) => p.to >= today).sort((a, b) => a.from.localeCompare(b.from));
  const merged: AbsencePeriod[] = [];
  for (const period of sorted) {
    const last = merged.at(-1);
    const dayAfterLast = last ? DateTime.fromISO(last.to, { zone: ZONE }).plus({ days: 1 }).toISODate()! : '';
    if (last && period.from <= dayAfterLast) last.to = period.to > last.to ? period.to : last.to;
    else merged.push({ ...period });
  }
  return merged;
}

/** "inte frånvarande" / "tillbaka": what is left is only what already ended (nothing, kept tidy). */
export const cancelAbsence = (existing: readonly AbsencePeriod[], today: string): AbsencePeriod[] =>
  existing.filter((p) => p.to < today);

/** The periods that have not ended, for showing ("frånvarande 30 nov–13 dec"). */
export const currentAbsencePeriods = (absence: Pick<Absence, 'periods'> | undefined, today: string): AbsencePeriod[] =>
  (absence?.periods ?? []).filter((p) => p.to >= today);

/** Who gets a district's request on a day, and who is away. */
export interface DistrictRecipients {
  districtId: string;
  /** Present contacts, and the present deputies when a contact is away. */
  recipients: RosterEntry[];
  /** Contacts away that day; their deputies were added. */
  absentContacts: RosterEntry[];
}

/**
 * The routing rule: a district's present contacts always get its request; while any contact is
 * away, its present deputies get it too. A person is listed once per district.
 */
export function recipientsOfDistrict(roster: readonly RosterEntry[], districtId: string, isAbsent: (personId: string) => boolean): DistrictRecipients {
  const contacts = roster.filter((person) => isContactOf(person, districtId));
  const absentContacts = contacts.filter((person) => isAbsent(person.id));
  const present = contacts.filter((person) => !isAbsent(person.id));
  const deputies = absentContacts.length > 0
    ? roster.filter((person) => deputyDistrictsOf(person).includes(districtId) && !isAbsent(person.id) && !present.includes(person))
    : [];
  return { districtId, recipients: [...present, ...deputies], absentContacts };
}
