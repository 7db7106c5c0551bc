import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_TENANT } from '../support/activities.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { addContacts } from '../support/jobs-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const CONTACTS = 200;
const KILL_AFTER = 60;
const WEEK = '2026-W45';

function startChild(store: TestStore, owner: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/fanout-child.ts'], {
    env: { ...process.env, COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, TENANT: PLAYGROUND_TENANT, WEEK, OWNER: owner },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}

describe('two bot processes running the status request at the same moment', () => {
  it('send exactly one card per contact', async () => {
    const store = await startTestStore();
    const connector = await startFakeConnector({ perSecond: 50 });
    try {
      const contacts = await addContacts(store.repositories, connector.serviceUrl, 60, ['farsta', 'bromma']);
      const [a, b] = [startChild(store, 'process-a'), startChild(store, 'process-b')];
      const results = await Promise.all([a.done, b.done]);
      for (const result of results) expect(result.code, result.output).toBe(0);
      // One claimed the week and sent; the other found it held or done (and, retrying, done).
      const perConversation = new Map<string, number>();
      for (const send of connector.sends) perConversation.set(send.conversationId, (perConversation.get(send.conversationId) ?? 0) + 1);
      for (const contact of contacts) expect(perConversation.get(`a:chat-${contact.id}`), contact.id).toBe(1);
    } finally {
      await connector.stop();
      await store.stop();
    }
  }, 120_000);
});

describe('the lease holder killed in the middle of the fan-out, beside a second instance', () => {
  let store: TestStore;
  let connector: FakeConnector;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await connector?.stop();
    await store?.stop();
  });

  it('is taken over within 30 s: every card sent at least once, duplicates counted and few', async () => {
    let killedAt: number | undefined;
    let holder: ChildProcess | undefined;
    const byOwner = { a: startChildLater('instance-a'), b: startChildLater('instance-b') };
    connector = await startFakeConnector({
      perSecond: 50,
      // Killed from inside a send, before the connector answers: the message has been delivered but
      // the sender has not recorded it, the hardest moment.
      onSend: (send) => {
        if (killedAt === undefined && connector.sends.length >= KILL_AFTER && holder?.pid) {
          killedAt = send.at;
          process.kill(holder.pid, 'SIGKILL');
        }
      },
    });
    const contacts = await addContacts(store.repositories, connector.serviceUrl, CONTACTS, ['farsta', 'bromma', 'sodermalm']);
    // Production lease and claim times: the take-over measured is the one a deployment gets.
    const [a, b] = [byOwner.a(), byOwner.b()];
    children.push(a.child, b.child);
    const holderId = await waitForLeaseHolder();
    holder = holderId === 'instance-a' ? a.child : b.child;
    const [dead, survivor] = holderId === 'instance-a' ? [a, b] : [b, a];
    expect((await dead.done).signal).toBe('SIGKILL');
    const resumed = await survivor.done;
    expect(resumed.code, resumed.output).toBe(0);
    const report = JSON.parse(resumed.output.trim().split('\n').at(-1)!) as { ran: boolean; drain: { resent: number; sent: number } };
    expect(report.ran, resumed.output).toBe(true);

    const takeOverMs = connector.sends.find((send) => send.at > killedAt!)!.at - killedAt!;
    const sendsPerConversation = new Map<string, number>();
    for (const send of connector.sends) sendsPerConversation.set(send.conversationId, (sendsPerConversation.get(send.conversationId) ?? 0) + 1);
    const items = (await store.repositories.outbox.list(PLAYGROUND_TENANT)).filter((item) => item.week === WEEK);
    const byRecipient = new Map(items.map((item) => [item.recipient, item]));
    let duplicates = 0;
    for (const contact of contacts) {
      const sends = sendsPerConversation.get(`a:chat-${contact.id}`) ?? 0;
      // Not one lost: every contact got the card and its item says so.
      expect({ id: contact.id, delivered: sends >= 1, status: byRecipient.get(contact.id)?.status }).toEqual({ id: contact.id, delivered: true, status: 'sent' });
      duplicates += sends - 1;
    }
    console.log(`take-over ${(takeOverMs / 1000).toFixed(1)} s, resent ${report.drain.resent}, duplicates ${duplicates}`);
    // A duplicate is possible only for a card in flight at the kill, and each one is counted.
    expect(duplicates).toBeLessThanOrEqual(report.drain.resent);
    expect(report.drain.resent).toBeLessThanOrEqual(8);
    expect(takeOverMs).toBeLessThan(30_000);
  }, 120_000);

  function startChildLater(owner: string) {
    return () => startChild(store, owner);
  }

  async function waitForLeaseHolder(): Promise<string> {
    for (;;) {
      const lease = await store.repositories.leases.read(PLAYGROUND_TENANT, `lease:status-request:${WEEK}`);
      if (lease) return lease.doc.owner;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});
