import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsFeature } from '../../bot/features/documents.ts';
import { isCardReply } from '../../bot/turn.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { DocumentService } from '../../src/app/document-service.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { seedStore } from '../../src/seed/seed-store.ts';
import { makeTempDir } from '../support/embedded-store.ts';
import { runStoreScript, withStore } from '../support/run-store-script.ts';
import { routeFeatures } from '../support/router-harness.ts';

const TENANT = 'tenant-a';

const runImport = (args: string[], env: Record<string, string>) => runStoreScript('import-document.ts', TENANT, args, env);

const FARSTA_V1 = `# Lokal samverkansöverenskommelse Farsta

## Bakgrund

Stadsdelsförvaltningen Farsta och lokalpolisområdet Farsta samverkar utifrån den lokala problembilden.

## Trygghetsvandringar

Trygghetsvandringar genomförs varje månad kring Farsta centrum.
`;
const FARSTA_V2 = `${FARSTA_V1}
## Uppföljning

Styrgruppen följer upp arbetet varje kvartal.
`;

describe('npm run import:document (scripts/import-document.ts)', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let env: Record<string, string>;
  /** The stored documents as the snapshot holds them (a store that was opened and closed rewrites its header only). */
  const snapshot = async () =>
    (await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8'))
      .split('\n')
      .filter((line) => line.startsWith('{"doc"'))
      .sort()
      .join('\n');
  const file = (name: string) => join(dir.path, name);
  const farstaArgs = ['--title', 'Lokal samverkansöverenskommelse Farsta', '--kind', 'local', '--district', 'farsta', '--date', '2025-02-01', '--case-number', 'SDF 2025/17'];

  beforeAll(async () => {
    dir = await makeTempDir('samverkan-import-test-');
    env = { DATA_DIR: dir.path };
    // A data directory as the bot leaves it after its first start: the seeded store's snapshot.
    await withStore(dir.path, async (repositories) => {
      await seedStore(repositories, await loadKnowledgeBaseFromFiles(TENANT), [], []);
    });
    await writeFile(file('farsta.md'), FARSTA_V1);
    await writeFile(file('tom.md'), '\n\n');
    await writeFile(file('farsta.pdf'), FARSTA_V1);
  });
  afterAll(async () => {
    await dir?.remove();
  });

  it('a dry run lists the sections and writes nothing', async () => {
    const before = await snapshot();
    const { code, stdout, stderr } = await runImport([file('farsta.md'), ...farstaArgs, '--dry-run'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Would write lokal-samverkansoverenskommelse-farsta version 1: "Lokal samverkansöverenskommelse Farsta" (local, farsta), 2 sections:');
    expect(stdout).toMatch(/ {2}bakgrund {2}Bakgrund {2}\(\d+ characters\)/);
    expect(stdout).toContain('  trygghetsvandringar  Trygghetsvandringar');
    expect(stdout).toContain('English title: the Swedish one');
    expect(await snapshot()).toBe(before);
    }, 60_000);

  it('refuses a bad file, a bad kind or an unknown district with what to fix, and writes nothing', async () => {
    const before = await snapshot();
    const cases: Array<[string[], RegExp]> = [
      [[file('farsta.pdf'), ...farstaArgs], /farsta\.pdf: must be a \.md, \.markdown or \.txt file/],
      [[file('saknas.md'), ...farstaArgs], /Cannot read .*saknas\.md \(ENOENT\); nothing was written/],
      [[file('tom.md'), ...farstaArgs], /the file: has no text/],
      [[file('farsta.md'), '--title', 'X', '--kind', 'lokal'], /--kind: must be one of city-wide, predecessor, local, press-release/],
      [[file('farsta.md'), '--title', 'X', '--kind', 'local'], /--district: a local agreement belongs to a district/],
      [[file('farsta.md'), '--title', 'X', '--kind', 'local', '--district', 'atlantis'], /--district: there is no district "atlantis"; use one of .*farsta/],
      [[file('farsta.md'), '--kind', 'local'], /--title: is required/],
      [[file('farsta.md'), ...farstaArgs, '--date', '2025-02-30'], /--date: must be a date like 2024-03-01/],
    ];
    // Each run starts a process (a few seconds), so the cases run side by side; none writes.
    const results = await Promise.all(cases.map(([args]) => runImport(args, env)));
    for (const [index, { code, stdout, stderr }] of results.entries()) {
      expect(stderr, cases[index]![0].join(' ')).toMatch(cases[index]![1]);
      expect(stderr).toMatch(/nothing was written/);
      expect(code).toBe(2);
      expect(stdout).toBe('');
    }
    expect(await snapshot()).toBe(before);
  }, 120_000);

  it('writes version 1, then version 2 keeping version 1, and audits both', async () => {
    const first = await runImport([file('farsta.md'), ...farstaArgs], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Wrote lokal-samverkansoverenskommelse-farsta version 1:');

    await writeFile(file('farsta.md'), FARSTA_V2);
    const second = await runImport([file('farsta.md'), ...farstaArgs, '--title-en', 'Local cooperation agreement Farsta'], env);
    expect(second.stderr).toBe('');
    expect(second.stdout).toContain('Wrote lokal-samverkansoverenskommelse-farsta version 2, replacing version 1 (kept as lokal-samverkansoverenskommelse-farsta@v1): ');
    expect(second.stdout).toContain('3 sections');

    await withStore(dir.path, async (repositories) => {
      const id = 'lokal-samverkansoverenskommelse-farsta';
      const current = (await repositories.agreements.read(TENANT, id))?.doc;
      expect(current).toMatchObject({ version: 2, origin: 'import', kind: 'local', districtId: 'farsta', date: '2025-02-01', caseNumber: 'SDF 2025/17' });
      expect(current?.title).toEqual({ sv: 'Lokal samverkansöverenskommelse Farsta', en: 'Local cooperation agreement Farsta' });
      expect(current?.sections.map((s) => s.id)).toEqual(['bakgrund', 'trygghetsvandringar', 'uppfoljning']);
      expect(current?.sections[1]?.text).toBe('Trygghetsvandringar genomförs varje månad kring Farsta centrum.');

      const documents = new DocumentService(repositories, new AuditLog(repositories.audit));
      const v1 = await documents.readVersion(TENANT, id, 1);
      expect(v1).toMatchObject({ id, type: 'agreement', version: 1, origin: 'import' });
      expect(v1?.sections).toHaveLength(2);
      expect(await documents.readVersion(TENANT, id, 3)).toBeUndefined();
      // Kept versions are not agreements: the knowledge base holds the current version only.
      expect((await repositories.agreements.list(TENANT)).filter((a) => a.id.startsWith(id))).toHaveLength(1);

      const audit = (await repositories.audit.list(TENANT)).filter((entry) => entry.action === 'document.import');
      expect(audit.map((entry) => entry.after).sort((a, b) => (a as { version: number }).version - (b as { version: number }).version)).toEqual([
        { version: 1, title: 'Lokal samverkansöverenskommelse Farsta', kind: 'local', sections: 2 },
        { version: 2, title: 'Lokal samverkansöverenskommelse Farsta', kind: 'local', sections: 3 },
      ]);
      expect(audit.every((entry) => entry.target.id === id && entry.outcome === 'done')).toBe(true);

      // "dokument" over the router lists it, with its facts, to anyone.
      const { say } = routeFeatures([documentsFeature({ documents })], repositories.roster);
      const [sv] = await say('dokument', { tenantId: TENANT, userAadObjectId: 'someone', language: 'sv' });
      expect(sv && isCardReply(sv)).toBe(true);
      expect(sv!.text).toContain('Lokal samverkansöverenskommelse Farsta\n  Typ: Lokal överenskommelse\n  Diarienummer: SDF 2025/17\n  Datum: 2025-02-01\n  Version: 2 (importerad)\n  Stadsdelsområde: Farsta\n  Avsnitt: 3');
      expect(sv!.text).toContain('Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm\n  Typ: Övergripande överenskommelse\n  Diarienummer: KS 2019/656\n  Version: 1\n  Avsnitt: 7');
      const [en] = await say('documents', { tenantId: TENANT, language: 'en' });
      expect(en!.text).toContain('Local cooperation agreement Farsta\n  Kind: Local agreement');
    });
  }, 120_000);
});
