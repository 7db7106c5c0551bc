/**
 * The embedded store under a steady write load: it is filled to about 100 MB, then takes 10,000
 * writes a minute (one every 6 ms, each a 4 KB document through @azure/cosmos, journalled and
 * fsynced before it is acknowledged) while each write's latency is recorded. Last, the time to
 * fold the journal into a snapshot of the whole store. Arguments: [megabytes] [seconds].
 * Last line: `bench:store <n> writes in <s> s on <mb> MB, p50 <ms> ms, p99 <ms> ms, max <ms> ms, snapshot <ms> ms`.
 */
import { performance } from 'node:perf_hooks';
import { personalConversationId } from '../src/domain/conversation-id.ts';
import type { ConversationRecord } from '../src/domain/model.ts';
import { createRepositories } from '../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../src/storage/open-cosmos.ts';
import { makeTempDir } from '../test/support/embedded-store.ts';

const MEGABYTES = Number(process.argv[2] ?? 100);
const SECONDS = Number(process.argv[3] ?? 60);
const WRITES_PER_MINUTE = 10_000;
const DOC_BYTES = 4096;
const TENANT = 'bench-store';

const dir = await makeTempDir('samverkan-bench-store-');
const cosmos = await startEmbeddedCosmos({ dataDir: dir.path });
const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'bench' });
const { conversations } = createRepositories(connection);
const padding = 'x'.repeat(DOC_BYTES - 300);
const record = (index: number): ConversationRecord => ({
  tenantId: TENANT,
  id: personalConversationId(`user-${index}`),
  type: 'conversation',
  scope: 'personal',
  reference: { conversation: { id: `a:${index}` }, padding },
  language: 'sv',
  updatedAt: new Date().toISOString(),
});
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

try {
  const documents = Math.round((MEGABYTES * 1024 * 1024) / DOC_BYTES);
  let next = 0;
  const fillStarted = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let index = next++; index < documents; index = next++) await conversations.upsert(record(index));
    }),
  );
  process.stdout.write(`filled ${documents} documents (${MEGABYTES} MB) in ${Math.round(performance.now() - fillStarted)} ms\n`);

  // Steady load: one write every 6 ms, each started on time whether or not the last has returned.
  const latencies: number[] = [];
  const total = Math.round((WRITES_PER_MINUTE / 60) * SECONDS);
  const interval = 60_000 / WRITES_PER_MINUTE;
  const started = performance.now();
  const writes: Array<Promise<void>> = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const at = performance.now();
    writes.push(conversations.upsert(record(i % documents)).then(() => void latencies.push(performance.now() - at)));
  }
  await Promise.all(writes);
  const elapsed = (performance.now() - started) / 1000;
  const snapshotStarted = performance.now();
  await cosmos.flush();
  const snapshotMs = performance.now() - snapshotStarted;
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1);
  process.stdout.write(
    `bench:store ${latencies.length} writes in ${elapsed.toFixed(1)} s on ${MEGABYTES} MB, p50 ${ms(percentile(latencies, 50))} ms, p99 ${ms(percentile(latencies, 99))} ms, max ${ms(latencies.at(-1) ?? 0)} ms, snapshot ${Math.round(snapshotMs)} ms\n`,
  );
} finally {
  connection.dispose();
  await cosmos.stop({ snapshot: false });
  await dir.remove();
}
