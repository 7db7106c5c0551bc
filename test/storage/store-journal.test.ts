import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DocumentStore } from '../../src/storage/document-store.ts';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos, type CosmosConnection } from '../../src/storage/open-cosmos.ts';
import { readJournal, StoreJournal } from '../../src/storage/store-journal.ts';
import { makeTempDir } from '../support/embedded-store.ts';

const NoteSchema = z.object({ tenantId: z.string(), id: z.string(), type: z.literal('note'), text: z.string() });
type Note = z.infer<typeof NoteSchema>;
const note = (id: string, text: string): Note => ({ tenantId: 't1', id, type: 'note', text });

describe('the embedded store journal', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function open(dataDir: string, compactAtBytes?: number): Promise<{ cosmos: EmbeddedCosmos; connection: CosmosConnection; notes: DocumentStore<Note> }> {
    const cosmos = await startEmbeddedCosmos({ dataDir, ...(compactAtBytes ? { compactAtBytes } : {}) });
    const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'journal-test' });
    return { cosmos, connection, notes: new DocumentStore(connection.containers.reference, NoteSchema, 'note', 'note') };
  }

  /** Stops a store the way a crash does: no snapshot, only what the journal holds. */
  async function crash(store: { cosmos: EmbeddedCosmos; connection: CosmosConnection }): Promise<void> {
    store.connection.dispose();
    await store.cosmos.stop({ snapshot: false });
  }

  it('replays acknowledged writes (creates, replaces, deletes) after a crash without a snapshot of them', async () => {
    const dir = await makeTempDir();
    cleanups.push(() => dir.remove());
    const first = await open(dir.path);
    const created = await first.notes.create(note('a', 'one'));
    await first.notes.replace(note('a', 'two'), created.etag);
    await first.notes.create(note('b', 'gone'));
    await first.notes.delete('t1', 'b');
    await Promise.all(Array.from({ length: 20 }, (_, i) => first.notes.create(note(`n${i}`, `parallel ${i}`))));
    // The snapshot written at start is empty of notes: everything above lives in the journal only.
    expect(await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8')).not.toContain('parallel');
    await crash(first);

    const second = await open(dir.path);
    cleanups.push(async () => {
      second.connection.dispose();
      await second.cosmos.stop();
    });
    expect((await second.notes.read('t1', 'a'))?.doc.text).toBe('two');
    expect(await second.notes.read('t1', 'b')).toBeUndefined();
    expect((await second.notes.list('t1')).filter((n) => n.text.startsWith('parallel'))).toHaveLength(20);
    // The replayed journal was folded into the snapshot at start; one empty segment is open.
    expect(await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8')).toContain('parallel 19');
    expect((await readdir(dir.path)).filter((name) => name.startsWith('journal-'))).toHaveLength(1);
  });

  it('folds a grown journal into the snapshot and keeps every write', async () => {
    const dir = await makeTempDir();
    cleanups.push(() => dir.remove());
    const store = await open(dir.path, 4096);
    for (let i = 0; i < 60; i += 1) await store.notes.create(note(`c${i}`, 'x'.repeat(200)));
    await store.cosmos.flush();
    const segments = (await readdir(dir.path)).filter((name) => name.startsWith('journal-'));
    expect(segments).toHaveLength(1); // older segments were deleted once the snapshot covered them
    const snapshot = await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8');
    expect(snapshot).toContain('c59');
    // Queries are POSTs too: their answers must never be journalled as documents.
    expect(await store.notes.list('t1')).toHaveLength(60);
    await store.cosmos.flush();
    expect(await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8')).not.toContain('"Documents"');
    await crash(store);
    const reopened = await open(dir.path);
    cleanups.push(async () => {
      reopened.connection.dispose();
      await reopened.cosmos.stop();
    });
    expect((await reopened.notes.list('t1')).filter((n) => n.id.startsWith('c'))).toHaveLength(60);
  });

  it('keeps records that arrive together, in order, and ignores a torn last line', async () => {
    const dir = await makeTempDir();
    cleanups.push(() => dir.remove());
    const journal = await StoreJournal.open(dir.path, 0);
    await Promise.all(Array.from({ length: 50 }, (_, i) => journal.append({ op: 'database', id: `db${i}` })));
    await journal.close();
    await appendFile(join(dir.path, 'journal-00000001.jsonl'), '{"op":"data'); // a crash mid-write
    const [segment] = await readJournal(dir.path, 0);
    expect(segment?.records).toHaveLength(50);
    expect(segment?.records[49]).toEqual({ op: 'database', id: 'db49' });
  });
});
