import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_TENANT } from '../support/activities.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { addContacts, createJobsInstance } from '../support/jobs-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';

const countBy = (values: string[]) => values.reduce((map, v) => map.set(v, (map.get(v) ?? 0) + 1), new Map<string, number>());

describe('status request job over the outbox', () => {
  let store: TestStore;
  let connector: FakeConnector | undefined;
  // A store per test: contacts left by one test must not be sent to by the next.
  beforeEach(async () => {
    store = await startTestStore();
  });
  afterEach(async () => {
    await connector?.stop();
    connector = undefined;
    await store?.stop();
  });

  it('two instances running the same week at the same moment send exactly one card per contact', async () => {
    connector = await startFakeConnector({ perSecond: 50 });
    const contacts = await addContacts(store.repositories, connector.serviceUrl, 40, ['farsta', 'bromma', 'skarholmen']);
    const a = createJobsInstance(store.repositories, 'instance-a');
    const b = createJobsInstance(store.repositories, 'instance-b');
    const [ra, rb] = await Promise.all([a.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W48'), b.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W48')]);
    expect([ra.ran, rb.ran].filter(Boolean)).toHaveLength(1);
    const perConversation = countBy(connector.sends.map((s) => s.conversationId));
    for (const contact of contacts) expect(perConversation.get(`a:chat-${contact.id}`)).toBe(1);
    // A rerun (run-now) adds nothing: every item exists and is sent.
    const again = await a.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W48', { rerun: true });
    expect(again.ran && again.queued).toBe(0);
    expect(connector.sends.filter((s) => s.conversationId.startsWith('a:chat-contact-'))).toHaveLength(contacts.length);
    const card = connector.sends[0]?.activity.attachments as Array<{ content: { body: Array<{ text?: string }> } }>;
    expect(card[0]?.content.body[0]?.text).toMatch(/^Lägesrapport vecka 48 — /);
  });

  it('sends again the items an earlier version left uncertain, counted as resent, and nothing else', async () => {
    connector = await startFakeConnector();
    const contacts = await addContacts(store.repositories, connector.serviceUrl, 6, ['farsta']);
    const instance = createJobsInstance(store.repositories, 'instance-g');
    await instance.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W47');
    // An older sender died mid-send and left two items `uncertain` (a state no longer written).
    const left = contacts.slice(0, 2).map((contact) => `status-request:2026-W47:farsta:${contact.id}`);
    for (const id of left) {
      const stored = (await store.repositories.outbox.read(PLAYGROUND_TENANT, id))!;
      expect(stored.doc.status).toBe('sent');
      const { sentAt: _sentAt, activityId: _activityId, ...rest } = stored.doc;
      await store.repositories.outbox.replace({ ...rest, status: 'uncertain', claimedBy: 'an-old-instance', claimedUntil: new Date(Date.now() - 60_000).toISOString() }, stored.etag);
    }
    const sendsBefore = connector.sends.length;
    const rerun = await instance.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W47', { rerun: true });
    expect(rerun.ran && rerun.drain).toMatchObject({ sent: 2, resent: 2, failed: 0 });
    expect(connector.sends.slice(sendsBefore).map((s) => s.conversationId).sort()).toEqual(contacts.slice(0, 2).map((c) => `a:chat-${c.id}`));
    for (const id of left) expect((await store.repositories.outbox.read(PLAYGROUND_TENANT, id))?.doc).toMatchObject({ status: 'sent' });
  });

  it('records contacts without a conversation reference, and blocked ones, as unreachable', async () => {
    connector = await startFakeConnector({ statusFor: (id) => (id === 'a:chat-contact-00001' ? 403 : undefined) });
    await addContacts(store.repositories, connector.serviceUrl, 2, ['norrmalm']);
    const instance = createJobsInstance(store.repositories, 'instance-c');
    const report = await instance.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W49');
    expect(report.ran).toBe(true);
    if (!report.ran) return;
    // The demo roster's other contacts never wrote to the bot: no reference.
    expect(report.unreachable).toEqual(expect.arrayContaining(['contact-00001', '00000000-0000-0000-0000-00000000d001']));
    expect(report.unreachable).not.toContain('contact-00000');
    expect(connector.sends.some((s) => s.conversationId === 'a:chat-contact-00000')).toBe(true);
    const blocked = await store.repositories.outbox.read(PLAYGROUND_TENANT, 'status-request:2026-W49:norrmalm:contact-00001');
    expect(blocked?.doc).toMatchObject({ status: 'unreachable', attempts: 1 });
    expect(blocked?.doc.error).toMatch(/^403/);

    // The contact installs the app later; an admin's re-run reaches them, and only them.
    const conversation = (await store.repositories.conversations.read(PLAYGROUND_TENANT, personalConversationId('contact-00000')))!.doc;
    const installed = '00000000-0000-0000-0000-00000000d001';
    await store.repositories.conversations.upsert({
      ...conversation,
      id: personalConversationId(installed),
      aadObjectId: installed,
      reference: { ...conversation.reference, conversation: { id: 'a:chat-late-installer', conversationType: 'personal' } },
    });
    const sendsBefore = connector.sends.length;
    const rerun = await instance.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W49', { rerun: true });
    expect(rerun.ran && rerun.unreachable).not.toContain(installed);
    // (the blocked contact is tried again and answered 403 again, which the connector does not record as a send)
    expect(connector.sends.slice(sendsBefore).map((s) => s.conversationId)).toEqual(['a:chat-late-installer']);
  });

  it('tells the admins after a scheduled run who could not be reached', async () => {
    connector = await startFakeConnector();
    const [contact] = await addContacts(store.repositories, connector.serviceUrl, 1, ['bromma']);
    // The demo admin (Alex) has talked to the bot: give them a conversation like the contact's.
    const admin = '00000000-0000-0000-0000-0000000000020';
    const conversation = (await store.repositories.conversations.read(PLAYGROUND_TENANT, personalConversationId(contact!.id)))!.doc;
    await store.repositories.conversations.upsert({ ...conversation, id: personalConversationId(admin), aadObjectId: admin, reference: { ...conversation.reference, conversation: { id: 'a:chat-admin', conversationType: 'personal' } } });
    const instance = createJobsInstance(store.repositories, 'instance-f');
    await instance.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W52');
    const toAdmin = connector.sends.filter((s) => s.conversationId === 'a:chat-admin');
    // The admin is also a contact (their status card) and gets one report naming the unreachable contacts.
    const report = toAdmin.find((s) => JSON.stringify(s.activity).includes('Nås inte'));
    expect(report).toBeDefined();
    expect(JSON.stringify(report!.activity)).toContain('Demokontakt Farsta');
  });

  it('waits out 429 answers with Retry-After and still sends each card once', async () => {
    connector = await startFakeConnector({ perSecond: 5 });
    const contacts = await addContacts(store.repositories, connector.serviceUrl, 12, ['farsta']);
    const instance = createJobsInstance(store.repositories, 'instance-d', { perAppPerSecond: 50 });
    const report = await instance.jobs.run('status-request', PLAYGROUND_TENANT, '2026-W50');
    expect(report.ran && report.drain.sent).toBeGreaterThanOrEqual(contacts.length);
    // The connector client retries a 429 itself after Retry-After; our retry rules take what is left.
    expect(connector.throttled).toBeGreaterThan(0);
    const perConversation = countBy(connector.sends.map((s) => s.conversationId));
    for (const contact of contacts) expect(perConversation.get(`a:chat-${contact.id}`)).toBe(1);
  });

  it('sends the Wednesday reminder only to districts that have not reported', async () => {
    connector = await startFakeConnector();
    await addContacts(store.repositories, connector.serviceUrl, 2, ['kungsholmen', 'ostermalm']);
    const instance = createJobsInstance(store.repositories, 'instance-e');
    const written: string[] = [];
    instance.status.onReportWritten((stored) => written.push(`${stored.districtId}:${stored.week}`)); // e.g. the dashboard shows it at once
    await instance.status.submit({
      tenantId: PLAYGROUND_TENANT,
      districtId: 'kungsholmen',
      week: '2026-W51',
      by: { aadObjectId: 'contact-00000', name: 'Kontakt 0' },
      content: { entries: [], priorityComment: '', overallComment: 'ok' },
      basedOn: 0,
      at: new Date('2026-12-14T09:00:00Z'),
    });
    expect(written).toEqual(['kungsholmen:2026-W51']);
    const report = await instance.jobs.run('status-reminder', PLAYGROUND_TENANT, '2026-W51');
    expect(report.ran).toBe(true);
    const reminded = connector.sends.map((s) => s.conversationId);
    expect(reminded).toContain('a:chat-contact-00001');
    expect(reminded).not.toContain('a:chat-contact-00000');
    expect(JSON.stringify(connector.sends[0]?.activity)).toContain('Påminnelse');
  });
});
