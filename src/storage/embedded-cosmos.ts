import { chmod, cp, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CosmosClient } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { lastJournalSequence, readJournal, removeJournalUpTo, StoreJournal, type JournalRecord } from './store-journal.ts';
import { compactSnapshot, hasSnapshot, readSnapshot } from './store-snapshot.ts';

/** Any key works with the embedded server; this is the well-known emulator key. */
export const EMBEDDED_COSMOS_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  /** Folds the journal into a new snapshot now (done by itself when the journal has grown, and at stop). */
  flush(): Promise<void>;
  /** Stops the server; `{ snapshot: false }` leaves the journal as a crash would (tests). */
  stop(options?: { snapshot?: boolean }): Promise<void>;
}

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'];
/** The journal is folded into the snapshot when it is this large and as large as the snapshot: persisting costs what changed. */
const MIN_COMPACT_BYTES = 16 * 1024 * 1024;

/**
 * Starts `@vercel/cosmosdb-server` in this process on loopback (HTTP; its bundled certificate
 * expired). That server keeps everything in memory, so when `dataDir` is given every successful
 * write is appended to a journal and fsynced before its response leaves (writes arriving together
 * share one fsync): a write acknowledged to the caller survives `kill -9`. At start the snapshot
 * is loaded and the journal replayed on top; when the journal has grown it is folded into a new
 * snapshot from the files alone (store-snapshot.ts: streamed, temp file, fsync, rename), never by
 * reading the running store. Files are 0600 in a 0700 directory. ETags change across a
 * restart, which is harmless: nobody holds an ETag across a restart of the store.
 */
