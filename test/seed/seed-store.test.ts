import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/domain/model.ts';
import type { KnowledgeBase } from '../../src/qa/knowledge-base.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { seedStore } from '../../src/seed/seed-store.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const TENANT = 'tenant-seed';

/** The knowledge base as an earlier release shipped it: no questions per sentence. */
const withoutAskedAs = (kb: KnowledgeBase): KnowledgeBase => ({
  ...kb,
  agreements: kb.agreements.map((agreement) => ({ ...agreement, sections: agreement.sections.map(({ askedAs: _asked, ...section }) => section) })),
});

describe('seedStore', () => {
  let store: TestStore;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    store = await startTestStore({ seed: false });
    kb = await loadKnowledgeBaseFromFiles(TENANT);
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('brings the shipped documents up to the data files on the next start, and leaves imported ones alone', async () => {
    const old = withoutAskedAs(kb);
    expect((await seedStore(store.repositories, old, [], [])).created).toBeGreaterThan(0);
    // An admin imported a new version of one document in between.
    const pressRelease = kb.agreements.find((agreement) => agreement.kind === 'press-release')!;
    const stored = (await store.repositories.agreements.read(TENANT, pressRelease.id))!;
    const imported: Agreement = { ...stored.doc, version: 2, origin: 'import', sections: [{ id: 'text', title: { sv: 'Text', en: 'Text' }, text: 'Importerad.', keywordsEn: [] }] };
    await store.repositories.agreements.replace(imported, stored.etag);

    const again = await seedStore(store.repositories, kb, [], []);
    expect(again.created).toBe(0);
    const changed = kb.agreements.filter((agreement, index) => agreement.id !== pressRelease.id && JSON.stringify(agreement) !== JSON.stringify(old.agreements[index]));
    expect(changed.length).toBeGreaterThan(0);
    expect(again.refreshed).toBe(changed.length);
    const statement = kb.agreements.find((agreement) => agreement.kind === 'city-wide')!;
    expect((await store.repositories.agreements.read(TENANT, statement.id))!.doc.sections[0]!.askedAs?.length).toBeGreaterThan(0);
    expect((await store.repositories.agreements.read(TENANT, pressRelease.id))!.doc.sections[0]!.text).toBe('Importerad.');

    // Nothing changed since: a restart writes nothing.
    expect(await seedStore(store.repositories, kb, [], [])).toEqual({ created: 0, refreshed: 0 });
  });
});
