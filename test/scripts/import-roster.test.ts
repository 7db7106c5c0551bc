import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamMembersDocumentId } from '../../src/domain/team.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { DEMO_ROSTER_FILE, readRosterFile, seedStore } from '../../src/seed/seed-store.ts';
import { makeTempDir } from '../support/embedded-store.ts';
import { runStoreScript, withStore } from '../support/run-store-script.ts';

const TENANT = 'tenant-r';
const ANNA = '3a1b2c3d-0000-4000-8000-000000000001';
const PER = '3a1b2c3d-0000-4000-8000-000000000004';
const D002 = '00000000-0000-0000-0000-00000000d002'; // demo roster: contact of Farsta
const VERA = '3a1b2c3d-0000-4000-8000-000000000007';
const TOM = '3a1b2c3d-0000-4000-8000-000000000008';
const ADMIN = '00000000-0000-0000-0000-0000000000020'; // demo roster: the only admin

const runImport = (args: string[], env: Record<string, string>) => runStoreScript('import-roster.ts', TENANT, args, env);

const GOOD = `name,aadObjectId or UPN,roles,districts
Anna Andersson,${ANNA},steering;contact,farsta;Bromma
Per Persson,per.persson@stockholm.example,admin,
Demokontakt Farsta,${D002},contact,farsta;skarholmen
`;

const BAD = `name,upn,roles,districts
Anna Andersson,${ANNA},steering,
,${PER},admin,
Okänd,nobody@stockholm.example,admin,
Nils,not-an-id,chef,farsta
Lisa,3a1b2c3d-0000-4000-8000-000000000009,contact,atlantis
Anna igen,${ANNA},admin,
`;

describe('npm run import:roster (scripts/import-roster.ts)', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let env: Record<string, string>;
  const snapshot = async () =>
    (await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8'))
      .split('\n')
      .filter((line) => line.startsWith('{"doc"'))
      .sort()
      .join('\n');
  const file = (name: string) => join(dir.path, name);

  beforeAll(async () => {
    dir = await makeTempDir('samverkan-roster-import-');
    env = { DATA_DIR: dir.path };
    await withStore(dir.path, async (repositories) => {
      await seedStore(repositories, await loadKnowledgeBaseFromFiles(TENANT), await readRosterFile(DEMO_ROSTER_FILE, TENANT, true), []);
      // The coordination team's members as last listed: UPNs are found there.
      await repositories.teamMembers.upsert({
        tenantId: TENANT,
        id: teamMembersDocumentId('19:team'),
        type: 'team-members',
        teamId: '19:team',
        members: [{ id: '29:per', aadObjectId: PER, name: 'Per Persson', userPrincipalName: 'per.persson@stockholm.example' }],
        listedAt: new Date().toISOString(),
      });
      await repositories.teams.upsert({ tenantId: TENANT, id: 'team:19:team', type: 'team', teamId: '19:team', serviceUrl: 'https://smba.trafficmanager.net/emea/', installedAt: new Date().toISOString() });
    });
    await writeFile(file('roster.csv'), GOOD);
    await writeFile(file('bad.csv'), BAD);
  });
  afterAll(async () => {
    await dir?.remove();
  });

  it('a dry run (the default) lists the changes and writes nothing', async () => {
    const before = await snapshot();
    const { code, stdout, stderr } = await runImport([file('roster.csv')], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run: 3 change(s) in roster.csv; give --apply to write them:');
    expect(stdout).toContain(`  + line 2: Anna Andersson (${ANNA}): steering, contact (Bromma, Farsta)`);
    expect(stdout).toContain(`  + line 3: Per Persson (${PER}): admin`);
    expect(stdout).toMatch(new RegExp(`  ~ line 4: Demokontakt Farsta \\(${D002}\\): contact \\(Farsta\\) → contact \\(Farsta, Skärholmen\\)`));
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('lists every bad row with its line number and applies nothing', async () => {
    const before = await snapshot();
    const { code, stderr } = await runImport([file('bad.csv'), '--apply'], env);
    expect(code).toBe(2);
    expect(stderr).toContain('bad.csv has 7 problem(s); nothing was applied:');
    expect(stderr).toContain('line 3: name: give the person’s name');
    expect(stderr).toContain('line 4: person: nobody@stockholm.example is not a member of a team Samverkan is installed in');
    expect(stderr).toContain('line 5: person: "not-an-id" is neither an Entra object id');
    expect(stderr).toContain('line 5: roles: "chef" is not a role; use admin, steering, contact');
    expect(stderr).toContain('line 5: districts: only contacts have districts');
    expect(stderr).toContain('line 6: districts: "atlantis" is not a district');
    expect(stderr).toContain('line 7: person: the same person as on line 2; give each person once');
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('--apply writes the changes, each audited; people not in the file are untouched', async () => {
    const { code, stdout, stderr } = await runImport([file('roster.csv'), '--apply'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Applied 3 change(s) from roster.csv (audited as roster.import):');
    await withStore(dir.path, async (repositories) => {
      expect((await repositories.roster.read(TENANT, ANNA))?.doc).toMatchObject({ name: 'Anna Andersson', roles: ['steering', 'contact'], districtIds: ['bromma', 'farsta'], demo: false });
      expect((await repositories.roster.read(TENANT, PER))?.doc).toMatchObject({ name: 'Per Persson', roles: ['admin'], districtIds: [] });
      expect((await repositories.roster.read(TENANT, D002))?.doc.districtIds).toEqual(['farsta', 'skarholmen']);
      expect((await repositories.roster.read(TENANT, ADMIN))?.doc.roles).toContain('admin'); // not in the file: untouched
      const audit = (await repositories.audit.list(TENANT)).filter((entry) => entry.action === 'roster.import');
      expect(audit.map((entry) => entry.target.id).sort()).toEqual([D002, ANNA, PER].sort());
      expect(audit.every((entry) => entry.actor.aadObjectId === 'import:roster' && entry.outcome === 'done')).toBe(true);
      expect(audit.find((entry) => entry.target.id === D002)?.before).toMatchObject({ districtIds: ['farsta'] });
    });
  }, 90_000);
  it('a "deputyFor" column makes a person a deputy (ersättare) without a role; files without it keep deputies as they are', async () => {
    await writeFile(file('deputies.csv'), `name,aadObjectId,roles,ersättare för\nVera Ersättare,${VERA},,Farsta;skarholmen\n`);
    await writeFile(file('bad-deputies.csv'), `name,aadObjectId,roles,deputyFor\nVera Ersättare,${VERA},,atlantis\nTom,${TOM},,\n`);
    const bad = await runImport([file('bad-deputies.csv'), '--apply'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 2: deputyFor: "atlantis" is not a district');
    expect(bad.stderr).toContain('line 3: roles: give at least one role, or the districts the person is a deputy for');
    const dry = await runImport([file('deputies.csv')], env);
    expect(dry.stdout).toContain(`  + line 2: Vera Ersättare (${VERA}): deputy (Farsta, Skärholmen)`);
    const applied = await runImport([file('deputies.csv'), '--apply'], env);
    expect(applied.code).toBe(0);
    await writeFile(file('roles-only.csv'), `name,aadObjectId,roles\nVera Ersättare,${VERA},steering\n`);
    expect((await runImport([file('roles-only.csv'), '--apply'], env)).code).toBe(0);
    await withStore(dir.path, async (repositories) => {
      expect((await repositories.roster.read(TENANT, VERA))?.doc).toMatchObject({ roles: ['steering'], deputyDistrictIds: ['farsta', 'skarholmen'] });
    });
  }, 120_000);
});
