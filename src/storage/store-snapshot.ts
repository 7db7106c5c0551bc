import { createReadStream } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { streamJournal } from './store-journal.ts';

/**
 * The embedded store's snapshot: JSON lines, so it is read and rewritten as a stream (the event
 * loop keeps serving while a large store is compacted). A header line says which journal segments
 * it covers; then one line per database, per container and per document.
 */
export type SnapshotLine = { snapshot: 3; journalSequence: number } | { database: string } | ContainerLine | DocumentLine;
type ContainerLine = { container: string; db: string; partitionKeyPaths: string[] };
type DocumentLine = { doc: Record<string, unknown>; db: string; container: string };

export const SNAPSHOT_FILE = 'cosmos-snapshot.jsonl';
/** The whole-JSON snapshot of earlier versions, read once and replaced. */
const LEGACY_SNAPSHOT_FILE = 'cosmos-snapshot.json';

/**
 * Reads the snapshot line by line; returns the journal segment it covers (0 without a snapshot).
 * With `documents: false` document lines are skipped unparsed (a pass over the containers only).
 */
export async function readSnapshot(
  dir: string,
  onLine: (line: Exclude<SnapshotLine, { snapshot: 3 }>) => Promise<void> | void,
  { documents = true }: { documents?: boolean } = {},
): Promise<number> {
  if (!(await exists(join(dir, SNAPSHOT_FILE)))) return readLegacySnapshot(dir, onLine);
  let covered = 0;
  for await (const text of createInterface({ input: createReadStream(join(dir, SNAPSHOT_FILE), 'utf8'), crlfDelay: Infinity })) {
    if (!text || (!documents && text.startsWith('{"doc"'))) continue;
    const line = JSON.parse(text) as SnapshotLine;
    if ('snapshot' in line) covered = line.journalSequence;
    else await onLine(line);
  }
  return covered;
}

/**
 * Writes a new snapshot from the old one and the journal segments up to `sequence`, without
 * touching the running store: documents the journal changed are taken from the journal, the rest
 * are copied line by line from the old snapshot. The old file is replaced atomically. Returns
 * the new snapshot's size in bytes.
 */
export async function compactSnapshot(dir: string, sequence: number): Promise<number> {
  const databases = new Set<string>();
  const containers = new Map<string, ContainerLine>();
  const containerKey = (db: string, container: string) => JSON.stringify([db, container]);
  // Pass 1: the databases and containers (the journal's documents need their partition key paths).
  const covered = await readSnapshot(
    dir,
    (line) => {
      if ('database' in line) databases.add(line.database);
      else if ('partitionKeyPaths' in line) containers.set(containerKey(line.db, line.container), line);
    },
    { documents: false },
  );
  const keyOf = (db: string, container: string, doc: { id?: unknown } & Record<string, unknown>, partitionKey?: unknown) => {
    const path = containers.get(containerKey(db, container))?.partitionKeyPaths[0] ?? '/id';
    const key = partitionKey !== undefined ? partitionKey : path.split('/').filter(Boolean).reduce<unknown>((value, field) => (value as Record<string, unknown> | undefined)?.[field], doc);
    return JSON.stringify([db, container, key, doc.id]);
  };
  // The latest state of every document the journal touched (null: deleted), read as a stream.
  const changed = new Map<string, DocumentLine | null>();
  const slice = timeSlice();
  for await (const record of streamJournal(dir, covered, sequence)) {
    if (record.op === 'database') databases.add(record.id);
    else if (record.op === 'container') containers.set(containerKey(record.db, record.id), { container: record.id, db: record.db, partitionKeyPaths: record.partitionKeyPaths });
    else if (record.op === 'put') changed.set(keyOf(record.db, record.container, record.doc), { doc: record.doc, db: record.db, container: record.container });
    else changed.set(keyOf(record.db, record.container, { id: record.id }, record.partitionKey), null);
    await slice();
  }

  const temporary = join(dir, `${SNAPSHOT_FILE}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    let buffer: string[] = [];
    let buffered = 0;
    // Written in pieces of about 256 kB, with a turn of the event loop whenever a few ms of work were done.
    const write = async (line: SnapshotLine) => {
      const text = JSON.stringify(line);
      buffer.push(text);
      buffered += text.length;
      if (buffered >= 256 * 1024) {
        await handle.write(`${buffer.join('\n')}\n`);
        buffer = [];
        buffered = 0;
      }
      await slice();
    };
    await write({ snapshot: 3, journalSequence: Math.max(sequence, covered) });
    for (const database of databases) await write({ database });
    for (const container of containers.values()) await write(container);
    // Pass 2: the old documents the journal did not change, as they were.
    await readSnapshot(dir, async (line) => {
      if ('doc' in line && !changed.has(keyOf(line.db, line.container, line.doc))) await write(line);
    });
    for (const line of changed.values()) if (line) await write(line);
    if (buffer.length > 0) await handle.write(`${buffer.join('\n')}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, join(dir, SNAPSHOT_FILE));
  await rm(join(dir, LEGACY_SNAPSHOT_FILE), { force: true });
  return (await stat(join(dir, SNAPSHOT_FILE))).size;
}

/**
 * Compaction runs beside the requests the store serves: each step checks the clock and, once it
 * has worked for `budgetMs` without a pause, gives the event loop a turn (requests first).
 */
function timeSlice(budgetMs = 4): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < budgetMs) return undefined;
    return nextTurn().then(() => {
      since = performance.now();
    });
  };
}

/** True when `dir` holds a snapshot (of this version or the last). */
export async function hasSnapshot(dir: string): Promise<boolean> {
  return (await exists(join(dir, SNAPSHOT_FILE))) || exists(join(dir, LEGACY_SNAPSHOT_FILE));
}

async function readLegacySnapshot(dir: string, onLine: (line: Exclude<SnapshotLine, { snapshot: 3 }>) => Promise<void> | void): Promise<number> {
  let text: string;
  try {
    text = await readFile(join(dir, LEGACY_SNAPSHOT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const legacy = JSON.parse(text) as {
    version: 1 | 2;
    journalSequence?: number;
    databases: Record<string, Record<string, { partitionKeyPaths: string[]; items: Record<string, unknown>[] }>>;
  };
  if (legacy.version !== 1 && legacy.version !== 2) throw new Error(`Unknown snapshot version in ${LEGACY_SNAPSHOT_FILE}; move the file away to start empty.`);
  for (const [db, containers] of Object.entries(legacy.databases)) {
    await onLine({ database: db });
    for (const [container, { partitionKeyPaths, items }] of Object.entries(containers)) {
      await onLine({ container, db, partitionKeyPaths });
      for (const doc of items) await onLine({ doc, db, container });
    }
  }
  return legacy.journalSequence ?? 0;
}

const exists = async (file: string) => (await stat(file).catch(() => undefined))?.isFile() ?? false;
