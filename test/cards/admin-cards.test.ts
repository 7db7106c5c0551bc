import { describe, expect, it } from 'vitest';
import { buildRosterCard, ROSTER_INPUTS as I, type RosterCardView } from '../../cards/roster-card.ts';
import { readRosterForm } from '../../cards/roster-form.ts';
import { buildScheduleCard, scheduleInput } from '../../cards/schedule-card.ts';
import { readScheduleForm } from '../../cards/schedule-form.ts';
import { defaultSchedule } from '../../src/domain/schedule.ts';
import { parseProblems } from '../support/parse-card.ts';

// The official parser, loaded as in test/cards/answer-card.test.ts.
const GUID = '8f0c2a4e-1b2c-4d5e-8f90-1234567890ab';
const districts = [
  { id: 'farsta', name: 'Farsta' },
  { id: 'rinkeby-kista', name: 'Rinkeby-Kista' },
];
const view = (extra: Partial<RosterCardView> = {}): RosterCardView => ({
  language: 'sv',
  roster: [
    { id: 'a', name: 'Anna Admin', roles: ['admin', 'steering'], districtIds: [], demo: false },
    { id: 'k', name: 'Karl Kontakt', roles: ['contact'], districtIds: ['farsta'], demo: true },
  ],
  districts,
  knownPeople: [
    { aadObjectId: 'a', name: 'Anna Admin' },
    { aadObjectId: 'k', name: 'Karl Kontakt' },
  ],
  ...extra,
});

