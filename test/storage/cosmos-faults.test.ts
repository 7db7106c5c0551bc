import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/main.ts';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { postActivity, teamsActivity, PLAYGROUND_TENANT } from '../support/activities.ts';
import { executeInvoke, cardOfSend, textOf } from '../support/card-helpers.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { addContacts } from '../support/jobs-harness.ts';

const JOBS_KEY = 'fault-test-jobs-key-0123456789';

/** The real app on a Cosmos endpoint that throttles 15 %, is unavailable 5 % and resets 2 % of requests. */
describe('the app through a Cosmos DB that throttles, fails and resets connections', () => {
  let cosmos: EmbeddedCosmos;
  let proxy: FaultProxy;
  let connector: FakeConnector;
  const apps: RunningApp[] = [];
  const envFor = (databaseId: string) => ({
    PORT: '0',
    PLAYGROUND: '0',
    SCHEDULER: '0',
    LOG_LEVEL: 'silent',
    COSMOS_ENDPOINT: proxy.endpoint,
    COSMOS_KEY: cosmos.key,
    COSMOS_DATABASE: databaseId,
    JOBS_KEY,
  });

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    proxy = await startFaultProxy({ target: cosmos.endpoint, seed: 47 });
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    await connector?.stop();
    await proxy?.stop();
    await cosmos?.stop();
  });

  it('starts two instances at once on an empty database, both seeding it', async () => {
    const started = await Promise.allSettled([startApp(envFor('samverkan-faults')), startApp(envFor('samverkan-faults'))]);
    for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);
    expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual(['started', 'started']);
    expect((await apps[0]!.repositories.focusAreas.list(PLAYGROUND_TENANT)).length).toBe(10);
  }, 120_000);

  it('answers every question, none with the busy notice', async () => {
    const app = apps[0]!;
    const questions = ['vad ingår i samverkansavtalet?', 'vem har ansvar för avhoppare?', 'står det något om skolorna?', 'what does the deal say about CCTV?', 'hur länge gäller avtalet?'];
    const texts: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const conversationId = `a:faults-question-${i}`;
      const response = await postActivity(app.url, teamsActivity(connector.serviceUrl, { text: questions[i % questions.length], conversation: { id: conversationId, conversationType: 'personal' } }));
      expect(response.status).toBeLessThan(300);
      const send = await connector.waitFor((s) => s.conversationId === conversationId, 20_000);
      texts.push(textOf(cardOfSend(send)) || String(send.activity.text ?? ''));
    }
    expect(texts.filter((text) => /upptagen|busy/i.test(text))).toEqual([]);
    expect(texts.every((text) => text.length > 0)).toBe(true);
  }, 120_000);

  it('takes every one of 20 status submissions', async () => {
    const app = apps[1]!;
    const focusAreaIds = (JSON.parse(await readFile('data/focus-areas.json', 'utf8')) as Array<{ id: string }>).map((area) => area.id);
    for (let index = 0; index < 20; index += 1) {
      const week = `2026-W${String(10 + index).padStart(2, '0')}`;
      const data = { districtId: 'rinkeby-kista', week, basedOn: 0, lang: 'sv', ...Object.fromEntries(focusAreaIds.map((id) => [`level.${id}`, 'green'])) };
      const response = await postActivity(app.url, executeInvoke(teamsActivity(connector.serviceUrl), 'status.submit', data));
      expect(JSON.stringify(await response.json()), week).toMatch(/Inskickad av/);
    }
  }, 120_000);

  it('sends the status request to 50 contacts, every one', async () => {
    const app = apps[0]!;
    const contacts = await addContacts(app.repositories, connector.serviceUrl, 50, ['farsta', 'bromma']);
    const response = await fetch(`${app.url}/api/jobs/status-request/run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${JOBS_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ week: '2026-W44' }),
    });
    const report = (await response.json()) as { ran: boolean; drain: { sent: number; failed: number } };
    expect(response.status, JSON.stringify(report)).toBe(200);
    expect(report.ran).toBe(true);
    const items = (await app.repositories.outbox.list(PLAYGROUND_TENANT)).filter((item) => item.week === '2026-W44');
    const statusOf = new Map(items.map((item) => [item.recipient, item.status]));
    expect(contacts.filter((contact) => statusOf.get(contact.id) !== 'sent').map((contact) => contact.id)).toEqual([]);
    const delivered = new Set(connector.sends.map((send) => send.conversationId));
    expect(contacts.filter((contact) => !delivered.has(`a:chat-${contact.id}`)).length).toBe(0);
    console.log(`faults injected: ${JSON.stringify(proxy.counts)}; job report: ${JSON.stringify(report.drain)}`);
  }, 120_000);
});
