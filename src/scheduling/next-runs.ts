import { Cron } from 'croner';
import { weekKeyOf, ZONE } from '../domain/iso-week.ts';
import { cronOf, isPaused, type Schedule, type Slot } from '../domain/schedule.ts';

export const SLOT_NAMES = ['request', 'reminder', 'lastCall', 'deadline', 'summary'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

/** Requests and reminders are not sent in paused weeks; the deadline and summary slots still come. */
const SKIPS_PAUSED: Record<SlotName, boolean> = { request: true, reminder: true, lastCall: true, deadline: false, summary: false };

/** When each slot comes next after `from`, in Stockholm time (what the scheduler will do). */
export function nextRunsOf(schedule: Schedule, from: Date): Record<SlotName, Date | null> {
  const next = (name: SlotName, slot: Slot): Date | null => {
    const cron = new Cron(cronOf(slot), { timezone: ZONE, paused: true });
    // A year of weeks is enough to step over any set of paused weeks that leaves one free.
    const candidates = cron.nextRuns(54, from);
    return candidates.find((at) => !SKIPS_PAUSED[name] || !isPaused(schedule, weekKeyOf(at))) ?? null;
  };
  return {
    request: next('request', schedule.request),
    reminder: next('reminder', schedule.reminder),
    lastCall: next('lastCall', schedule.lastCall),
    deadline: next('deadline', schedule.deadline),
    summary: next('summary', schedule.summary),
  };
}
