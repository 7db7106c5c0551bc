import { describe, expect, it } from 'vitest';
import { addAbsencePeriods, cancelAbsence, isAbsentInWeek, isAbsentOn, parseAbsencePeriods, recipientsOfDistrict } from '../../src/domain/absence.ts';
import type { RosterEntry } from '../../src/domain/model.ts';

const TODAY = '2026-11-25'; // a Wednesday of week 48

describe('reading an absence period', () => {
  it.each([
    ['vecka 49–50', [{ from: '2026-11-30', to: '2026-12-13' }]],
    ['vecka 49-50', [{ from: '2026-11-30', to: '2026-12-13' }]],
    ['v. 49 - 50', [{ from: '2026-11-30', to: '2026-12-13' }]],
    ['veckorna 49 – 50', [{ from: '2026-11-30', to: '2026-12-13' }]],
    ['week 49-50', [{ from: '2026-11-30', to: '2026-12-13' }]],
    ['weeks 49', [{ from: '2026-11-30', to: '2026-12-06' }]],
    ['vecka 49, 51', [{ from: '2026-11-30', to: '2026-12-06' }, { from: '2026-12-14', to: '2026-12-20' }]],
    ['2026-12-01–2026-12-14', [{ from: '2026-12-01', to: '2026-12-14' }]],
    ['2026-12-01 - 2026-12-14', [{ from: '2026-12-01', to: '2026-12-14' }]],
    ['2026-12-01 till 2026-12-14', [{ from: '2026-12-01', to: '2026-12-14' }]],
    ['2026-12-01', [{ from: '2026-12-01', to: '2026-12-01' }]],
    // A week before this one means next year's (week 2 said in November is January's).
    ['vecka 2', [{ from: '2027-01-11', to: '2027-01-17' }]],
    // This week counts, though it began on Monday.
    ['vecka 48', [{ from: '2026-11-23', to: '2026-11-29' }]],
  ])('"%s"', (text, periods) => {
    expect(parseAbsencePeriods(text, TODAY)).toEqual({ ok: true, periods });
  });

  it.each([
    ['', 'not-understood'],
    ['nästa vecka kanske', 'not-understood'],
    ['vecka sommar', 'not-understood'],
    ['vecka 60', 'week-out-of-range'],
    ['vecka 50-49', 'backwards'],
    ['2026-12-14–2026-12-01', 'backwards'],
    ['2026-13-01', 'bad-date'],
    ['2026-11-01–2026-11-10', 'in-the-past'],
    ['2026-12-01–2027-12-01', 'too-long'],
    ['2026-12-01 och lite till', 'not-understood'],
  ])('refuses "%s" (%s)', (text, kind) => {
    const result = parseAbsencePeriods(text, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe(kind);
  });

  it('merges overlapping periods, drops ended ones, and cancels what has not ended', () => {
    const merged = addAbsencePeriods([{ from: '2026-11-01', to: '2026-11-05' }, { from: '2026-12-01', to: '2026-12-10' }], [{ from: '2026-12-11', to: '2026-12-20' }], TODAY);
    expect(merged).toEqual([{ from: '2026-12-01', to: '2026-12-20' }]);
    expect(isAbsentOn({ periods: merged }, '2026-12-15')).toBe(true);
    expect(isAbsentOn({ periods: merged }, '2026-12-21')).toBe(false);
    expect(isAbsentInWeek({ periods: merged }, '2026-W52')).toBe(false);
    expect(isAbsentInWeek({ periods: merged }, '2026-W49')).toBe(true);
    expect(cancelAbsence(merged, TODAY)).toEqual([]);
  });
});

describe('who gets a district’s request', () => {
  const person = (id: string, roles: RosterEntry['roles'], districtIds: string[], deputyDistrictIds?: string[]): RosterEntry => ({
    tenantId: 't',
    id,
    type: 'roster-entry',
    name: id,
    roles,
    districtIds,
    ...(deputyDistrictIds ? { deputyDistrictIds } : {}),
    demo: true,
  });
  const roster = [
    person('anna', ['contact'], ['farsta']),
    person('bo', ['contact'], ['farsta']),
    person('dora', [], [], ['farsta']),
    person('erik', [], [], ['bromma']),
  ];
  const ids = (absent: string[]) => recipientsOfDistrict(roster, 'farsta', (id) => absent.includes(id)).recipients.map((p) => p.id);

  it('goes to the contacts while everyone is present', () => expect(ids([])).toEqual(['anna', 'bo']));
  it('adds the deputy while a contact is away, and leaves the absent contact out', () => expect(ids(['anna'])).toEqual(['bo', 'dora']));
  it('never goes to an absent deputy', () => expect(ids(['anna', 'dora'])).toEqual(['bo']));
  it('names the absent contacts', () => expect(recipientsOfDistrict(roster, 'farsta', (id) => id === 'bo').absentContacts.map((p) => p.id)).toEqual(['bo']));
});
