import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { weekKeyOf } from '../../src/domain/iso-week.ts';
import { postActivity, teamsActivity, DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { cardOfSend, executeData, executeInvoke, findInput, invokeCard, textOf } from '../support/card-helpers.ts';
import { startTestAppWithConnector, type TestApp } from '../support/test-app.ts';
import type { FakeConnector } from '../support/fake-connector.ts';

const SECOND_CONTACT = '00000000-0000-0000-0000-00000000d001'; // also a contact of Rinkeby-Kista (demo roster)
const FARSTA_CONTACT = '00000000-0000-0000-0000-00000000d002';

describe('a district contact reports through the card (journey 2)', () => {
  let app: RunningApp;
  let testApp: (TestApp & { connector: FakeConnector }) | undefined;
  let connector: FakeConnector;
  const week = weekKeyOf(new Date());
  const reportId = `rinkeby-kista:${week}`;
  const as = (aadObjectId: string, name: string, overrides: Record<string, unknown> = {}) =>
    teamsActivity(connector.serviceUrl, { aadObjectId, from: { id: `29:${aadObjectId}`, aadObjectId, name }, conversation: { id: `a:chat-${aadObjectId}`, conversationType: 'personal' }, ...overrides });
  const invoke = async (activity: Record<string, unknown>) => {
    const response = await postActivity(app.url, activity);
    expect(response.status).toBe(200);
    return invokeCard(await response.json());
  };
  let form: Record<string, unknown>;
  let focusAreaIds: string[];
  const filled = (overrides: Record<string, unknown> = {}) => {
    const data: Record<string, unknown> = { ...executeData(form)!.data };
    for (const id of focusAreaIds) {
      data[`level.${id}`] = 'green';
      data[`trend.${id}`] = 'same';
    }
    return { ...data, ...overrides };
  };

  beforeAll(async () => {
    testApp = await startTestAppWithConnector();
    ({ app, connector } = testApp);
  });
  afterAll(async () => {
    await testApp?.stop();
  });

  it('"rapportera" opens the form for the contact’s district and week', async () => {
    const ask = as(DEMO_USER_AAD, 'Alex Wilber', { text: 'rapportera' });
    await postActivity(app.url, ask);
    const send = await connector.waitFor((s) => s.path.includes(encodeURIComponent(ask.id as string)));
    form = cardOfSend(send)!;
    expect(textOf(form)).toContain(`Lägesrapport vecka ${Number(week.slice(6))} — Rinkeby-Kista`);
    const action = executeData(form);
    expect(action).toMatchObject({ verb: 'status.submit', data: { districtId: 'rinkeby-kista', week, basedOn: 0 } });
    focusAreaIds = (await app.repositories.focusAreas.list(PLAYGROUND_TENANT)).map((f) => f.id);
    expect(findInput(form, `level.${focusAreaIds[0]}`)).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true });
  });

  it('refuses a form with a missing level and a 50,000-character comment, storing nothing', async () => {
    const data = filled({ [`level.${focusAreaIds[1]}`]: '', [`comment.${focusAreaIds[0]}`]: 'x'.repeat(50_000) });
    const card = await invoke(executeInvoke(as(DEMO_USER_AAD, 'Alex Wilber'), 'status.submit', data));
    expect(textOf(card)).toMatch(/Inget har sparats/);
    expect(textOf(card)).toMatch(/Välj ett läge/);
    expect(textOf(card)).toMatch(/Högst 500 tecken/);
    expect(await app.repositories.reports.read(PLAYGROUND_TENANT, reportId)).toBeUndefined();
  });

  it('stores a valid submission and replaces the card with what was sent', async () => {
    const data = filled({ [`level.${focusAreaIds[2]}`]: 'red', [`comment.${focusAreaIds[2]}`]: 'Oro kring stationen' });
    const card = await invoke(executeInvoke(as(DEMO_USER_AAD, 'Alex Wilber'), 'status.submit', data));
    expect(textOf(card)).toMatch(/Inskickad av Alex Wilber/);
    expect(executeData(card)?.verb).toBe('status.edit');
    const stored = await app.repositories.reports.read(PLAYGROUND_TENANT, reportId);
    expect(stored?.doc.current).toBe(1);
    expect(stored?.doc.revisions[0]?.entries.find((e) => e.focusAreaId === focusAreaIds[2])).toMatchObject({ level: 'red', comment: 'Oro kring stationen' });
  });

  it('"Ändra" brings back the form prefilled with the current revision, and a correction becomes current', async () => {
    const editCard = await invoke(executeInvoke(as(DEMO_USER_AAD, 'Alex Wilber'), 'status.edit', { districtId: 'rinkeby-kista', week }));
    expect(findInput(editCard, `comment.${focusAreaIds[2]}`)?.value).toBe('Oro kring stationen');
    expect(executeData(editCard)?.data.basedOn).toBe(1);
    form = editCard!;
    const corrected = await invoke(executeInvoke(as(DEMO_USER_AAD, 'Alex Wilber'), 'status.submit', filled({ [`level.${focusAreaIds[2]}`]: 'yellow' })));
    // A second submit is a change, and says so with its version.
    expect(textOf(corrected)).toMatch(/Ändring inskickad av .* \(version 2\)/);
    const stored = await app.repositories.reports.read(PLAYGROUND_TENANT, reportId);
    expect(stored?.doc.current).toBe(2);
    expect(stored?.doc.revisions).toHaveLength(2);
  });

  it('tells the second contact who sends from a stale card, and keeps what they sent as a revision', async () => {
    const staleData = { ...filled({ overallComment: 'från det gamla kortet' }), basedOn: 0 };
    const card = await invoke(executeInvoke(as(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista'), 'status.submit', staleData));
    expect(textOf(card)).toMatch(/ändrades av Alex Wilber/);
    const stored = await app.repositories.reports.read(PLAYGROUND_TENANT, reportId);
    expect(stored?.doc.current).toBe(2);
    expect(stored?.doc.revisions.at(-1)).toMatchObject({ overallComment: 'från det gamla kortet', basedOn: 0, submittedBy: { aadObjectId: SECOND_CONTACT } });
  });

  it('refuses someone who is not a contact of the district, and audits the attempt', async () => {
    const before = (await app.repositories.reports.read(PLAYGROUND_TENANT, reportId))?.doc.revisions.length;
    const card = await invoke(executeInvoke(as(FARSTA_CONTACT, 'Demokontakt Farsta'), 'status.submit', filled()));
    expect(textOf(card)).toMatch(/Bara stadsdelsområdets kontaktpersoner/);
    expect((await app.repositories.reports.read(PLAYGROUND_TENANT, reportId))?.doc.revisions.length).toBe(before);
    const audit = await app.repositories.audit.list(PLAYGROUND_TENANT);
    expect(audit.some((entry) => entry.outcome === 'refused' && entry.actor.aadObjectId === FARSTA_CONTACT && entry.target.id === reportId)).toBe(true);
  });

  it('handles the Action.Submit fallback by updating the card message in place', async () => {
    const activity = as(DEMO_USER_AAD, 'Alex Wilber', { text: undefined, replyToId: 'card-activity-1', value: { ...filled(), verb: 'status.submit', basedOn: 2 } });
    expect((await postActivity(app.url, activity)).status).toBeLessThan(300);
    const update = await connector.waitFor((s) => s.method === 'PUT' && s.path.endsWith('/activities/card-activity-1'));
    expect(textOf(cardOfSend(update))).toMatch(/inskickad av Alex Wilber/i);
  });

  it('then answers "hur är läget i rinkeby-kista" with the submitted comment', async () => {
    const ask = as(DEMO_USER_AAD, 'Alex Wilber', { text: 'hur är läget i rinkeby-kista?' });
    await postActivity(app.url, ask);
    const send = await connector.waitFor((s) => s.path.includes(encodeURIComponent(ask.id as string)));
    expect(textOf(cardOfSend(send))).toMatch(/Läget i Rinkeby-Kista/);
    expect(textOf(cardOfSend(send))).toMatch(/Alex Wilber/);
  });
});
