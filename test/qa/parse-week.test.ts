import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseWeek } from '../../src/qa/parse-week.ts';

const wednesdayWeek47 = new Date('2026-11-18T10:00:00+01:00');

describe('parseWeek', () => {
  it('reads numbered weeks in Swedish and English', () => {
    for (const text of ['läget vecka 46', 'v. 46', 'v46', 'V 46 rinkeby', 'vecka46', 'week 46', 'wk 46', 'status w46']) {
      expect(parseWeek(text, wednesdayWeek47), text).toBe('2026-W46');
    }
  });

  it('reads relative weeks', () => {
    expect(parseWeek('förra veckan', wednesdayWeek47)).toBe('2026-W46');
    expect(parseWeek('forra veckan', wednesdayWeek47)).toBe('2026-W46');
    expect(parseWeek('last week', wednesdayWeek47)).toBe('2026-W46');
    expect(parseWeek('denna vecka', wednesdayWeek47)).toBe('2026-W47');
    expect(parseWeek('vilka har inte rapporterat den här veckan', wednesdayWeek47)).toBe('2026-W47');
    expect(parseWeek('this week', wednesdayWeek47)).toBe('2026-W47');
    expect(parseWeek('nästa vecka', wednesdayWeek47)).toBe('2026-W48');
    expect(parseWeek('next week', wednesdayWeek47)).toBe('2026-W48');
  });

  it('reads explicit years and ISO keys', () => {
    expect(parseWeek('vecka 46 2025', wednesdayWeek47)).toBe('2025-W46');
    expect(parseWeek('sammanfattning 2026-W05', wednesdayWeek47)).toBe('2026-W05');
  });

  it('finds no week where there is none', () => {
    expect(parseWeek('hur länge gällde avtalet från 2015', wednesdayWeek47)).toBeUndefined();
    expect(parseWeek('vem har ansvar för avhoppare', wednesdayWeek47)).toBeUndefined();
    expect(parseWeek('vecka 60', wednesdayWeek47)).toBeUndefined();
  });

  it('knows that 2026 has 53 ISO weeks and 2027 has 52 (checked with luxon)', () => {
    expect(DateTime.fromObject({ weekYear: 2026, weekNumber: 1 }, { zone: 'Europe/Stockholm' }).weeksInWeekYear).toBe(53);
    expect(parseWeek('vecka 53 2026', wednesdayWeek47)).toBe('2026-W53');
    expect(parseWeek('vecka 53 2027', wednesdayWeek47)).toBeUndefined();
  });

  it('crosses the year boundary by ISO week-year, in Stockholm time', () => {
    // Monday 4 January 2027 starts week 1 of 2027; Sunday 3 January is still 2026-W53.
    expect(parseWeek('denna vecka', new Date('2027-01-03T12:00:00+01:00'))).toBe('2026-W53');
    expect(parseWeek('denna vecka', new Date('2027-01-04T00:30:00+01:00'))).toBe('2027-W01');
    // 23:30 UTC on Sunday is already Monday in Stockholm.
    expect(parseWeek('this week', new Date('2027-01-03T23:30:00Z'))).toBe('2027-W01');
    expect(parseWeek('förra veckan', new Date('2027-01-05T10:00:00+01:00'))).toBe('2026-W53');
    expect(parseWeek('nästa vecka', new Date('2026-12-30T10:00:00+01:00'))).toBe('2027-W01');
  });

  it('takes a bare week number as the nearest such week', () => {
    expect(parseWeek('vecka 1', new Date('2026-12-28T10:00:00+01:00'))).toBe('2027-W01');
    expect(parseWeek('vecka 52', new Date('2027-01-06T10:00:00+01:00'))).toBe('2026-W52');
    expect(parseWeek('vecka 53', new Date('2027-01-06T10:00:00+01:00'))).toBe('2026-W53');
  });
});
