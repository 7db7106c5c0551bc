import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_DATASET, ROSTER_INPUTS as I } from '../../cards/roster-card.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT, postActivity, teamsActivity } from '../support/activities.ts';
import { cardOfSend, executeInvoke, findInput, invokeCard, textOf } from '../support/card-helpers.ts';
import { startFakeConnector, type FakeConnector, type FakeTeamMember } from '../support/fake-connector.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const tenantId = PLAYGROUND_TENANT;
const TEAM_ID = '19:coordination@thread.tacv2';
const CONTACT = '00000000-0000-0000-0000-00000000d001'; // demo roster: a contact, not an admin
const ANNA = '3a1b2c3d-0000-4000-8000-000000000001';
const members: FakeTeamMember[] = [
  { id: `29:${ANNA}`, aadObjectId: ANNA, name: 'Anna Andersson', userPrincipalName: 'anna.andersson@stockholm.example' },
  { id: '29:j', aadObjectId: '3a1b2c3d-0000-4000-8000-000000000002', name: 'Johanna Berg', userPrincipalName: 'johanna.berg@polisen.example' },
  { id: '29:a', aadObjectId: '3a1b2c3d-0000-4000-8000-000000000003', name: 'Åsa Lind', userPrincipalName: 'asa.lind@stockholm.example' },
  { id: '29:p', aadObjectId: '3a1b2c3d-0000-4000-8000-000000000004', name: 'Per Persson', userPrincipalName: 'per.persson@stockholm.example' },
];

describe('admins pick people from the team’s members (typeahead), and see names', () => {
  let testApp: TestApp;
  let connector: FakeConnector;
  const as = (aadObjectId: string, overrides: Record<string, unknown> = {}) =>
    teamsActivity(connector.serviceUrl, { aadObjectId, from: { id: `29:${aadObjectId}`, aadObjectId, name: 'Alex Wilber' }, conversation: { id: `a:chat-${aadObjectId}`, conversationType: 'personal' }, ...overrides });
  const search = async (aadObjectId: string, queryText: string) => {
    const response = await postActivity(testApp.app.url, as(aadObjectId, { type: 'invoke', name: 'application/search', text: undefined, value: { queryText, queryOptions: { skip: 0, top: 15 }, dataset: PEOPLE_DATASET } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: string; value: { results: Array<{ title: string; value: string }> } };
    expect(body.type).toBe('application/vnd.microsoft.search.searchResponse');
    return body.value.results;
  };

  beforeAll(async () => {
    connector = await startFakeConnector({ teamMembers: { [TEAM_ID]: members } });
    testApp = await startTestApp();
    const install = teamsActivity(connector.serviceUrl, {
      type: 'conversationUpdate',
      conversation: { id: TEAM_ID, conversationType: 'channel', tenantId },
      membersAdded: [{ id: '28:bot' }],
      channelData: { tenant: { id: tenantId }, team: { id: TEAM_ID, name: 'Samordning' } },
    });
    expect((await postActivity(testApp.app.url, install)).status).toBeLessThan(300);
  });
  afterAll(async () => {
    await testApp?.stop();
    await connector?.stop();
  });

  it('"hantera roller" offers a person picker that searches the team (Data.Query)', async () => {
    const ask = as(DEMO_USER_AAD, { text: 'hantera roller' });
    await postActivity(testApp.app.url, ask);
    const send = await connector.waitFor((s) => s.path.includes(encodeURIComponent(ask.id as string)));
    const picker = findInput(cardOfSend(send), I.person);
    expect(picker).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered', 'choices.data': { type: 'Data.Query', dataset: PEOPLE_DATASET } });
  });

  it('the search answers matching members by name (accents and case do not matter), names not ids', async () => {
    expect(await search(DEMO_USER_AAD, 'ann')).toEqual([
      { title: 'Anna Andersson', value: ANNA },
      { title: 'Johanna Berg', value: '3a1b2c3d-0000-4000-8000-000000000002' },
    ]);
    expect((await search(DEMO_USER_AAD, 'asa')).map((r) => r.title)).toEqual(['Åsa Lind']);
    expect((await search(DEMO_USER_AAD, 'polisen')).map((r) => r.title)).toEqual(['Johanna Berg']);
    expect(await search(DEMO_USER_AAD, 'nobody-by-this-name')).toEqual([]);
    // The team was listed once, not per keystroke.
    expect(connector.memberPages).toBe(1);
  });

  it('answers nobody but admins', async () => {
    expect(await search(CONTACT, 'ann')).toEqual([]);
  });

  it('a member picked by the search gets the role, stored under their name', async () => {
    const response = await postActivity(testApp.app.url, executeInvoke(as(DEMO_USER_AAD), 'roster.change', { op: 'add', lang: 'sv', [I.role]: 'steering', [I.person]: ANNA }));
    const card = invokeCard(await response.json());
    expect(textOf(card)).toContain('Anna Andersson är nu ledamot i styrgruppen.');
    const entry = await testApp.app.repositories.roster.read(tenantId, ANNA);
    expect(entry?.doc).toMatchObject({ name: 'Anna Andersson', roles: ['steering'] });
  });
});
