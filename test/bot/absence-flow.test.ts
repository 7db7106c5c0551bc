import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { weekKeyOf, type WeekKey } from '../../src/domain/iso-week.ts';
import { absenceId } from '../../src/domain/absence.ts';
import { postActivity, teamsActivity, DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { cardOfSend, executeData, executeInvoke, invokeCard, textOf } from '../support/card-helpers.ts';
import { createJobsInstance } from '../support/jobs-harness.ts';
import { startTestAppWithConnector, type TestApp } from '../support/test-app.ts';
import type { FakeConnector } from '../support/fake-connector.ts';

// From data/demo-roster.json (demo data): Farsta's contact and its deputy.
const FARSTA_CONTACT = '00000000-0000-0000-0000-00000000d002';
const FARSTA_DEPUTY = '00000000-0000-0000-0000-00000000d004';
const RINKEBY_CONTACT = '00000000-0000-0000-0000-00000000d001';

describe('a contact is away, a deputy reports (journey 7)', () => {
  let testApp: (TestApp & { connector: FakeConnector }) | undefined;
  let app: RunningApp;
  let connector: FakeConnector;
  const as = (aadObjectId: string, name: string, overrides: Record<string, unknown> = {}) =>
    teamsActivity(connector.serviceUrl, { aadObjectId, from: { id: `29:${aadObjectId}`, aadObjectId, name }, conversation: { id: `a:chat-${aadObjectId}`, conversationType: 'personal' }, ...overrides });
  /** Writes in the person's chat and returns the card the bot answered with. */
  const say = async (aadObjectId: string, name: string, text: string, overrides: Record<string, unknown> = {}) => {
    const activity = as(aadObjectId, name, { text, ...overrides });
    expect((await postActivity(app.url, activity)).status).toBeLessThan(300);
    const send = await connector.waitFor((s) => s.path.includes(encodeURIComponent(activity.id as string)));
    return cardOfSend(send) ?? { text: send.activity.text };
  };
  const invoke = async (aadObjectId: string, name: string, verb: string, data: Record<string, unknown>) => {
    const response = await postActivity(app.url, executeInvoke(as(aadObjectId, name), verb, data));
    expect(response.status).toBe(200);
    return invokeCard(await response.json());
  };
  let awayWeek: WeekKey;

  beforeAll(async () => {
    testApp = await startTestAppWithConnector();
    ({ app, connector } = testApp);
    // Everyone involved has talked to the bot once, so proactive cards can reach them.
    await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'hej');
    await say(FARSTA_DEPUTY, 'Demoersättare Farsta', 'hej');
  });
  afterAll(async () => {
    await testApp?.stop();
  });

  it('refuses a period it cannot read, saying how to write it, and stores nothing', async () => {
    const bad = await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'frånvarande vecka 60');
    expect(textOf(bad)).toContain('Vecka 60 finns inte');
    const vague = await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'frånvarande snart');
    expect(textOf(vague)).toContain('frånvarande vecka 49–50');
    const backwards = await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'frånvarande 2026-12-14–2026-12-01');
    expect(textOf(backwards)).toContain('Perioden slutar innan den börjar');
    const english = await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'I am away for the weeks 50 to 49', { locale: 'en-GB' });
    expect(textOf(english)).toContain('I did not understand the period');
    expect(await app.repositories.absences.read(PLAYGROUND_TENANT, absenceId(FARSTA_CONTACT))).toBeUndefined();
  });

  it('"frånvarande vecka …" stores the absence and names the deputy', async () => {
    // The week after next, whatever today is: the request for it is judged on its Monday.
    const next = weekKeyOf(new Date(Date.now() + 14 * 86_400_000));
    const number = Number(next.slice(6));
    const card = await say(FARSTA_CONTACT, 'Demokontakt Farsta', `frånvarande vecka ${number}–${number}`);
    expect(textOf(card)).toContain('Frånvaron är sparad');
    expect(textOf(card)).toContain('Ersättare: Demoersättare Farsta');
    const stored = (await app.repositories.absences.read(PLAYGROUND_TENANT, absenceId(FARSTA_CONTACT)))!.doc;
    expect(stored.periods).toHaveLength(1);
    awayWeek = weekKeyOf(new Date(`${stored.periods[0]!.from}T12:00:00Z`));
    expect(awayWeek).toBe(next);
  });

  it('sends that week’s request to the deputy instead of the absent contact', async () => {
    const jobs = createJobsInstance(app.repositories, 'absence-test');
    const before = connector.sends.length;
    const report = await jobs.jobs.run('status-request', PLAYGROUND_TENANT, awayWeek);
    expect(report.ran).toBe(true);
    const sent = connector.sends.slice(before);
    const toDeputy = sent.filter((s) => s.conversationId === `a:chat-${FARSTA_DEPUTY}`);
    expect(toDeputy).toHaveLength(1);
    expect(textOf(cardOfSend(toDeputy[0]!))).toContain('som ersättare för Demokontakt Farsta');
    expect(sent.some((s) => s.conversationId === `a:chat-${FARSTA_CONTACT}`)).toBe(false);
    expect(await app.repositories.outbox.read(PLAYGROUND_TENANT, `status-request:${awayWeek}:farsta:${FARSTA_CONTACT}`)).toBeUndefined();
  });

  it('the deputy’s report says whom it was sent for, in the answer and in the summary card', async () => {
    const focusAreaIds = (await app.repositories.focusAreas.list(PLAYGROUND_TENANT)).map((f) => f.id);
    const data: Record<string, unknown> = { districtId: 'farsta', week: awayWeek, basedOn: 0 };
    for (const id of focusAreaIds) data[`level.${id}`] = 'green';
    const card = await invoke(FARSTA_DEPUTY, 'Demoersättare Farsta', 'status.submit', data);
    expect(textOf(card)).toContain('Inskickad av Demoersättare Farsta för Demokontakt Farsta');
    const revision = (await app.repositories.reports.read(PLAYGROUND_TENANT, `farsta:${awayWeek}`))!.doc.revisions[0]!;
    expect(revision.onBehalfOf).toEqual([{ aadObjectId: FARSTA_CONTACT, name: 'Demokontakt Farsta' }]);
    const answer = await say(RINKEBY_CONTACT, 'Demokontakt Rinkeby-Kista', `hur är läget i Farsta vecka ${Number(awayWeek.slice(6))}?`);
    expect(textOf(answer)).toContain('Inskickad av Demoersättare Farsta för Demokontakt Farsta');
    // The steering group's summary says it too, and names the missing districts' contacts.
    const summary = await say(DEMO_USER_AAD, 'Alex Wilber', `sammanfattning vecka ${Number(awayWeek.slice(6))}`);
    expect(textOf(summary)).toContain('Farsta: rapporterad av Demoersättare Farsta för Demokontakt Farsta');
    expect(textOf(summary)).toMatch(/\*\*Rinkeby-Kista\*\* — kontakt: Demoanvändare .*, Demokontakt Rinkeby-Kista/);
  });

  it('"ej aktuellt denna vecka" pauses the district: no reminder, not missing, with the reason', async () => {
    const week = weekKeyOf(new Date());
    const paused = await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'ej aktuellt denna vecka: lokalen är stängd för renovering');
    expect(textOf(paused)).toContain('lokalen är stängd för renovering');
    expect(executeData(paused)?.verb).toBe('status.resume');
    const noReason = await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'ej aktuellt denna vecka');
    expect(textOf(noReason)).toContain('Skriv en kort anledning');
    const stranger = await say(RINKEBY_CONTACT, 'Demokontakt Rinkeby-Kista', 'ej aktuellt denna vecka för Farsta: nej');
    expect(textOf(stranger)).toMatch(/kontakt/i);
    expect((await app.repositories.districtPauses.read(PLAYGROUND_TENANT, `district-pause:farsta:${week}`))?.doc.reason).toBe('lokalen är stängd för renovering');

    const jobs = createJobsInstance(app.repositories, 'absence-test-2');
    const before = connector.sends.length;
    await jobs.jobs.run('status-reminder', PLAYGROUND_TENANT, week);
    expect(connector.sends.slice(before).some((s) => s.conversationId === `a:chat-${FARSTA_CONTACT}`)).toBe(false);
    const missing = await say(RINKEBY_CONTACT, 'Demokontakt Rinkeby-Kista', 'vilka har inte rapporterat?');
    expect(textOf(missing)).toContain('Farsta: ej aktuellt vecka');
    expect(textOf(missing)).not.toContain('• Farsta');

    const resumed = await invoke(FARSTA_CONTACT, 'Demokontakt Farsta', 'status.resume', { districtId: 'farsta', week });
    expect(executeData(resumed)?.verb).toBe('status.submit');
    expect(await app.repositories.districtPauses.read(PLAYGROUND_TENANT, `district-pause:farsta:${week}`)).toBeUndefined();
  });

  it('the absence card takes dates, and "tillbaka" ends the absence', async () => {
    const card = await say(FARSTA_DEPUTY, 'Demoersättare Farsta', 'frånvaro');
    expect(JSON.stringify(card)).toContain('"type":"Input.Date"');
    const missingDate = await invoke(FARSTA_DEPUTY, 'Demoersättare Farsta', 'absence.save', { 'absence.from': '2099-01-01' });
    expect(textOf(missingDate)).toContain('Välj både första och sista dagen');
    const saved = await invoke(FARSTA_DEPUTY, 'Demoersättare Farsta', 'absence.save', { 'absence.from': '2099-01-05', 'absence.to': '2099-01-09' });
    expect(textOf(saved)).toContain('Frånvaron är sparad');
    expect((await app.repositories.absences.read(PLAYGROUND_TENANT, absenceId(FARSTA_DEPUTY)))?.doc.periods).toEqual([{ from: '2099-01-05', to: '2099-01-09' }]);
    const back = await say(FARSTA_CONTACT, 'Demokontakt Farsta', 'tillbaka');
    expect(textOf(back)).toContain('Välkommen tillbaka');
    expect((await app.repositories.absences.read(PLAYGROUND_TENANT, absenceId(FARSTA_CONTACT)))?.doc.periods).toEqual([]);
  });
});
