/**
 * Exports a tenant's audit log for a period as CSV (RFC 4180), e.g. for a public-records request:
 *
 *   npm run export:audit -- --from 2026-11-01 --to 2026-11-30 [--tenant <id>] [--out file.csv] [--bom]
 *
 * Reads Cosmos DB from COSMOS_ENDPOINT/COSMOS_KEY/COSMOS_DATABASE, or, when COSMOS_ENDPOINT is
 * unset, the embedded server's snapshot in DATA_DIR (default `.data`). The snapshot is copied to a
 * temporary directory first, so a bot running on the same DATA_DIR is never written to.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { exportAuditCsv } from '../src/app/export-audit-csv.ts';
import { auditPeriodOf } from '../src/domain/audit-period.ts';
import { ZONE } from '../src/domain/iso-week.ts';
import { fail, openScriptStore, readScriptEnv } from './script-support.ts';

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
const { env, tenantId } = readScriptEnv(args.tenant, USAGE);
const { readAuditPeriod } = await import('../src/storage/read-audit-period.ts');
const store = await openScriptStore(env);
try {
  const { connection } = store;
  const entries = await readAuditPeriod(connection.containers.audit, tenantId, auditPeriodOf(args.from, args.to));
  const csv = exportAuditCsv(entries, { bom: args.bom });
  if (args.out) await writeFile(args.out, csv, 'utf8');
  else process.stdout.write(csv);
  process.stderr.write(`Exported ${entries.length} audit entries of tenant ${tenantId}, ${args.from} to ${args.to} (${ZONE})${args.out ? ` to ${args.out}` : ''}.\n`);
} catch (error) {
  process.exitCode = 1;
  process.stderr.write(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await store.close();
}
