/**
 * The report back to the political bodies (återrapportering), in Swedish, as Markdown and CSV:
 *
 *   npm run report -- --from 2026-W40 --to 2026-W47 [--district <id>] [--out-dir dir] [--tenant <id>] [--bom]
 *
 * Without --out-dir the Markdown goes to standard output. With it, the files are written:
 * aterrapport-<from>-<to>[-<district>].docx (Word), .xlsx (Excel), .md, .csv (levels),
 * -uppgifter.csv and -beslut.csv: the same Word and Excel files the chat's download links serve.
 * Reads Cosmos DB from COSMOS_ENDPOINT/COSMOS_KEY/COSMOS_DATABASE, or, when COSMOS_ENDPOINT is
 * unset, a copy of the embedded server's snapshot in DATA_DIR (default `.data`), never the live file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describePoliticalReport, renderPoliticalReport } from '../cards/political-report-text.ts';
import { readPoliticalReport } from '../src/app/read-political-report.ts';
import { loadReportBuilders } from '../src/app/load-report-builders.ts';
import { isWeekKey, type WeekKey } from '../src/domain/iso-week.ts';
import { MAX_REPORT_WEEKS, weeksBetween } from '../src/domain/political-report.ts';
import { createRepositories } from '../src/storage/create-repositories.ts';
import { fail, openScriptStore, readScriptEnv } from './script-support.ts';

const USAGE = `Usage: npm run report -- --from YYYY-Www --to YYYY-Www [--district <id>] [--out-dir dir] [--tenant <id>] [--bom]

  --from, --to   first and last ISO week of the period, inclusive (e.g. 2026-W40, 2026-W47)
  --district     only this district (its id, e.g. farsta)
  --out-dir      write the .docx, .xlsx, .md and .csv files there (default: the Markdown to standard output)
  --tenant       the Entra tenant id (default: DEFAULT_TENANT_ID, else the first of ALLOWED_TENANTS,
                 else the Agents Playground tenant when reading the local DATA_DIR)
  --bom          start the CSV files with a UTF-8 byte order mark (Excel needs it for å, ä, ö)

Reads COSMOS_ENDPOINT, COSMOS_KEY and COSMOS_DATABASE; without COSMOS_ENDPOINT, the snapshot in DATA_DIR (default .data).`;

const week = z
  .string({ error: 'is required' })
  .transform((value) => value.trim().toUpperCase())
  .refine((value) => isWeekKey(value), 'must be an ISO week like 2026-W40')
  .transform((value) => value as WeekKey);

const bothWeeks = (args: { from: string; to: string }) => isWeekKey(args.from) && isWeekKey(args.to);

const ArgsSchema = z
  .object({
    from: week,
    to: week,
    district: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a district id like farsta').optional(),
    'out-dir': z.string().min(1, 'must not be empty').optional(),
    tenant: z.string().trim().min(1, 'must not be empty').optional(),
    bom: z.boolean().default(false),
  })
  // Zod runs these even when a week failed above, so they only judge valid weeks.
  .refine((args) => !bothWeeks(args) || args.from <= args.to, { message: 'must not be after --to', path: ['from'] })
  .refine((args) => !bothWeeks(args) || weeksBetween(args.from, args.to).length <= MAX_REPORT_WEEKS, { message: `the period is at most ${MAX_REPORT_WEEKS} weeks`, path: ['to'] });

function readArgs(argv: string[]): z.infer<typeof ArgsSchema> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        district: { type: 'string' },
        'out-dir': { type: 'string' },
        tenant: { type: 'string' },
        bom: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  if (values.help) fail(USAGE, 0);
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) fail(`Invalid arguments:\n${parsed.error.issues.map((i) => `  --${i.path.join('.')} ${i.message}`).join('\n')}\n\n${USAGE}`, 2);
  return parsed.data;
}

const args = readArgs(process.argv.slice(2));
const { env, tenantId } = readScriptEnv(args.tenant, USAGE);
const store = await openScriptStore(env);
try {
  const { connection } = store;
  const report = await readPoliticalReport(createRepositories(connection), tenantId, { from: args.from, to: args.to, ...(args.district ? { districtId: args.district } : {}) }, new Date());
  const text = renderPoliticalReport(report);
  const outDir = args['out-dir'];
  if (outDir) {
    await mkdir(outDir, { recursive: true });
    const base = join(outDir, `aterrapport-${args.from}-${args.to}${args.district ? `-${args.district}` : ''}`);
    const bom = args.bom ? '\uFEFF' : '';
    // docx and exceljs load only when files are written (they are slow to load).
    const { buildReportDocx, buildReportXlsx } = await loadReportBuilders();
    const document = describePoliticalReport(report);
    await writeFile(`${base}.docx`, await buildReportDocx(document));
    await writeFile(`${base}.xlsx`, await buildReportXlsx(document));
    await writeFile(`${base}.md`, text.markdown, 'utf8');
    await writeFile(`${base}.csv`, bom + text.csv, 'utf8');
    await writeFile(`${base}-uppgifter.csv`, bom + text.tasksCsv, 'utf8');
    await writeFile(`${base}-beslut.csv`, bom + text.decisionsCsv, 'utf8');
    process.stderr.write(`Wrote ${base}.docx, .xlsx, .md, .csv, -uppgifter.csv and -beslut.csv.\n`);
  } else {
    process.stdout.write(text.markdown);
  }
  process.stderr.write(`Report for tenant ${tenantId}, ${args.from}–${args.to}: ${report.weeks.length} weeks, ${report.tasksDone.length} tasks done, ${report.tasksLate.length} late, ${report.decisions.length} decisions.\n`);
} catch (error) {
  process.exitCode = 1;
  process.stderr.write(`Report failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await store.close();
}
