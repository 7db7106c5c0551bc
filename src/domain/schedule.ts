import { DateTime } from 'luxon';
import { z } from 'zod';
import { startOfWeek, weekNumberOf, ZONE, type WeekKey } from './iso-week.ts';

/** A weekly moment in Stockholm time: ISO weekday (1 = Monday) and HH:mm. */
export const SlotSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm'),
});
export type Slot = z.infer<typeof SlotSchema>;

export const ScheduleSchema = z.object({
  tenantId: z.string().min(1),
  id: z.literal('schedule'),
  type: z.literal('schedule'),
  request: SlotSchema,
  reminder: SlotSchema,
  /** Thursday morning's last call to those who still have not reported (stored schedules from before default to it). */
  lastCall: SlotSchema.default({ weekday: 4, time: '09:00' }),
  deadline: SlotSchema,
  summary: SlotSchema,
  /** ISO week numbers with no requests or reminders (e.g. the summer, weeks 28–32). */
  pausedWeeks: z.array(z.number().int().min(1).max(53)),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const defaultSchedule = (tenantId: string): Schedule => ({
  tenantId,
  id: 'schedule',
  type: 'schedule',
  request: { weekday: 1, time: '09:00' },
  reminder: { weekday: 3, time: '09:00' },
  lastCall: { weekday: 4, time: '09:00' },
  deadline: { weekday: 4, time: '17:00' },
  summary: { weekday: 5, time: '14:00' },
  pausedWeeks: [],
});

/** The instant of a slot in a given week, correct across daylight-saving changes. */
export function slotInWeek(slot: Slot, week: WeekKey): Date {
  const [hour, minute] = slot.time.split(':').map(Number) as [number, number];
  return startOfWeek(week)
    .plus({ days: slot.weekday - 1 })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
}

/** A cron expression for the slot (minute hour * * weekday, Sunday = 0), evaluated in Stockholm. */
export function cronOf(slot: Slot): string {
  const [hour, minute] = slot.time.split(':').map(Number) as [number, number];
  return `${minute} ${hour} * * ${slot.weekday % 7}`;
}

export const isPaused = (schedule: Schedule, week: WeekKey) => schedule.pausedWeeks.includes(weekNumberOf(week));

/** "tors 26 nov 17:00" / "Thu 26 Nov 17:00". */
export function formatMoment(instant: Date, language: 'sv' | 'en'): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).setLocale(language === 'sv' ? 'sv-SE' : 'en-GB').toFormat('ccc d LLL HH:mm');
}
