import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAppError } from '../../src/domain/errors.ts';
import { DocumentStore } from '../../src/storage/document-store.ts';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos, type CosmosConnection } from '../../src/storage/open-cosmos.ts';
import { makeTempDir } from '../support/embedded-store.ts';

const NoteSchema = z.object({ tenantId: z.string(), id: z.string(), type: z.literal('note'), text: z.string() });
type Note = z.infer<typeof NoteSchema>;
const note = (id: string, text: string, tenantId = 't1'): Note => ({ tenantId, id, type: 'note', text });

/** A kind's store names its queries, like the stores in src/storage; `query` itself is protected. */
class NoteStore extends DocumentStore<Note> {
  withText(tenantId: string, text: string): Promise<Note[]> {
    return this.query(tenantId, 'c.text = @text', [{ name: '@text', value: text }]);
  }
}

describe('DocumentStore on the embedded Cosmos server', () => {
  let cosmos: EmbeddedCosmos;
  let connection: CosmosConnection;
  let notes: NoteStore;
  let dir: Awaited<ReturnType<typeof makeTempDir>>;

  beforeAll(async () => {
    dir = await makeTempDir();
    cosmos = await startEmbeddedCosmos({ dataDir: dir.path });
    connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'test' });
    notes = new NoteStore(connection.containers.reference, NoteSchema, 'note', 'note');
  });
  afterAll(async () => {
    connection?.dispose();
    await cosmos?.stop();
    await dir?.remove();
  });

  it('creates, reads and reports a missing document as undefined', async () => {
    await notes.create(note('a', 'hej'));
    expect((await notes.read('t1', 'a'))?.doc.text).toBe('hej');
    expect(await notes.read('t1', 'missing')).toBeUndefined();
    expect(await notes.read('other-tenant', 'a')).toBeUndefined();
  });

  it('refuses a second create with a typed conflict', async () => {
    await notes.create(note('dup', 'one'));
    await expect(notes.create(note('dup', 'two'))).rejects.toSatisfy((error) => isAppError(error, 'conflict'));
  });

  it('refuses a replace with a stale ETag (412) and keeps the newer write', async () => {
    const first = await notes.create(note('race', 'v1'));
    const winner = await notes.replace({ ...first.doc, text: 'v2' }, first.etag);
    expect(winner.etag).not.toBe(first.etag);
    await expect(notes.replace({ ...first.doc, text: 'lost' }, first.etag)).rejects.toSatisfy((error) =>
      isAppError(error, 'concurrent-change'),
    );
    expect((await notes.read('t1', 'race'))?.doc.text).toBe('v2');
  });

  it('queries within a tenant only', async () => {
    await notes.create(note('q1', 'x', 't2'));
    await notes.create(note('q2', 'y', 't2'));
    await notes.create(note('q3', 'x', 't3'));
    const found = await notes.withText('t2', 'x');
    expect(found.map((n) => n.id)).toEqual(['q1']);
  });

  it('refuses to write a document that does not fit its schema, storing nothing', async () => {
    await expect(notes.create({ ...note('bad', 'x'), text: 42 } as unknown as Note)).rejects.toSatisfy((error) =>
      isAppError(error, 'storage'),
    );
    expect(await notes.read('t1', 'bad')).toBeUndefined();
  });

  it('keeps the data across a restart of the embedded server', async () => {
    await notes.upsert(note('durable', 'kvar'));
    connection.dispose();
    await cosmos.stop();
    cosmos = await startEmbeddedCosmos({ dataDir: dir.path });
    connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'test' });
    notes = new NoteStore(connection.containers.reference, NoteSchema, 'note', 'note');
    expect((await notes.read('t1', 'durable'))?.doc.text).toBe('kvar');
    expect((await notes.read('t1', 'race'))?.doc.text).toBe('v2');
  });
});
