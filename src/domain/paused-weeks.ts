import { z } from 'zod';
import { isWeekKey } from './iso-week.ts';
import { PersonSchema } from './status-report.ts';

/** The longest reason for a district's paused week. */
export const MAX_PAUSE_REASON = 300;

/** Paused ISO week numbers as an admin types them: "28-32", "28,29,30", "28–30, 45", or empty for none. */
export type PausedWeeksResult =
  | { ok: true; weeks: number[] }
  | { ok: false; problem: { kind: 'not-a-week'; token: string } | { kind: 'out-of-range'; week: number } | { kind: 'backwards'; token: string } };

const MAX_WEEK = 53;
const TOKEN = /^(\d{1,2})(?:-(\d{1,2}))?$/;
/** "v28", "vecka 28", "veckor 28-32", "week 28": the word only says what the number is. */
const WEEK_WORD = /\b(?:veckorna|veckor|vecka|weeks|week|v)\.?\s*(?=\d)/gi;

export function parsePausedWeeks(text: string): PausedWeeksResult {
  const weeks = new Set<number>();
  // Commas, semicolons and spaces separate; a dash (with or without spaces) makes a range.
  const tokens = text.replace(WEEK_WORD, '').replace(/\s*[-–—]\s*/g, '-').split(/[\s,;]+/).filter(Boolean);
  for (const token of tokens) {
    const match = TOKEN.exec(token);
    if (!match) return { ok: false, problem: { kind: 'not-a-week', token } };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    for (const week of [from, to]) if (week < 1 || week > MAX_WEEK) return { ok: false, problem: { kind: 'out-of-range', week } };
    if (to < from) return { ok: false, problem: { kind: 'backwards', token } };
    for (let week = from; week <= to; week += 1) weeks.add(week);
  }
  return { ok: true, weeks: [...weeks].sort((a, b) => a - b) };
}

/** The inverse, compact: [28, 29, 30, 31, 32, 45] → "28-32, 45" (parses back to the same weeks). */
export function formatPausedWeeks(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * One district's week marked "ej aktuellt denna vecka" by a contact, deputy or admin, with the
 * reason: like a paused week of the schedule, but for one district. No request or reminder goes
 * to it, and it is not counted as missing. Deterministic id: a point read per district and week.
 */
export const DistrictPauseSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().min(1),
  type: z.literal('district-pause'),
  districtId: z.string().min(1),
  week: z.string().refine(isWeekKey, 'an ISO week key like 2026-W47'),
  reason: z.string().trim().min(1).max(MAX_PAUSE_REASON),
  by: PersonSchema,
  at: z.iso.datetime(),
});
export type DistrictPause = z.infer<typeof DistrictPauseSchema>;

export const districtPauseId = (districtId: string, week: string) => `district-pause:${districtId}:${week}`;
