import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/app/audit-log.ts';
import { buildImportedDocument, type DocumentImport } from '../../src/app/build-imported-document.ts';
import { DocumentService } from '../../src/app/document-service.ts';
import { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { Agreement } from '../../src/domain/model.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const TENANT = 'tenant-docs';
const actor = { aadObjectId: 'importer', name: 'Importer' };

const build = (input: Omit<DocumentImport, 'tenantId'>): Agreement => {
  const built = buildImportedDocument({ tenantId: TENANT, ...input });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return built.document;
};
const documentWith = (text: string) => build({ title: 'Pressmeddelande om trygghet', kind: 'press-release', sections: [{ id: 'text', title: 'Text', text }] });

describe('DocumentService', () => {
  let store: TestStore;
  let documents: DocumentService;
  beforeAll(async () => {
    store = await startTestStore({ tenantId: TENANT });
    documents = new DocumentService(store.repositories, new AuditLog(store.repositories.audit));
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('loses no update when importers race: each import gets its own version, every replaced one is kept', async () => {
    await documents.importDocument(documentWith('Första.'), actor);
    const results = await Promise.all(['Andra.', 'Tredje.', 'Fjärde.'].map((text) => documents.importDocument(documentWith(text), actor)));
    expect(results.map((result) => result.document.version).sort()).toEqual([2, 3, 4]);
    const texts = await Promise.all([1, 2, 3, 4].map(async (version) => (await documents.readVersion(TENANT, 'pressmeddelande-om-trygghet', version))?.sections[0]?.text));
    expect(texts[0]).toBe('Första.');
    expect(new Set(texts.slice(1))).toEqual(new Set(['Andra.', 'Tredje.', 'Fjärde.']));
  });

  it('reaches a running instance’s knowledge base once its cache is older than a minute', async () => {
    let now = 0;
    const knowledge = new KnowledgeService(store.repositories, 60_000, () => now);
    const titles = async () => (await knowledge.knowledgeBase(TENANT)).agreements.map((agreement) => agreement.title.sv);
    expect(await titles()).not.toContain('Lokal överenskommelse Skarpnäck');
    const skarpnack = build({ title: 'Lokal överenskommelse Skarpnäck', kind: 'local', districtId: 'skarpnack', sections: [{ id: 'mal', title: 'Mål', text: 'Fler trygghetsvandringar.' }] });
    await documents.importDocument(skarpnack, actor);
    now = 59_999;
    expect(await titles()).not.toContain('Lokal överenskommelse Skarpnäck');
    now = 60_000;
    expect(await titles()).toContain('Lokal överenskommelse Skarpnäck');
  });

  it('replaces a seed document with the next version', async () => {
    const { document, previousVersion } = await documents.importDocument({ ...documentWith('Ny text.'), id: 'pressmeddelande-2019-01-29' }, actor);
    expect([document.version, previousVersion, document.origin]).toEqual([2, 1, 'import']);
    expect((await documents.readVersion(TENANT, 'pressmeddelande-2019-01-29', 1))?.origin).toBe('seed');
  });
});
