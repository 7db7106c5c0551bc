import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDecision } from '../../src/domain/decision.ts';
import { applyTaskStatus, newTask } from '../../src/domain/task-change.ts';
import { dueOfWeek } from '../../src/domain/task-due.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { createRepositories } from '../../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';
import { parseCsv } from '../support/parse-csv.ts';
import { makeTempDir } from '../support/embedded-store.ts';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const SCRIPT = join(process.cwd(), 'scripts', 'report.ts');
const TENANT = 'tenant-a';

function runReport(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { COSMOS_ENDPOINT: _e, COSMOS_KEY: _k, COSMOS_DATABASE: _d, DEFAULT_TENANT_ID: _t, ALLOWED_TENANTS: _a, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(TSX, [SCRIPT, ...args], { env: { ...base, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run report (scripts/report.ts) against an embedded store snapshot', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    dir = await makeTempDir('samverkan-report-test-');
    const cosmos = await startEmbeddedCosmos({ dataDir: dir.path });
    const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'samverkan' });
    const repositories = createRepositories(connection);
    const kb = await loadKnowledgeBaseFromFiles(TENANT);
    for (const district of kb.districts) await repositories.districts.upsert(district);
    for (const area of kb.focusAreas) await repositories.focusAreas.upsert(area);
    const by = { aadObjectId: 'm', name: 'Demoledamot' };
    const entries = kb.focusAreas.map((area) => ({ focusAreaId: area.id, level: 'green' as const, trend: 'same' as const, comment: '' }));
    await repositories.reports.upsert({ tenantId: TENANT, id: 'farsta:2026-W41', type: 'status-report', districtId: 'farsta', week: '2026-W41', current: 1, revisions: [{ revision: 1, submittedBy: by, submittedAt: '2026-10-05T08:00:00.000Z', late: false, basedOn: 0, priorityComment: '', overallComment: '', entries: entries.map((e, i) => (i === 3 ? { ...e, level: 'red' as const } : e)) }] });
    const fields = { title: 'Kartlägga otrygga platser kring tunnelbanan (demodata)', focusAreaId: 'kamerabevakning', districtId: 'farsta', owner: { name: 'Trafikkontoret', kind: 'forvaltning' as const }, due: dueOfWeek('2026-W44') };
    await repositories.tasks.create(applyTaskStatus(newTask({ tenantId: TENANT, number: 1, fields, by, at: new Date('2026-09-01T10:00:00Z') }), 'done', by, new Date('2026-10-20T10:00:00Z')).task);
    await repositories.tasks.create(newTask({ tenantId: TENANT, number: 2, fields: { ...fields, title: 'Sen uppgift (demodata)', districtId: 'bromma', due: dueOfWeek('2026-W45') }, by, at: new Date('2026-09-01T10:00:00Z') }));
    await repositories.decisions.create(newDecision({ tenantId: TENANT, number: 1, fields: { date: '2026-10-05', text: 'Utöka kamerabevakningen (demodata)', boards: ['Trafiknämnden'], anchoring: 'behöver-förankras' }, by, at: new Date('2026-10-05T10:00:00Z') }));
    connection.dispose();
    await cosmos.stop();
  });
  afterAll(async () => {
    await dir?.remove();
  });

  it('writes the Word, Excel, Markdown and CSV files for the period', async () => {
    const out = join(dir.path, 'out');
    const result = await runReport(['--from', '2026-W40', '--to', '2026-W47', '--out-dir', out, '--tenant', TENANT], { DATA_DIR: dir.path });
    expect(result.stderr).toMatch(/2 tasks|1 tasks done, 1 late, 1 decisions/);
    expect(result.code).toBe(0);
    const base = join(out, 'aterrapport-2026-W40-2026-W47');
    const markdown = await readFile(`${base}.md`, 'utf8');
    expect(markdown).toMatch(/^# Återrapportering till de politiska organen, vecka 40–47 2026/);
    expect(markdown).toContain('### Farsta');
    expect(markdown).toMatch(/\| Kamerabevakning \| – \| röd \| – \|/);
    expect(markdown).toMatch(/\| Ordningsvakter \| – \| grön \| – \|/);
    const levels = parseCsv(await readFile(`${base}.csv`, 'utf8'));
    expect(levels[0]?.slice(0, 3)).toEqual(['Stadsdelsområde', 'Samverkansområde', '2026-W40']);
    expect(levels).toHaveLength(1 + 13 * 10);
    expect(parseCsv(await readFile(`${base}-uppgifter.csv`, 'utf8')).map((row) => row[1])).toEqual(['Id', 't-0001', 't-0002']);
    expect(parseCsv(await readFile(`${base}-beslut.csv`, 'utf8'))[1]?.[4]).toBe('behöver förankras');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(`${base}.xlsx`)) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Läget')?.rowCount).toBe(1 + 13 * 10);
    const docx = await JSZip.loadAsync(await readFile(`${base}.docx`));
    expect(await docx.file('word/document.xml')?.async('string')).toContain('Farsta');
  }, 60_000);

  it('scopes to one district and prints the Markdown without --out-dir', async () => {
    const result = await runReport(['--from', '2026-W40', '--to', '2026-W47', '--district', 'bromma', '--tenant', TENANT], { DATA_DIR: dir.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('### Bromma');
    expect(result.stdout).not.toContain('### Farsta');
    expect(result.stdout).toMatch(/## Försenade uppgifter[\s\S]*t-0002/);
  });

  it('refuses bad arguments with the usage', async () => {
    const result = await runReport(['--from', '2026-W47', '--to', '2026-W40'], { DATA_DIR: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--from must not be after --to/);
    expect((await runReport(['--from', '2026-40', '--to', '2026-W47'], { DATA_DIR: dir.path })).stderr).toMatch(/ISO week like 2026-W40/);
  });
});
