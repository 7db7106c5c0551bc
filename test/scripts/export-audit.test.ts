import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/domain/audit.ts';
import { createRepositories } from '../../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';
import { makeTempDir } from '../support/embedded-store.ts';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const SCRIPT = join(process.cwd(), 'scripts', 'export-audit.ts');

function runExport(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  // The machine's own Cosmos settings must not leak in: the test reads its own DATA_DIR.
  const { COSMOS_ENDPOINT: _e, COSMOS_KEY: _k, COSMOS_DATABASE: _d, DEFAULT_TENANT_ID: _t, ALLOWED_TENANTS: _a, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(TSX, [SCRIPT, ...args], { env: { ...base, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const entry = (id: string, at: string, tenantId = 'tenant-a'): AuditEntry => ({
  tenantId,
  id,
  type: 'audit',
  at,
  actor: { aadObjectId: 'admin-1', name: 'Åke Ärlig, "admin"' },
  action: 'roster.add-contact',
  target: { kind: 'roster-entry', id: `p-${id}` },
  after: { note: 'rad 1\nrad 2' },
  outcome: 'done',
});

describe('npm run export:audit (scripts/export-audit.ts)', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let snapshotBefore: string;

  beforeAll(async () => {
    dir = await makeTempDir('samverkan-export-test-');
    // A data directory as the bot leaves it: the embedded server's snapshot.
    const cosmos = await startEmbeddedCosmos({ dataDir: dir.path });
    const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'samverkan' });
    const { audit } = createRepositories(connection);
    for (const doc of [
      entry('late', '2026-11-30T22:59:59.999Z'), // 30 Nov 23:59:59 in Stockholm: in
      entry('first', '2026-10-31T23:00:00.000Z'), // 1 Nov 00:00 in Stockholm: in
      entry('before', '2026-10-31T22:59:59.999Z'), // 31 Oct 23:59 in Stockholm: out
      entry('after', '2026-11-30T23:00:00.000Z'), // 1 Dec 00:00 in Stockholm: out
      entry('mid', '2026-11-15T12:00:00Z'),
      entry('other-tenant', '2026-11-15T12:00:00.000Z', 'tenant-b'),
    ]) {
      await audit.create(doc);
    }
    connection.dispose();
    await cosmos.stop();
    snapshotBefore = await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8');
  });
  afterAll(async () => {
    await dir?.remove();
  });

  it('writes the tenant’s entries of the period, inclusive in Stockholm time, oldest first, as CSV on stdout', async () => {
    const { code, stdout, stderr } = await runExport(['--from', '2026-11-01', '--to', '2026-11-30', '--tenant', 'tenant-a'], { DATA_DIR: dir.path });
    expect(stderr).toContain('Exported 3 audit entries of tenant tenant-a');
    expect(code).toBe(0);
    const rows = stdout.split('\r\n');
    expect(rows[0]).toBe('at,actor_id,actor_name,action,target_kind,target_id,outcome,reason,before,after');
    expect(rows.slice(1, -1).map((row) => row.split(',')[0])).toEqual(['2026-10-31T23:00:00.000Z', '2026-11-15T12:00:00Z', '2026-11-30T22:59:59.999Z']);
    expect(rows[1]).toBe('2026-10-31T23:00:00.000Z,admin-1,"Åke Ärlig, ""admin""",roster.add-contact,roster-entry,p-first,done,,,"{""note"":""rad 1\\nrad 2""}"');
    // The bot's data directory is only read.
    expect(await readFile(join(dir.path, 'cosmos-snapshot.jsonl'), 'utf8')).toBe(snapshotBefore);
  });

  it('writes to --out, with a BOM on request', async () => {
    const out = join(dir.path, 'audit.csv');
    const { code } = await runExport(['--from', '2026-11-15', '--to', '2026-11-15', '--tenant', 'tenant-b', '--out', out, '--bom'], { DATA_DIR: dir.path });
    expect(code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFat,actor_id')).toBe(true);
    expect(csv).toContain(',p-other-tenant,');
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('refuses bad arguments with the usage and exit code 2', async () => {
    // Each run starts a process (a few seconds), so the cases run side by side.
    const cases = [
      ['--from', '2026-11-01'], // no --to
      ['--from', '2026-13-01', '--to', '2026-11-30'], // no such month
      ['--from', '2026-11-30', '--to', '2026-11-01'], // backwards
      ['--from', '2026-11-01', '--to', '2026-11-30', '--format', 'xlsx'], // unknown option
    ];
    const results = await Promise.all(cases.map((args) => runExport(args, { DATA_DIR: dir.path })));
    for (const [index, { code, stdout, stderr }] of results.entries()) {
      expect(code, cases[index]!.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: npm run export:audit -- --from YYYY-MM-DD --to YYYY-MM-DD');
    }
    expect(results[2]!.stderr).toContain('--from must not be after --to');
  });

  it('says where it looked when there is no data', async () => {
    const { code, stderr } = await runExport(['--from', '2026-11-01', '--to', '2026-11-30'], { DATA_DIR: join(dir.path, 'nothing-here') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/No data found in .*nothing-here/);
  });
});