export async function startEmbeddedCosmos(
  options: {
    dataDir?: string;
    port?: number;
    /** Sees every request the server answers (benchmarks count them). */
    onRequest?: (request: IncomingMessage) => void;
    /** The journal size from which it is folded into the snapshot (when also as large as the snapshot). */
    compactAtBytes?: number;
  } = {},
): Promise<EmbeddedCosmos> {
  const compactAtBytes = options.compactAtBytes ?? MIN_COMPACT_BYTES;
  const server = createHttpServer({ keepAlive: true } as never);
  let journal: StoreJournal | undefined;
  let snapshotBytes = 0;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    options.onRequest?.(req);
    if (!journal || req.method === 'GET' || isQuery(req)) return;
    holdUntilPersisted(req, res, (record) => (record ? journal!.append(record).then(compactIfDue) : flush()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new CosmosClient({
    endpoint,
    key: EMBEDDED_COSMOS_KEY,
    connectionPolicy: { enableEndpointDiscovery: false },
  });

  const dir = options.dataDir;
  let compacting: Promise<void> | undefined;
  /** Rotates the journal, writes a snapshot that covers the closed segments, then deletes them. */
  const flush = async (): Promise<void> => {
    if (!dir || !journal) return;
    while (compacting) await compacting;
    const current = journal;
    compacting = (async () => {
      const covered = await current.rotate();
      snapshotBytes = await compactSnapshot(dir, covered);
      await removeJournalUpTo(dir, covered);
    })().finally(() => {
      compacting = undefined;
    });
    await compacting;
  };
  const compactIfDue = () => {
    if (journal && !compacting && journal.currentBytes >= Math.max(compactAtBytes, snapshotBytes)) void flush().catch(() => undefined);
  };

  let unlock: (() => Promise<void>) | undefined;
  if (dir) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    unlock = await lockDataDir(dir);
    const covered = await restoreSnapshot(client, dir);
    await replayJournal(client, dir, covered);
    // Fold what was replayed into the snapshot, so the next start replays nothing twice.
    const last = Math.max(covered, await lastJournalSequence(dir));
    snapshotBytes = await compactSnapshot(dir, last);
    await removeJournalUpTo(dir, last);
    journal = await StoreJournal.open(dir, last);
  }

  return {
    endpoint,
    key: EMBEDDED_COSMOS_KEY,
    flush,
    async stop({ snapshot = true } = {}) {
      if (snapshot) await flush();
      await journal?.close();
      journal = undefined;
      await unlock?.();
      client.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Copies the embedded store's files (snapshot and journal) to another directory, so a script can
 * open the data of a running bot without writing to it. False when `from` holds no store.
 */
export async function copyEmbeddedData(from: string, to: string): Promise<boolean> {
  if (!(await hasSnapshot(from))) return false;
  await cp(from, to, { recursive: true, filter: (source) => !source.endsWith('.tmp') && !source.endsWith(LOCK_FILE) });
  return true;
}

/** True when `dir` holds an embedded store's data. */
export const hasEmbeddedData = (dir: string): Promise<boolean> => hasSnapshot(dir);

const LOCK_FILE = 'store.lock';

/**
 * One process at a time may open a data directory: two would write journal segments of the same
 * numbers and fold away each other's. A lock left by a killed process (its pid is gone) is taken over.
 */
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(file, 'utf8').catch(() => ''));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new Error(`The data in ${dir} is in use by process ${holder} (a running bot?). Stop it first, or use Cosmos DB.`);
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data in ${dir}; remove ${file} if no bot is running.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Lets the server's answer to a write leave only when `persist` has put the write on disk. A
 * write the journal cannot describe (batch, container changes) is persisted by a full snapshot.
 * If persisting fails the caller gets a 500, never a success the store would forget.
 */
function holdUntilPersisted(req: IncomingMessage, res: ServerResponse, persist: (record: JournalRecord | undefined) => Promise<void>): void {
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  res.end = ((chunk?: unknown) => {
    if (res.statusCode >= 300) return end(chunk);
    const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    persist(journalRecordOf(req, body)).then(
      () => end(chunk),
      (error: unknown) => {
        res.statusCode = 500;
        end(JSON.stringify({ code: 'InternalServerError', message: `The write could not be persisted: ${error instanceof Error ? error.message : String(error)}` }));
      },
    );
    return res;
  }) as typeof res.end;
}

/** Queries are POSTs too; the SDK marks them by header and content type (not always the same casing). */
const isQuery = (req: IncomingMessage) =>
  String(req.headers['x-ms-documentdb-isquery'] ?? '').toLowerCase() === 'true' || String(req.headers['content-type'] ?? '').includes('query+json');

/** The journal record of a successful write, from its request and the server's answer. */
export function journalRecordOf(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>, body: string): JournalRecord | undefined {
  const parts = (req.url ?? '').split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent);
  const parsed = () => JSON.parse(body) as Record<string, unknown>;
  if (req.method === 'POST' && parts.length === 1 && parts[0] === 'dbs') return { op: 'database', id: String(parsed().id) };
  if (req.method === 'POST' && parts.length === 3 && parts[2] === 'colls') {
    const container = parsed();
    return { op: 'container', db: parts[1]!, id: String(container.id), partitionKeyPaths: ((container.partitionKey as { paths?: string[] } | undefined)?.paths ?? []) };
  }
  if (parts[0] !== 'dbs' || parts[2] !== 'colls' || parts[4] !== 'docs') return undefined;
  const [, db, , container] = parts as [string, string, string, string];
  if (req.headers['x-ms-cosmos-is-batch-request']) return undefined;
  if (parts.length === 5 && req.method === 'POST') {
    const doc = parsed();
    return typeof doc.id === 'string' ? { op: 'put', db, container, doc: withoutSystemFields(doc) } : undefined;
  }
  if (parts.length === 6 && (req.method === 'PUT' || req.method === 'PATCH')) return { op: 'put', db, container, doc: withoutSystemFields(parsed()) };
  if (parts.length === 6 && req.method === 'DELETE') {
    const key = req.headers['x-ms-documentdb-partitionkey'];
    const partitionKey = typeof key === 'string' ? (JSON.parse(key) as unknown[])[0] : undefined;
    return { op: 'delete', db, container, id: parts[5]!, partitionKey };
  }
  return undefined;
}

/** Loads the snapshot into the server; returns the last journal segment it covers. */
async function restoreSnapshot(client: CosmosClient, dir: string): Promise<number> {
  const upserts: Array<Promise<unknown>> = [];
  const settle = async () => {
    await Promise.all(upserts.splice(0));
  };
  const covered = await readSnapshot(dir, async (line) => {
    if ('database' in line) {
      await settle();
      await client.databases.createIfNotExists({ id: line.database });
    } else if ('partitionKeyPaths' in line) {
      await settle();
      await client.database(line.db).containers.createIfNotExists({ id: line.container, partitionKey: { paths: line.partitionKeyPaths } });
    } else {
      // Documents load a few dozen at a time: a large store starts in seconds, not minutes.
      upserts.push(client.database(line.db).container(line.container).items.upsert(line.doc));
      if (upserts.length >= 32) await settle();
    }
  });
  await settle();
  return covered;
}

/** Applies the journal segments after `covered`, in order. */
async function replayJournal(client: CosmosClient, dir: string, covered: number): Promise<void> {
  for (const { records } of await readJournal(dir, covered)) {
    for (const record of records) {
      switch (record.op) {
        case 'database':
          await client.databases.createIfNotExists({ id: record.id });
          break;
        case 'container':
          await client.database(record.db).containers.createIfNotExists({ id: record.id, partitionKey: { paths: record.partitionKeyPaths } });
          break;
        case 'put':
          await client.database(record.db).container(record.container).items.upsert(record.doc);
          break;
        case 'delete':
          await client
            .database(record.db)
            .container(record.container)
            .item(record.id, record.partitionKey as string)
            .delete()
            .catch((error: unknown) => {
              if ((error as { code?: unknown }).code !== 404) throw error;
            });
          break;
      }
    }
  }
}

function withoutSystemFields(item: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...item };
  for (const field of SYSTEM_FIELDS) delete copy[field];
  return copy;
}
