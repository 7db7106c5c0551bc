/**
 * Exports a tenant's audit log for a period as CSV (RFC 4180), e.g. for a public-records request:
 *
 *   npm run export:audit -- --from 2026-11-01 --to 2026-11-30 [--tenant <id>] [--out file.csv] [--bom]
 *
 * Reads Cosmos DB from COSMOS_ENDPOINT/COSMOS_KEY/COSMOS_DATABASE, or, when COSMOS_ENDPOINT is
 * unset, the embedded server's snapshot in DATA_DIR (default `.data`). The snapshot is copied to a
 * temporary directory first, so a bot running on the same DATA_DIR is never written to.
 */
import { copyFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { exportAuditCsv } from '../src/app/export-audit-csv.ts';
import { EnvSchema, PLAYGROUND_TENANT_ID } from '../src/config.ts';
import { auditPeriodOf } from '../src/domain/audit-period.ts';
import { ZONE } from '../src/domain/iso-week.ts';

const USAGE = `Usage: npm run export:audit -- --from YYYY-MM-DD --to YYYY-MM-DD [--tenant <id>] [--out file.csv] [--bom]

  --from, --to   first and last day to export, inclusive, in Europe/Stockholm time
  --tenant       the Entra tenant id (default: DEFAULT_TENANT_ID, else the first of ALLOWED_TENANTS,
                 else the Agents Playground tenant when reading the local DATA_DIR)
  --out          write the CSV to this file (default: standard output)
  --bom          start with a UTF-8 byte order mark (Excel needs it to show å, ä, ö)

Reads COSMOS_ENDPOINT, COSMOS_KEY and COSMOS_DATABASE; without COSMOS_ENDPOINT, the snapshot in DATA_DIR (default .data).`;

const day = z
  .string({ error: 'is required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-01')
  .refine((value) => DateTime.fromISO(value, { zone: ZONE }).isValid, 'is not a calendar date');

const ArgsSchema = z
  .object({
    from: day,
    to: day,
    tenant: z.string().trim().min(1, 'must not be empty').optional(),
    out: z.string().min(1, 'must not be empty').optional(),
    bom: z.boolean().default(false),
  })
  .refine((args) => args.from <= args.to, { message: 'must not be after --to', path: ['from'] });

const ScriptEnvSchema = EnvSchema.pick({ COSMOS_ENDPOINT: true, COSMOS_KEY: true, COSMOS_DATABASE: true, DATA_DIR: true, DEFAULT_TENANT_ID: true, ALLOWED_TENANTS: true });

function fail(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

function readArgs(argv: string[]): z.infer<typeof ArgsSchema> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, to: { type: 'string' }, tenant: { type: 'string' }, out: { type: 'string' }, bom: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  if (values.help) fail(USAGE, 0);
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  --${issue.path.join('.')} ${issue.message}`).join('\n');
    fail(`Invalid arguments:\n${problems}\n\n${USAGE}`, 2);
  }
  return parsed.data;
}

const args = readArgs(process.argv.slice(2));
const envResult = ScriptEnvSchema.safeParse(process.env);
if (!envResult.success) {
  fail(`Invalid environment:\n${envResult.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`, 2);
}
const env = envResult.data;
const tenantId = args.tenant ?? env.DEFAULT_TENANT_ID ?? env.ALLOWED_TENANTS[0] ?? (env.COSMOS_ENDPOINT ? undefined : PLAYGROUND_TENANT_ID);
if (!tenantId) fail(`Give the tenant with --tenant <id> (or set DEFAULT_TENANT_ID).\n\n${USAGE}`, 2);
if (env.COSMOS_ENDPOINT && !env.COSMOS_KEY) fail('COSMOS_KEY is required when COSMOS_ENDPOINT is set.', 2);

// The Cosmos client and server load only now, so a usage error answers at once.
const { startEmbeddedCosmos } = await import('../src/storage/embedded-cosmos.ts');
const { openCosmos } = await import('../src/storage/open-cosmos.ts');
const { readAuditPeriod } = await import('../src/storage/read-audit-period.ts');

const cleanups: Array<() => Promise<unknown>> = [];
try {
  let target: { endpoint: string; key: string };
  if (env.COSMOS_ENDPOINT) {
    target = { endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY ?? '' };
  } else {
    const snapshot = join(env.DATA_DIR, 'cosmos-snapshot.json');
    if (!(await stat(snapshot).catch(() => undefined))?.isFile()) {
      fail(`No data found: ${snapshot} does not exist. Set DATA_DIR to the bot's data directory, or COSMOS_ENDPOINT and COSMOS_KEY.`, 1);
    }
    const copy = await mkdtemp(join(tmpdir(), 'samverkan-export-'));
    cleanups.push(() => rm(copy, { recursive: true, force: true }));
    await copyFile(snapshot, join(copy, 'cosmos-snapshot.json'));
    const embedded = await startEmbeddedCosmos({ dataDir: copy });
    cleanups.push(() => embedded.stop());
    target = embedded;
  }
  const connection = await openCosmos({ ...target, databaseId: env.COSMOS_DATABASE });
  cleanups.push(async () => connection.dispose());
  const entries = await readAuditPeriod(connection.containers.audit, tenantId, auditPeriodOf(args.from, args.to));
  const csv = exportAuditCsv(entries, { bom: args.bom });
  if (args.out) await writeFile(args.out, csv, 'utf8');
  else process.stdout.write(csv);
  process.stderr.write(`Exported ${entries.length} audit entries of tenant ${tenantId}, ${args.from} to ${args.to} (${ZONE})${args.out ? ` to ${args.out}` : ''}.\n`);
} catch (error) {
  process.exitCode = 1;
  process.stderr.write(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}
