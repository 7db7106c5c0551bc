import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICES } from '../../cards/texts/notices.ts';
import { postActivity, teamsActivity, DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { cardOfSend, executeInvoke, invokeCard, textOf } from '../support/card-helpers.ts';
import type { FakeConnector } from '../support/fake-connector.ts';
import { startTestAppWithConnector, type TestApp } from '../support/test-app.ts';

/** Someone in the tenant who is not on the roster (no role in Samverkan). */
const STRANGER = '0a1b2c3d-0000-4000-8000-00000000beef';
const READS = ['hur är läget i Farsta?', 'sammanfattning', 'mina uppgifter', 'försenade uppgifter', 'beslut', 'uppgift t-0001'];
const REFUSAL = NOTICES.rosterOnly.title.sv;

describe('reading status, summaries, tasks and decisions (READ_ACCESS)', () => {
  let roster: TestApp & { connector: FakeConnector };
  let tenant: TestApp & { connector: FakeConnector };
  beforeAll(async () => {
    [roster, tenant] = await Promise.all([startTestAppWithConnector(), startTestAppWithConnector({ READ_ACCESS: 'tenant' })]);
  });
  afterAll(async () => {
    await Promise.all([roster?.stop(), tenant?.stop()]);
  });

  let counter = 0;
  async function ask(app: TestApp & { connector: FakeConnector }, text: string, aadObjectId: string): Promise<string> {
    const conversation = `a:read-${(counter += 1)}`;
    const response = await postActivity(app.app.url, teamsActivity(app.connector.serviceUrl, { text, aadObjectId, conversation: { id: conversation, conversationType: 'personal' } }));
    expect(response.status).toBeLessThan(300);
    const send = await app.connector.waitFor((s) => s.conversationId === conversation);
    return textOf(cardOfSend(send));
  }

  it.each(READS)('by default refuses "%s" to someone not on the roster, saying what to do', async (text) => {
    const card = await ask(roster, text, STRANGER);
    expect(card).toContain(REFUSAL);
    expect(card).toContain('hantera roller');
  });

  it('keeps questions about the agreement open to every official', async () => {
    const card = await ask(roster, 'vad ingår i samverkansavtalet?', STRANGER);
    expect(card).not.toContain(REFUSAL);
    expect(card).toContain('Kamerabevakning');
  });

  it('answers roster members', async () => {
    for (const text of READS) expect(await ask(roster, text, DEMO_USER_AAD), text).not.toContain(REFUSAL);
  });

  it('with READ_ACCESS=tenant answers everyone in the tenant', async () => {
    for (const text of READS) expect(await ask(tenant, text, STRANGER), text).not.toContain(REFUSAL);
  });
});

describe('card actions without the user\'s Entra id', () => {
  let app: TestApp & { connector: FakeConnector };
  beforeAll(async () => {
    app = await startTestAppWithConnector();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('are refused with a notice that says to use Teams signed in, and nothing is written', async () => {
    const base = teamsActivity(app.connector.serviceUrl, {});
    const anonymous = { ...base, from: { id: '29:anonymous', name: 'Okänd' } };
    const response = await postActivity(app.app.url, executeInvoke(anonymous, 'decision.save', { 'decision.date': '2026-11-20', 'decision.text': 'Beslut', 'decision.anchoring': 'förankrad' }));
    expect(response.status).toBe(200);
    expect(textOf(invokeCard(await response.json()))).toContain(NOTICES.anonymousUser.title.sv);
    expect(await app.app.repositories.decisions.list(PLAYGROUND_TENANT)).toEqual([]);
  });
});
