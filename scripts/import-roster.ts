/**
 * Imports the roster (who has which role, contacts' districts) from a CSV file:
 *
 *   npm run import:roster -- roster.csv [--apply] [--tenant <id>]
 *
 * Columns (a header row first): name, aadObjectId or UPN, roles, districts. Roles: admin,
 * steering, contact (Swedish words too), several separated by ";"; districts: ids or names,
 * separated by ";", for contacts. Without --apply it is a dry run that lists the changes. A bad row
 * is listed with its line number and nothing is applied. Every change is audited
 * (action `roster.import`). A UPN is looked up among the members of the teams Samverkan is
 * installed in, as last listed.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { AuditLog } from '../src/app/audit-log.ts';
import { applyRosterImport, describeRosterChange, planRosterImport } from '../src/app/roster-import.ts';
import { TeamService } from '../src/app/team-service.ts';
import { createRepositories } from '../src/storage/create-repositories.ts';
import { fail, openScriptStore, readScriptEnv } from './script-support.ts';

const USAGE = `Usage: npm run import:roster -- <roster.csv> [--apply] [--tenant <id>]

  <roster.csv>  a header row, then one person a row:
                  name,aadObjectId,roles,districts
                  Anna Andersson,8f0c2a4e-1b2c-4d5e-8f90-1234567890ab,steering;contact,farsta
                  Per Persson,per.persson@example.org,admin,
                (aadObjectId or UPN; roles admin, steering, contact; districts by id or name)
  --dry-run     list the changes, write nothing (the default)
  --apply       write the changes (each audited)
  --tenant      the Entra tenant id (default: DEFAULT_TENANT_ID, else the first of ALLOWED_TENANTS,
                else the Agents Playground tenant when using the local DATA_DIR)

Writes COSMOS_ENDPOINT/COSMOS_KEY/COSMOS_DATABASE; without COSMOS_ENDPOINT, the snapshot in DATA_DIR
(default .data): stop the bot on that directory first.`;

let values: { apply?: boolean; 'dry-run'?: boolean; tenant?: string; help?: boolean };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { apply: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, tenant: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: true,
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
}
if (values.help) fail(USAGE, 0);
if (positionals.length !== 1) fail(`Give exactly one CSV file (got ${positionals.length}).\n\n${USAGE}`, 2);
if (values.apply && values['dry-run']) fail(`Give --apply or --dry-run, not both.\n\n${USAGE}`, 2);
const file = positionals[0]!;
const apply = values.apply ?? false;
const { env, tenantId } = readScriptEnv(values.tenant, USAGE);
const csv = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => fail(`Cannot read ${file} (${error.code ?? error.message}); nothing was applied.`, 2));
const store = await openScriptStore(env, { write: apply });
try {
  const repositories = createRepositories(store.connection);
  const [roster, districts] = await Promise.all([repositories.roster.list(tenantId), repositories.districts.list(tenantId)]);
  const teams = new TeamService({ repositories });
  const plan = await planRosterImport(csv, { tenantId, roster, districts, findPerson: (upn) => teams.findMember(tenantId, upn) });
  if (!plan.ok) {
    const lines = plan.problems.map((problem) => `  line ${problem.line}: ${problem.message}`);
    process.stderr.write(`${basename(file)} has ${plan.problems.length} problem(s); nothing was applied:\n${lines.join('\n')}\n`);
    process.exitCode = 2;
  } else {
    const names = new Map(districts.map((district) => [district.id, district.name]));
    const changing = plan.changes.filter((change) => change.kind !== 'unchanged').length;
    const lines = plan.changes.map((change) => describeRosterChange(change, names));
    if (apply) {
      const actor = { aadObjectId: 'import:roster', name: `npm run import:roster (${userInfo().username})` };
      const { written } = await applyRosterImport({ roster: repositories.roster, audit: new AuditLog(repositories.audit) }, tenantId, actor, plan.changes);
      process.stdout.write(`Applied ${written} change(s) from ${basename(file)} (audited as roster.import):\n${lines.join('\n')}\n`);
    } else {
      process.stdout.write(`Dry run: ${changing} change(s) in ${basename(file)}; give --apply to write them:\n${lines.join('\n')}\n`);
    }
  }
} catch (error) {
  process.exitCode = 1;
  process.stderr.write(`Import failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await store.close().catch((error: unknown) => {
    process.exitCode = 1;
    process.stderr.write(`Saving the data in ${env.DATA_DIR} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  });
}
