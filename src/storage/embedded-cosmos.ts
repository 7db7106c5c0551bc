import { mkdir, open, readFile, rename } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** Any key works with the embedded server; this is the well-known emulator key. */
export const EMBEDDED_COSMOS_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

interface Snapshot {
  version: 1;
  databases: Record<string, Record<string, { partitionKeyPaths: string[]; items: Record<string, unknown>[] }>>;
}

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  /** Writes the snapshot now if anything changed (called on a timer and at stop). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

const FLUSH_INTERVAL_MS = 1000;
const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'];

/**
 * Starts `@vercel/cosmosdb-server` in this process on loopback (HTTP; its bundled certificate
 * expired). That server keeps everything in memory, so when `dataDir` is given we persist a
 * snapshot: every successful write marks the store dirty, and at most once a second the whole
 * store is read back through the Cosmos client and written atomically (temp file, fsync, rename).
 * A `kill -9` thus loses at most about a second of writes. ETags change across a restart, which is
 * harmless: nobody holds an ETag across a restart of the store.
 */
export async function startEmbeddedCosmos(
  options: {
    dataDir?: string;
    port?: number;
    /** Sees every request the server answers (benchmarks count them). */
    onRequest?: (request: IncomingMessage) => void;
  } = {},
): Promise<EmbeddedCosmos> {
  const server = createHttpServer({ keepAlive: true } as never);
  let dirty = false;
  server.on('request', (req, res) => {
    options.onRequest?.(req);
    const isQuery = req.headers['x-ms-documentdb-isquery'] === 'true';
    if (req.method === 'GET' || isQuery) return;
    res.on('finish', () => {
      if (res.statusCode < 300) dirty = true;
    });
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

  const snapshotFile = options.dataDir ? join(options.dataDir, 'cosmos-snapshot.json') : undefined;
  if (snapshotFile && options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    await restoreSnapshot(client, snapshotFile);
    dirty = false;
  }

  let flushing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    if (!snapshotFile) return;
    while (flushing) await flushing;
    if (!dirty) return;
    dirty = false;
    flushing = writeSnapshot(client, snapshotFile)
      .catch((error: unknown) => {
        dirty = true; // try again on the next tick
        throw error;
      })
      .finally(() => {
        flushing = undefined;
      });
    await flushing;
  };
  const timer = snapshotFile
    ? setInterval(() => void flush().catch(() => undefined), FLUSH_INTERVAL_MS).unref()
    : undefined;

  return {
    endpoint,
    key: EMBEDDED_COSMOS_KEY,
    flush,
    async stop() {
      if (timer) clearInterval(timer);
      await flush();
      client.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function writeSnapshot(client: CosmosClient, file: string): Promise<void> {
  const snapshot: Snapshot = { version: 1, databases: {} };
  const { resources: databases } = await client.databases.readAll().fetchAll();
  for (const { id: databaseId } of databases) {
    const database = client.database(databaseId);
    const containers: Snapshot['databases'][string] = {};
    const { resources: containerDefinitions } = await database.containers.readAll().fetchAll();
    for (const definition of containerDefinitions) {
      const { resources } = await database.container(definition.id).items.readAll().fetchAll();
      containers[definition.id] = {
        partitionKeyPaths: definition.partitionKey?.paths ?? [],
        items: resources.map((item) => withoutSystemFields(item as Record<string, unknown>)),
      };
    }
    snapshot.databases[databaseId] = containers;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(JSON.stringify(snapshot));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

async function restoreSnapshot(client: CosmosClient, file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const snapshot = JSON.parse(text) as Snapshot;
  if (snapshot.version !== 1) throw new Error(`Unknown snapshot version in ${file}; move the file away to start empty.`);
  for (const [databaseId, containers] of Object.entries(snapshot.databases)) {
    const { database } = await client.databases.createIfNotExists({ id: databaseId });
    for (const [containerId, { partitionKeyPaths, items }] of Object.entries(containers)) {
      const { container } = await database.containers.createIfNotExists({
        id: containerId,
        partitionKey: { paths: partitionKeyPaths },
      });
      for (const item of items) await container.items.upsert(item);
    }
  }
}

function withoutSystemFields(item: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...item };
  for (const field of SYSTEM_FIELDS) delete copy[field];
  return copy;
}

