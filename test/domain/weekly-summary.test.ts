import { describe, expect, it } from 'vitest';
import { addWeeks, weekKeyOf } from '../../src/domain/iso-week.ts';
import { defaultSchedule, slotInWeek } from '../../src/domain/schedule.ts';
import { compareLevels, computeWeeklySummary, dueWeekOf, isOverdue, type SummaryDecision, type SummaryTask } from '../../src/domain/weekly-summary.ts';
import { makeReport } from '../support/summary-fixtures.ts';

const T = 'tenant';
const areas = [
  { id: 'kamera', name: { sv: 'Kamerabevakning', en: 'Camera surveillance' } },
  { id: 'unga', name: { sv: 'Sociala insatser mot unga', en: 'Social work with young people' } },
  { id: 'vapen', name: { sv: 'Skjutvapenvåld', en: 'Gun violence' } },
];
const districts = [
  { id: 'farsta', name: 'Farsta' },
  { id: 'bromma', name: 'Bromma' },
  { id: 'rinkeby-kista', name: 'Rinkeby-Kista' },
];

describe('computeWeeklySummary', () => {
  const week = '2026-W47' as const;
  const reports = [
    makeReport(T, 'farsta', week, { kamera: 'green', unga: 'red', vapen: 'yellow' }),
    makeReport(T, 'rinkeby-kista', week, { kamera: 'red', unga: 'green', vapen: 'not-applicable' }, true),
    makeReport(T, 'bromma', '2026-W46', { kamera: 'green' }), // last week only: Bromma has not reported
  ];
  const previous = [
    makeReport(T, 'farsta', '2026-W46', { kamera: 'yellow', unga: 'yellow', vapen: 'yellow' }),
    makeReport(T, 'rinkeby-kista', '2026-W46', { kamera: 'red', vapen: 'red' }),
  ];
  const tasks: SummaryTask[] = [
    { title: 'Kartlägga otrygga platser', dueWeek: '2026-W46', status: 'in-progress', owner: 'trafikkontoret', districtId: 'farsta', focusAreaId: 'kamera' },
    { title: 'Klar sedan länge', dueDate: '2026-10-01', status: 'done', owner: 'polisen' },
    { title: 'Avbruten', dueDate: '2026-10-01', status: 'cancelled', owner: 'polisen' },
    { title: 'Förfallen dag', dueDate: '2026-11-19', status: 'blocked', owner: 'socialförvaltningen' },
    { title: 'Nästa vecka (datum)', dueDate: '2026-11-26', status: 'not-started', owner: 'utbildningsförvaltningen' },
    { title: 'Nästa vecka (vecka)', dueWeek: '2026-W48', status: 'in-progress', owner: 'polisen' },
    { title: 'Senare', dueWeek: '2026-W50', status: 'in-progress', owner: 'polisen' },
  ];
  const decisions: SummaryDecision[] = [
    { text: 'Utöka kamerabevakningen', date: '2026-11-03', anchoring: 'behöver-förankras' },
    { text: 'Redan förankrat', date: '2026-10-01', anchoring: 'förankrad' },
    { text: 'Inte aktuellt', date: '2026-10-02', anchoring: 'ej-aktuellt' },
    { text: 'Äldre som väntar', date: '2026-09-15', anchoring: 'behöver-förankras' },
  ];
  const summary = computeWeeklySummary({
    week,
    districts,
    focusAreas: areas,
    reports,
    previousReports: previous,
    tasks,
    decisions,
    asOf: new Date('2026-11-20T13:00:00Z'), // Friday 14:00 in Stockholm
  });

  it('builds the matrix sorted by district name, with arrows against last week', () => {
    expect(summary.rows.map((r) => r.districtName)).toEqual(['Bromma', 'Farsta', 'Rinkeby-Kista']);
    const farsta = summary.rows.find((r) => r.districtId === 'farsta')!;
    expect(farsta.cells).toEqual([
      { focusAreaId: 'kamera', level: 'green', previous: 'yellow', change: 'better', trend: 'same' },
      { focusAreaId: 'unga', level: 'red', previous: 'yellow', change: 'worse', trend: 'same' },
      { focusAreaId: 'vapen', level: 'yellow', previous: 'yellow', change: 'same', trend: 'same' },
    ]);
    const rinkeby = summary.rows.find((r) => r.districtId === 'rinkeby-kista')!;
    expect(rinkeby.late).toBe(true);
    expect(rinkeby.cells.map((c) => c.change)).toEqual(['same', 'new', 'new']); // no level last week; to n/a
    const bromma = summary.rows.find((r) => r.districtId === 'bromma')!;
    expect(bromma).toMatchObject({ reported: false });
    expect(bromma.cells.every((c) => c.level === undefined)).toBe(true);
    expect(summary.totals).toMatchObject({ districts: 3, reported: 2, counts: { green: 2, yellow: 1, red: 2, 'not-applicable': 1 } });
    expect(summary.totals.changes).toEqual({ better: 1, worse: 1, same: 2, new: 2 });
    expect(summary.areaTotals[0]).toMatchObject({ focusAreaId: 'kamera', counts: { green: 1, red: 1, missing: 1 } });
  });

  it('lists the red items before the yellow ones, with their comments', () => {
    expect(summary.attention.map((a) => [a.level, a.districtId, a.focusAreaId, a.change])).toEqual([
      ['red', 'farsta', 'unga', 'worse'],
      ['red', 'rinkeby-kista', 'kamera', 'same'],
      ['yellow', 'farsta', 'vapen', 'same'],
    ]);
    expect(summary.attention[0]?.comment).toMatch(/Demokommentar/);
  });

  it('lists the districts that did not report', () => {
    expect(summary.missingDistricts).toEqual([{ id: 'bromma', name: 'Bromma', contacts: [] }]);
  });

  it('finds overdue tasks and tasks due next week; finished ones are never listed', () => {
    expect(summary.overdueTasks?.map((t) => t.title)).toEqual(['Kartlägga otrygga platser', 'Förfallen dag']);
    expect(summary.dueNextWeekTasks?.map((t) => t.title).sort()).toEqual(['Nästa vecka (datum)', 'Nästa vecka (vecka)']);
  });

  it('lists decisions awaiting political anchoring, oldest first', () => {
    expect(summary.pendingDecisions?.map((d) => d.text)).toEqual(['Äldre som väntar', 'Utöka kamerabevakningen']);
  });

  it('leaves the action-plan sections out when no action plan is connected', () => {
    const bare = computeWeeklySummary({ week, districts, focusAreas: areas, reports, previousReports: previous, asOf: new Date() });
    expect(bare.overdueTasks).toBeUndefined();
    expect(bare.pendingDecisions).toBeUndefined();
  });

  it('compares levels: better, worse, same, and new when there is nothing comparable', () => {
    expect(compareLevels('green', 'red')).toBe('better');
    expect(compareLevels('red', 'green')).toBe('worse');
    expect(compareLevels('yellow', 'yellow')).toBe('same');
    expect(compareLevels('red', undefined)).toBe('new');
    expect(compareLevels('not-applicable', 'red')).toBe('new');
    expect(compareLevels('not-applicable', 'not-applicable')).toBe('same');
  });
});