describe('roster card', () => {
  it('is a valid Adaptive Card 1.5 with the roster grouped and Execute actions with Submit fallbacks', () => {
    for (const language of ['sv', 'en'] as const) {
      const { card, text } = buildRosterCard(view({ language, notice: { kind: 'added', name: 'Karl', role: 'contact', districtName: 'Farsta' } }));
      expect(card.version).toBe('1.5');
      expect(parseProblems(card)).toEqual([]);
      expect(text).toContain(language === 'sv' ? 'Karl är nu kontaktperson för Farsta.' : 'Karl is now a contact for Farsta.');
      const json = JSON.stringify(card);
      expect(json).toContain('Karl Kontakt*'); // demo data is marked
      expect(card.actions).toEqual([
        expect.objectContaining({ type: 'Action.Execute', verb: 'roster.change', data: { verb: 'roster.change', op: 'add', lang: language }, fallback: expect.objectContaining({ type: 'Action.Submit' }) }),
        expect.objectContaining({ type: 'Action.Execute', verb: 'roster.change', data: { verb: 'roster.change', op: 'remove', lang: language } }),
      ]);
    }
  });

  it('stays small with the full picker of known people', () => {
    const knownPeople = Array.from({ length: 100 }, (_, i) => ({ aadObjectId: `${GUID.slice(0, -3)}${String(i).padStart(3, '0')}`, name: `Förnamn Efternamnsson ${i}` }));
    const { card } = buildRosterCard(view({ knownPeople, errors: { [I.person]: 'x' } }));
    expect(parseProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
  });

  it('lists each district’s deputies beside its contacts, and offers the deputy choice', () => {
    for (const language of ['sv', 'en'] as const) {
      const base = view({ language });
      const roster = [...base.roster, { id: 'd', name: 'Dora Deputy', roles: [], districtIds: [], deputyDistrictIds: ['farsta'], demo: false }];
      const { card, text } = buildRosterCard({ ...base, roster, notice: { kind: 'added', name: 'Dora Deputy', role: 'deputy', districtName: 'Farsta' } });
      expect(parseProblems(card)).toEqual([]);
      expect(text).toContain(language === 'sv' ? 'Dora Deputy är nu ersättare för Farsta.' : 'Dora Deputy is now a deputy for Farsta.');
      const json = JSON.stringify(card);
      expect(json).toContain(language === 'sv' ? '(ersättare: Dora Deputy)' : '(deputies: Dora Deputy)');
      expect(json).toContain('"value":"deputy"');
    }
  });

  it('says why the last admin cannot be removed', () => {
    const { text } = buildRosterCard(view({ notice: { kind: 'last-admin', name: 'Anna Admin', role: 'admin' } }));
    expect(text).toContain('Anna Admin är den enda administratören och kan inte tas bort');
  });
});

describe('readRosterForm', () => {
  const choices = { knownPeople: [{ aadObjectId: 'k', name: 'Karl Kontakt' }], districtIds: ['farsta', 'rinkeby-kista'] };

  it('reads a known person and a district', () => {
    expect(readRosterForm({ [I.role]: 'contact', [I.person]: 'k', [I.district]: 'farsta' }, 'add', choices, 'sv')).toEqual({
      ok: true,
      person: { aadObjectId: 'k', name: 'Karl Kontakt' },
      change: { op: 'add', role: 'contact', districtId: 'farsta' },
    });
  });

  it('reads a deputy for a district', () => {
    expect(readRosterForm({ [I.role]: 'deputy', [I.person]: 'k', [I.district]: 'rinkeby-kista' }, 'remove', choices, 'en')).toEqual({
      ok: true,
      person: { aadObjectId: 'k', name: 'Karl Kontakt' },
      change: { op: 'remove', role: 'deputy', districtId: 'rinkeby-kista' },
    });
  });

  it('reads a typed id (lower-cased) and name', () => {
    const result = readRosterForm({ [I.role]: 'steering', [I.personId]: ` ${GUID.toUpperCase()} `, [I.personName]: ' Åsa Öberg ' }, 'remove', choices, 'en');
    expect(result).toEqual({ ok: true, person: { aadObjectId: GUID, name: 'Åsa Öberg' }, change: { op: 'remove', role: 'steering' } });
  });

  it.each([
    [{}, { [I.role]: 'Välj en roll.', [I.person]: 'Välj en person i listan, eller ange id och namn nedan.' }],
    [{ [I.role]: 'boss', [I.person]: 'k' }, { [I.role]: 'Välj en roll.' }],
    [{ [I.role]: 'contact', [I.person]: 'k' }, { [I.district]: 'Välj stadsdelsområdet som kontaktpersonen eller ersättaren ska ha.' }],
    [{ [I.role]: 'deputy', [I.person]: 'k' }, { [I.district]: 'Välj stadsdelsområdet som kontaktpersonen eller ersättaren ska ha.' }],
    [{ [I.role]: 'contact', [I.person]: 'k', [I.district]: 'atlantis' }, { [I.district]: 'Välj ett av stadsdelsområdena i listan.' }],
    [{ [I.role]: 'admin', [I.person]: 'stranger' }, { [I.person]: 'Personen finns inte längre i listan. Öppna kortet igen.' }],
    [{ [I.role]: 'admin', [I.person]: 'k', [I.personId]: GUID }, { [I.person]: 'Välj antingen en person i listan eller ange id och namn, inte båda.' }],
    [{ [I.role]: 'admin', [I.personId]: 'not-a-guid', [I.personName]: 'X' }, { [I.personId]: expect.stringContaining('Ett Entra-objekt-id ser ut så här') }],
    [{ [I.role]: 'admin', [I.personId]: GUID }, { [I.personName]: 'Ange personens namn.' }],
    [{ [I.role]: 'admin', [I.personId]: GUID, [I.personName]: 'a\nb' }, { [I.personName]: 'Högst 100 tecken, utan radbrytningar.' }],
    [{ [I.role]: 'admin', [I.personId]: GUID, [I.personName]: 'x'.repeat(101) }, { [I.personName]: 'Högst 100 tecken, utan radbrytningar.' }],
    [{ [I.role]: ['admin'], [I.person]: { $ne: 1 } }, { [I.role]: 'Välj en roll.', [I.person]: 'Ogiltigt värde.' }],
  ])('refuses %j with messages per field', (data, errors) => {
    expect(readRosterForm(data as Record<string, unknown>, 'add', choices, 'sv')).toEqual({ ok: false, errors });
  });
});

describe('schedule card and form', () => {
  const schedule = { ...defaultSchedule('t1'), pausedWeeks: [28, 29, 30, 31, 32] };
  const nextRuns = { request: 'mån 30 nov 09:00', reminder: 'ons 2 dec 09:00', lastCall: 'tors 3 dec 09:00', deadline: 'tors 3 dec 17:00', summary: undefined };

  it('is a valid Adaptive Card 1.5 showing the slots, next runs and paused weeks', () => {
    for (const language of ['sv', 'en'] as const) {
      const { card, text } = buildScheduleCard({ language, schedule, nextRuns, notice: 'saved' });
      expect(parseProblems(card)).toEqual([]);
      expect(text).toContain(language === 'sv' ? 'måndag 09:00 — nästa: mån 30 nov 09:00' : 'Monday 09:00 — next: mån 30 nov 09:00');
      expect(text).toContain('28-32');
      expect(card.actions?.[0]).toMatchObject({ type: 'Action.Execute', verb: 'schedule.save', fallback: { type: 'Action.Submit' } });
    }
  });

  const form = (overrides: Record<string, unknown> = {}) => ({
    [scheduleInput.weekday('request')]: '1',
    [scheduleInput.time('request')]: '09:00',
    [scheduleInput.weekday('reminder')]: '3',
    [scheduleInput.time('reminder')]: '9:00',
    [scheduleInput.weekday('deadline')]: '4',
    [scheduleInput.time('deadline')]: '17:00:00',
    [scheduleInput.weekday('summary')]: '5',
    [scheduleInput.time('summary')]: '14:00',
    [scheduleInput.pausedWeeks]: '28-32',
    ...overrides,
  });

  it('reads the last call when the card has it, and keeps it in order', () => {
    const read = readScheduleForm(form({ [scheduleInput.weekday('lastCall')]: '4', [scheduleInput.time('lastCall')]: '8:30' }), 'sv');
    expect(read).toMatchObject({ ok: true, settings: { lastCall: { weekday: 4, time: '08:30' } } });
  });

  it('reads the form, normalising times', () => {
    expect(readScheduleForm(form(), 'sv')).toEqual({
      ok: true,
      settings: {
        request: { weekday: 1, time: '09:00' },
        reminder: { weekday: 3, time: '09:00' },
        deadline: { weekday: 4, time: '17:00' },
        summary: { weekday: 5, time: '14:00' },
        pausedWeeks: [28, 29, 30, 31, 32],
      },
    });
  });

  it.each([
    [{ [scheduleInput.weekday('request')]: '8' }, { [scheduleInput.weekday('request')]: 'Välj en veckodag.' }],
    [{ [scheduleInput.time('summary')]: '25:00' }, { [scheduleInput.time('summary')]: 'Ange en tid som 09:00.' }],
    [{ [scheduleInput.pausedWeeks]: '28-60' }, { [scheduleInput.pausedWeeks]: 'Vecka 60 finns inte; veckor är 1–53.' }],
    [{ [scheduleInput.pausedWeeks]: 'sommar' }, { [scheduleInput.pausedWeeks]: '"sommar" är inte ett veckonummer. Skriv t.ex. 28-32 eller 28,29,30.' }],
    [{ [scheduleInput.weekday('reminder')]: '1', [scheduleInput.time('reminder')]: '08:00' }, { [scheduleInput.weekday('reminder')]: 'Påminnelsen måste komma efter förfrågan samma vecka.' }],
    [{ [scheduleInput.weekday('deadline')]: '2' }, { [scheduleInput.weekday('deadline')]: 'Sista dag måste komma efter påminnelsen samma vecka.' }],
    [{ [scheduleInput.weekday('lastCall')]: '3', [scheduleInput.time('lastCall')]: '08:00' }, { [scheduleInput.weekday('lastCall')]: 'Sista påminnelsen måste komma efter påminnelsen samma vecka.' }],
    [{ [scheduleInput.weekday('lastCall')]: '4', [scheduleInput.time('lastCall')]: '18:00' }, { [scheduleInput.weekday('deadline')]: 'Sista dag måste komma efter sista påminnelsen samma vecka.' }],
    [{ [scheduleInput.weekday('lastCall')]: '4' }, { [scheduleInput.time('lastCall')]: 'Ange en tid som 09:00.' }],
  ])('refuses %j with a message next to the field', (overrides, errors) => {
    expect(readScheduleForm(form(overrides), 'sv')).toEqual({ ok: false, errors });
  });
});
