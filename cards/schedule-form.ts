import { z } from 'zod';
import type { Language } from '../src/domain/model.ts';
import { parsePausedWeeks } from '../src/domain/paused-weeks.ts';
import type { Schedule } from '../src/domain/schedule.ts';
import { SCHEDULE_SLOTS, scheduleInput } from './schedule-card.ts';
import { SCHEDULE_ERRORS } from './texts/schedule.ts';
import { t } from './texts/catalogue.ts';

export type ScheduleSettings = Pick<Schedule, 'request' | 'reminder' | 'deadline' | 'summary' | 'pausedWeeks'> & Partial<Pick<Schedule, 'lastCall'>>;
export type ScheduleFormResult = { ok: true; settings: ScheduleSettings } | { ok: false; errors: Record<string, string> };

type ErrorKey = keyof typeof SCHEDULE_ERRORS;

const weekday = z.enum(['1', '2', '3', '4', '5', '6', '7'], { error: 'chooseWeekday' satisfies ErrorKey }).transform(Number);
/** Input.Time sends HH:mm; some clients add seconds or drop the leading zero. */
const time = z
  .string({ error: 'badTime' satisfies ErrorKey })
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'badTime' satisfies ErrorKey)
  .transform((value) => {
    const [hour = '', minute = ''] = value.split(':');
    return `${hour.padStart(2, '0')}:${minute}`;
  });

const minuteOfWeek = (slot: { weekday: number; time: string }) => {
  const [hour, minute] = slot.time.split(':').map(Number) as [number, number];
  return (slot.weekday - 1) * 1440 + hour * 60 + minute;
};

/** A problem in words; the keys with placeholders get theirs. */
function errorText(key: ErrorKey, language: Language, values: { token?: string; week?: number }): string {
  const E = SCHEDULE_ERRORS;
  switch (key) {
    case 'notAWeek':
    case 'backwards':
      return t(E[key], language, { token: values.token ?? '' });
    case 'weekOutOfRange':
      return t(E.weekOutOfRange, language, { week: values.week ?? '' });
    default:
      return t(E[key], language);
  }
}

/**
 * Reads the schedule form out of a card submit and validates it: weekdays, HH:mm times, paused
 * weeks ("28-32", "28,29,30"), and that request, reminder, last call and deadline come in that order in a week.
 */
export function readScheduleForm(data: Record<string, unknown>, language: Language): ScheduleFormResult {
  // A card from before the last call existed has no inputs for it: the stored last call is kept.
  const hasLastCall = data[scheduleInput.weekday('lastCall')] !== undefined || data[scheduleInput.time('lastCall')] !== undefined;
  const shape = Object.fromEntries(
    SCHEDULE_SLOTS.filter((name) => name !== 'lastCall' || hasLastCall).flatMap((name) => [
      [scheduleInput.weekday(name), weekday],
      [scheduleInput.time(name), time],
    ]),
  ) as Record<string, typeof weekday | typeof time>;
  const schema = z.object({
    ...shape,
    [scheduleInput.pausedWeeks]: z.string({ error: 'notAWeek' satisfies ErrorKey }).max(200, 'tooLong' satisfies ErrorKey).optional(),
  });
  const errors: Record<string, string> = {};
  const addError = (id: string, key: ErrorKey, values: { token?: string; week?: number } = {}) => {
    errors[id] ??= errorText(key, language, values);
  };
  const parsed = schema.safeParse(data);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = (Object.hasOwn(SCHEDULE_ERRORS, issue.message) ? issue.message : 'badTime') as ErrorKey;
    addError(String(issue.path[0]), key, { token: String(data[String(issue.path[0])] ?? '') });
  }
  // Paused weeks are checked even when another field failed, so every problem shows at once.
  const pausedText = data[scheduleInput.pausedWeeks];
  const paused = parsePausedWeeks(typeof pausedText === 'string' ? pausedText.slice(0, 200) : '');
  if (!paused.ok) {
    const p = paused.problem;
    if (p.kind === 'out-of-range') addError(scheduleInput.pausedWeeks, 'weekOutOfRange', { week: p.week });
    else addError(scheduleInput.pausedWeeks, p.kind === 'backwards' ? 'backwards' : 'notAWeek', { token: p.token });
  }
  if (!parsed.success || !paused.ok) return { ok: false, errors };
  const form = parsed.data as Record<string, unknown>;
  const slot = (name: (typeof SCHEDULE_SLOTS)[number]) => ({
    weekday: form[scheduleInput.weekday(name)] as number,
    time: form[scheduleInput.time(name)] as string,
  });
  const settings = { request: slot('request'), reminder: slot('reminder'), deadline: slot('deadline'), summary: slot('summary'), ...(hasLastCall ? { lastCall: slot('lastCall') } : {}) };
  if (minuteOfWeek(settings.reminder) <= minuteOfWeek(settings.request)) addError(scheduleInput.weekday('reminder'), 'reminderOrder');
  if (settings.lastCall) {
    if (minuteOfWeek(settings.lastCall) <= minuteOfWeek(settings.reminder)) addError(scheduleInput.weekday('lastCall'), 'lastCallOrder');
    else if (minuteOfWeek(settings.deadline) <= minuteOfWeek(settings.lastCall)) addError(scheduleInput.weekday('deadline'), 'deadlineAfterLastCall');
  }
  if (minuteOfWeek(settings.deadline) <= minuteOfWeek(settings.reminder)) addError(scheduleInput.weekday('deadline'), 'deadlineOrder');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: { ...settings, pausedWeeks: paused.weeks } };
}

/** The string values of the form's inputs, to show again when the card comes back with errors. */
export function keptScheduleValues(data: Record<string, unknown>): Record<string, string> {
  const ids = [...SCHEDULE_SLOTS.flatMap((name) => [scheduleInput.weekday(name), scheduleInput.time(name)]), scheduleInput.pausedWeeks];
  return Object.fromEntries(ids.flatMap((id) => (typeof data[id] === 'string' ? [[id, (data[id] as string).slice(0, 200)]] : [])));
}