describe('ISO-week edges of the summary', () => {
  it('week 53 of 2026 compares with week 52, and week 1 of 2027 with 2026-W53', () => {
    expect(addWeeks('2026-W53', -1)).toBe('2026-W52');
    expect(addWeeks('2027-W01', -1)).toBe('2026-W53');
    const summary = computeWeeklySummary({
      week: '2027-W01',
      districts: [{ id: 'farsta', name: 'Farsta' }],
      focusAreas: areas.slice(0, 1),
      reports: [makeReport(T, 'farsta', '2027-W01', { kamera: 'green' })],
      previousReports: [makeReport(T, 'farsta', '2026-W53', { kamera: 'red' }), makeReport(T, 'farsta', '2026-W52', { kamera: 'green' })],
      asOf: new Date('2027-01-08T13:00:00Z'),
    });
    expect(summary.previousWeek).toBe('2026-W53');
    expect(summary.rows[0]?.cells[0]).toMatchObject({ level: 'green', previous: 'red', change: 'better' });
  });

  it('"due next week" crosses the year: in 2026-W53 a task due Tuesday 5 January 2027 is due next week', () => {
    const summary = computeWeeklySummary({
      week: '2026-W53',
      districts: [],
      focusAreas: [],
      reports: [],
      previousReports: [],
      tasks: [
        { title: 'Januari', dueDate: '2027-01-05', status: 'in-progress', owner: 'polisen' },
        { title: 'Vecka 1', dueWeek: '2027-W01', status: 'in-progress', owner: 'polisen' },
        { title: 'Nyårsafton', dueDate: '2026-12-31', status: 'in-progress', owner: 'polisen' },
      ],
      asOf: new Date('2027-01-01T13:00:00Z'), // Friday of 2026-W53
    });
    expect(summary.nextWeek).toBe('2027-W01');
    expect(summary.dueNextWeekTasks?.map((t) => t.title).sort()).toEqual(['Januari', 'Vecka 1']);
    expect(summary.overdueTasks?.map((t) => t.title)).toEqual(['Nyårsafton']);
    expect(dueWeekOf({ title: 'x', dueDate: '2027-01-03', status: 'in-progress', owner: 'x' })).toBe('2026-W53'); // Sunday
  });

  it('a due week is overdue only once the week after has begun', () => {
    const task: SummaryTask = { title: 'x', dueWeek: '2026-W47', status: 'in-progress', owner: 'x' };
    expect(isOverdue(task, new Date('2026-11-22T22:59:00Z'))).toBe(false); // Sunday 23:59 Stockholm
    expect(isOverdue(task, new Date('2026-11-22T23:00:00Z'))).toBe(true); // Monday 00:00
  });

  it('the Friday 14:00 slot is 14:00 in Stockholm in the daylight-saving weeks', () => {
    const slot = defaultSchedule(T).summary;
    // Summer time begins Sunday 29 March 2026 (week 13) and ends Sunday 25 October 2026 (week 43).
    expect(slotInWeek(slot, '2026-W13').toISOString()).toBe('2026-03-27T13:00:00.000Z'); // CET
    expect(slotInWeek(slot, '2026-W14').toISOString()).toBe('2026-04-03T12:00:00.000Z'); // CEST
    expect(slotInWeek(slot, '2026-W43').toISOString()).toBe('2026-10-23T12:00:00.000Z'); // CEST
    expect(slotInWeek(slot, '2026-W44').toISOString()).toBe('2026-10-30T13:00:00.000Z'); // CET
    expect(addWeeks('2026-W14', -1)).toBe('2026-W13');
    expect(addWeeks('2026-W44', -1)).toBe('2026-W43');
    // The Sunday night the clocks change still belongs to its week.
    expect(weekKeyOf(new Date('2026-10-25T22:30:00Z'))).toBe('2026-W43'); // 23:30 CET Sunday
    expect(weekKeyOf(new Date('2026-03-29T21:30:00Z'))).toBe('2026-W13'); // 23:30 CEST Sunday
  });
});
