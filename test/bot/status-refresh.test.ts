import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { addWeeks, weekKeyOf, type WeekKey } from '../../src/domain/iso-week.ts';
import { postActivity, teamsActivity, DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { cardOfSend, executeData, executeInvoke, invokeCard, textOf } from '../support/card-helpers.ts';
import { createJobsInstance } from '../support/jobs-harness.ts';
import { startTestAppWithConnector, type TestApp } from '../support/test-app.ts';
import type { FakeConnector } from '../support/fake-connector.ts';
import { withStatusRefresh } from '../../cards/status-report-card.ts';
import { adaptiveCard } from '../../cards/card-json.ts';

const SECOND_CONTACT = '00000000-0000-0000-0000-00000000d001'; // Rinkeby-Kista's other contact (demo roster)
const STEERING_MEMBER = '00000000-0000-0000-0000-00000000d003'; // not a contact

describe('status cards show the district’s current state (Universal Actions refresh)', () => {
  let testApp: (TestApp & { connector: FakeConnector }) | undefined;
  let app: RunningApp;
  let connector: FakeConnector;
  const week = weekKeyOf(new Date());
  const lastWeek = addWeeks(week, -1);
  const as = (aadObjectId: string, name: string, overrides: Record<string, unknown> = {}) =>
    teamsActivity(connector.serviceUrl, { aadObjectId, from: { id: `29:${aadObjectId}`, aadObjectId, name }, conversation: { id: `a:chat-${aadObjectId}`, conversationType: 'personal' }, ...overrides });
  /** What Teams posts when it refreshes a card by itself for a user in `refresh.userIds`. */
  const refresh = async (aadObjectId: string, name: string, data: Record<string, unknown>) => {
    const activity = executeInvoke(as(aadObjectId, name), 'status.refresh', data);
    (activity.value as { trigger: string }).trigger = 'automatic';
    const response = await postActivity(app.url, activity);
    expect(response.status).toBe(200);
    return invokeCard(await response.json())!;
  };
  const invoke = async (aadObjectId: string, name: string, verb: string, data: Record<string, unknown>) => {
    const response = await postActivity(app.url, executeInvoke(as(aadObjectId, name), verb, data));
    expect(response.status).toBe(200);
    return invokeCard(await response.json())!;
  };
  let requestCard: Record<string, unknown>;
  let focusAreaIds: string[];
  const filled = (districtWeek: WeekKey, basedOn: number) => {
    const data: Record<string, unknown> = { districtId: 'rinkeby-kista', week: districtWeek, basedOn };
    for (const id of focusAreaIds) data[`level.${id}`] = 'yellow';
    return data;
  };

  beforeAll(async () => {
    testApp = await startTestAppWithConnector();
    ({ app, connector } = testApp);
    focusAreaIds = (await app.repositories.focusAreas.list(PLAYGROUND_TENANT)).map((f) => f.id);
    for (const [id, name] of [[DEMO_USER_AAD, 'Alex Wilber'], [SECOND_CONTACT, 'Demokontakt Rinkeby-Kista']] as const) {
      const hello = as(id, name, { text: 'hej' });
      await postActivity(app.url, hello);
      await connector.waitFor((s) => s.path.includes(encodeURIComponent(hello.id as string)));
    }
  });
  afterAll(async () => {
    await testApp?.stop();
  });

  it('the request card carries refresh: Action.Execute status.refresh for the district’s contacts', async () => {
    const jobs = createJobsInstance(app.repositories, 'refresh-test');
    await jobs.jobs.run('status-request', PLAYGROUND_TENANT, week);
    requestCard = cardOfSend(await connector.waitFor((s) => s.conversationId === `a:chat-${SECOND_CONTACT}` && textOf(s.activity).includes('status.refresh')))!;
    const refreshClause = requestCard.refresh as { action: Record<string, unknown>; userIds: string[] };
    expect(refreshClause.action).toMatchObject({ type: 'Action.Execute', verb: 'status.refresh', data: { verb: 'status.refresh', districtId: 'rinkeby-kista', week } });
    // The Teams user ids their chats have (MRIs), the two contacts of Rinkeby-Kista and nobody else.
    expect([...refreshClause.userIds].sort()).toEqual([`29:${DEMO_USER_AAD}`, `29:${SECOND_CONTACT}`].sort());
  });

  it('before anyone sends, refresh gives each contact the form', async () => {
    const card = await refresh(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', { districtId: 'rinkeby-kista', week });
    expect(executeData(card)).toMatchObject({ verb: 'status.submit', data: { basedOn: 0 } });
    expect(card.refresh).toBeDefined();
  });

  it('after one contact sends, the other contact’s card shows "Inskickad av X" with Ändra', async () => {
    const sent = await invoke(DEMO_USER_AAD, 'Alex Wilber', 'status.submit', filled(week, 0));
    expect(textOf(sent)).toContain('Inskickad av Alex Wilber');
    expect(sent.refresh).toBeDefined(); // the replaced card keeps refreshing for the others
    const other = await refresh(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', { districtId: 'rinkeby-kista', week });
    expect(textOf(other)).toContain('Inskickad av Alex Wilber');
    expect(executeData(other)?.verb).toBe('status.edit');
    // Ändra from there opens the form on the current revision.
    const edit = await invoke(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', 'status.edit', { districtId: 'rinkeby-kista', week });
    expect(executeData(edit)).toMatchObject({ verb: 'status.submit', data: { basedOn: 1 } });
  });

  it('someone who is not a contact sees the state without Ändra', async () => {
    const card = await refresh(STEERING_MEMBER, 'Demoledamot styrgruppen', { districtId: 'rinkeby-kista', week });
    expect(textOf(card)).toContain('Inskickad av Alex Wilber');
    expect(card.actions ?? []).toEqual([]);
  });

  it('a card from a past week shows that week read-only', async () => {
    const empty = await refresh(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', { districtId: 'rinkeby-kista', week: lastWeek });
    expect(textOf(empty)).toContain(`Ingen rapport skickades in för vecka ${Number(lastWeek.slice(6))}`);
    expect(empty.actions ?? []).toEqual([]);
    // A (late) report of last week: shown as it was, with no Ändra, also from an old card's Ändra.
    await invoke(DEMO_USER_AAD, 'Alex Wilber', 'status.submit', filled(lastWeek, 0));
    const past = await refresh(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', { districtId: 'rinkeby-kista', week: lastWeek });
    expect(textOf(past)).toContain(`Vecka ${Number(lastWeek.slice(6))} är avslutad`);
    expect(textOf(past)).toContain('Inskickad av Alex Wilber');
    expect(past.actions ?? []).toEqual([]);
    const oldEdit = await invoke(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', 'status.edit', { districtId: 'rinkeby-kista', week: lastWeek });
    expect(oldEdit.actions ?? []).toEqual([]);
  });

  it('someone off the roster learns nothing from a forged refresh', async () => {
    const card = await refresh('00000000-0000-0000-0000-0000000000ff', 'Okänd', { districtId: 'rinkeby-kista', week });
    expect(textOf(card)).not.toContain('Inskickad av');
    expect(textOf(card)).toContain('Bara för dem som finns i Samverkan');
  });

  it('a forged refresh (unknown district, bad week) gets a notice, nothing else', async () => {
    const unknown = await refresh(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', { districtId: 'atlantis', week });
    expect(textOf(unknown)).toContain('Kortet kunde inte läsas');
    const badWeek = await refresh(SECOND_CONTACT, 'Demokontakt Rinkeby-Kista', { districtId: 'rinkeby-kista', week: '2026-W99' });
    expect(textOf(badWeek)).toContain('Kortet kunde inte läsas');
  });

  it('refresh.userIds never holds more than 60', () => {
    const card = withStatusRefresh(adaptiveCard([]), { language: 'sv', district: { id: 'farsta', name: 'Farsta', localPriorities: [], demo: true }, week, refreshUserIds: Array.from({ length: 75 }, (_, i) => `29:u${i}`) });
    expect((card.refresh as { userIds: string[] }).userIds).toHaveLength(60);
    expect(withStatusRefresh(adaptiveCard([]), { language: 'sv', district: { id: 'farsta', name: 'Farsta', localPriorities: [], demo: true }, week, refreshUserIds: [] }).refresh).toBeUndefined();
  });
});
