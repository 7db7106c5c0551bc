import { DateTime } from 'luxon';
import { ZONE, weeksInYear, type WeekKey } from '../domain/iso-week.ts';

// Luxon is slow to build dates in a zone; the number of weeks of a year never changes.
const weeksCache = new Map<number, number>();
function weeksOf(weekYear: number): number {
  let weeks = weeksCache.get(weekYear);
  if (weeks === undefined) {
    weeks = weeksInYear(weekYear);
    weeksCache.set(weekYear, weeks);
  }
  return weeks;
}
import { foldText } from './normalize-text.ts';

// Patterns run on folded text ("forra veckan" and "förra veckan" alike).
const ISO_KEY = /\b(\d{4})-?w(\d{1,2})\b/;
const NUMBERED = /(?:^|[^\p{L}])(?:vecka|veckan|veckorna|v|w|wk|week)\.?\s*(\d{1,2})(?!\d)(?:\s*(?:,|of|ar|i|år)?\s*(\d{4})\b)?/u;
const RELATIVE: Array<[RegExp, number]> = [
  [/\b(forra|foregaende|senaste)\s+veck\w*|\bveckan\s+innan\b|\b(last|previous|past)\s+week\b/, -1],
  [/\b(tva|2)\s+veckor\s+sedan\b|\b(two|2)\s+weeks\s+ago\b/, -2],
  [/\b(nasta|kommande)\s+veck\w*|\bnext\s+week\b/, 1],
  [/\b(denna|den\s+har|innevarande|aktuell|aktuella)\s+veck\w*|\bi\s+veckan\b|\bveckans\b|\b(this|current)\s+week'?s?\b/, 0],
];

/** The ISO week a question refers to ("vecka 46", "v. 46", "förra veckan", "last week"), if any. */
export function parseWeek(text: string, now: Date = new Date()): WeekKey | undefined {
  const folded = foldText(text);
  // Most questions name no week; building "today" in the zone is what costs, so only then.
  const today = () => DateTime.fromJSDate(now, { zone: ZONE });

  const iso = ISO_KEY.exec(folded);
  if (iso) return toWeekKey(Number(iso[1]), Number(iso[2]));

  const numbered = NUMBERED.exec(folded);
  if (numbered) {
    const week = Number(numbered[1]);
    if (numbered[2]) return toWeekKey(Number(numbered[2]), week);
    return nearestWeek(week, today());
  }

  for (const [pattern, offset] of RELATIVE) {
    if (pattern.test(folded)) return keyOf(today().plus({ weeks: offset }));
  }
  return undefined;
}

function toWeekKey(weekYear: number, week: number): WeekKey | undefined {
  if (week < 1 || week > weeksOf(weekYear)) return undefined;
  return `${weekYear}-W${String(week).padStart(2, '0')}` as WeekKey;
}

/**
 * A bare week number means the nearest such week: "vecka 1" asked in late December is next year's,
 * "vecka 52" asked in early January last year's.
 */
function nearestWeek(week: number, today: DateTime): WeekKey | undefined {
  // Distance in weeks, counted through the years' week totals (no date arithmetic needed).
  const candidates = [
    { weekYear: today.weekYear - 1, distance: today.weekNumber + weeksOf(today.weekYear - 1) - week },
    { weekYear: today.weekYear, distance: Math.abs(week - today.weekNumber) },
    { weekYear: today.weekYear + 1, distance: weeksOf(today.weekYear) - today.weekNumber + week },
  ];
  let best: { key: WeekKey; distance: number } | undefined;
  for (const { weekYear, distance } of candidates) {
    const key = toWeekKey(weekYear, week);
    if (key && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

function keyOf(date: DateTime): WeekKey {
  return `${date.weekYear}-W${String(date.weekNumber).padStart(2, '0')}` as WeekKey;
}
