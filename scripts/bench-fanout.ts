/**
 * The Monday status request to 1,000 contacts, through the real outbox, adapter and HTTP, to a fake
 * connector that allows 50 requests per second (429 with Retry-After past that), as Teams does.
 * Last line: `fanout: <sends/s> sends/s, <n> throttled, <d> duplicates, <l> lost`.
 */
import { addContacts, createJobsInstance } from '../test/support/jobs-harness.ts';
import { startFakeConnector } from '../test/support/fake-connector.ts';
import { startTestStore } from '../test/support/test-store.ts';
import { PLAYGROUND_TENANT } from '../test/support/activities.ts';

const CONTACTS = Number(process.argv[2] ?? 1000);
const store = await startTestStore();
const connector = await startFakeConnector({ perSecond: 50 });
try {
  const districts = (await store.repositories.districts.list(PLAYGROUND_TENANT)).map((d) => d.id);
  const contacts = await addContacts(store.repositories, connector.serviceUrl, CONTACTS, districts);
  const { jobs } = createJobsInstance(store.repositories, 'bench');
  const started = performance.now();
  const report = await jobs.run('status-request', PLAYGROUND_TENANT, '2026-W48');
  const seconds = (performance.now() - started) / 1000;
  const received = new Map<string, number>();
  for (const send of connector.sends) received.set(send.conversationId, (received.get(send.conversationId) ?? 0) + 1);
  const duplicates = [...received.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const lost = contacts.filter((c) => !received.has(`a:chat-${c.id}`)).length;
  const delivered = contacts.length - lost;
  // Sustained rate: from the first card the connector received to the last.
  const first = connector.sends[0]?.at ?? 0;
  const last = connector.sends.at(-1)?.at ?? 0;
  const sustained = (connector.sends.length - 1) / ((last - first) / 1000);
  console.log(`contacts ${contacts.length}, job ${JSON.stringify(report.ran ? report.drain : report)}`);
  console.log(`whole job ${seconds.toFixed(1)} s (${(delivered / seconds).toFixed(1)} sends/s incl. fan-out), sending ${((last - first) / 1000).toFixed(1)} s`);
  console.log(`fanout: ${sustained.toFixed(1)} sends/s, ${connector.throttled} throttled, ${duplicates} duplicates, ${lost} lost`);
} finally {
  await connector.stop();
  await store.stop();
}
