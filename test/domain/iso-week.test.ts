import { describe, expect, it } from 'vitest';
import { addWeeks, isWeekKey, startOfWeek, weekKeyOf, weeksInYear } from '../../src/domain/iso-week.ts';
import { cronOf, defaultSchedule, isPaused, slotInWeek } from '../../src/domain/schedule.ts';

describe('ISO weeks in Stockholm', () => {
  it('keys weeks by ISO week-year across the year boundary', () => {
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2027)).toBe(52);
    expect(weekKeyOf(new Date('2026-12-31T12:00:00Z'))).toBe('2026-W53');
    expect(weekKeyOf(new Date('2027-01-03T22:59:00Z'))).toBe('2026-W53'); // Sunday 23:59 in Stockholm
    expect(weekKeyOf(new Date('2027-01-03T23:00:00Z'))).toBe('2027-W01'); // Monday 00:00 in Stockholm
    expect(weekKeyOf(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01'); // calendar 2025, ISO 2026
  });

  it('steps weeks over week 53 and validates keys', () => {
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53');
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addWeeks('2027-W01', -1)).toBe('2026-W53');
    expect(isWeekKey('2026-W53')).toBe(true);
    expect(isWeekKey('2027-W53')).toBe(false);
    expect(isWeekKey('2026-W00')).toBe(false);
    expect(isWeekKey('2026-47')).toBe(false);
  });

  it('places slots in local time across daylight-saving changes', () => {
    const schedule = defaultSchedule('t');
    // Summer time starts Sunday 29 March 2026: Monday 09:00 is 08:00Z before, 07:00Z after.
    expect(slotInWeek(schedule.request, '2026-W13').toISOString()).toBe('2026-03-23T08:00:00.000Z');
    expect(slotInWeek(schedule.request, '2026-W14').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // Winter time starts Sunday 25 October 2026: Thursday 17:00 is 16:00Z after.
    expect(slotInWeek(schedule.deadline, '2026-W43').toISOString()).toBe('2026-10-22T15:00:00.000Z');
    expect(slotInWeek(schedule.deadline, '2026-W44').toISOString()).toBe('2026-10-29T16:00:00.000Z');
    expect(startOfWeek('2026-W53').toISODate()).toBe('2026-12-28');
  });

  it('turns slots into cron expressions and honours paused weeks', () => {
    const schedule = { ...defaultSchedule('t'), pausedWeeks: [28, 29, 30, 31, 32] };
    expect(cronOf(schedule.request)).toBe('0 9 * * 1');
    expect(cronOf({ weekday: 7, time: '18:30' })).toBe('30 18 * * 0');
    expect(isPaused(schedule, '2026-W30')).toBe(true);
    expect(isPaused(schedule, '2026-W33')).toBe(false);
  });
});
