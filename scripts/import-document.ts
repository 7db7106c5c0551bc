/**
 * Adds a document (Markdown or plain text) to the store the bot uses, or replaces it with the next
 * version, keeping the previous one as `<id>@v<n>`:
 *
 *   npm run import:document -- file.md --title "…" --kind city-wide|predecessor|local|press-release
 *     [--district <id>] [--date YYYY-MM-DD] [--id <id>] [--case-number "KS …"] [--title-en "…"] [--tenant <id>] [--dry-run]
 *
 * Writes Cosmos DB from COSMOS_ENDPOINT/COSMOS_KEY/COSMOS_DATABASE (running instances pick the
 * document up within a minute), or, when COSMOS_ENDPOINT is unset, the embedded server's snapshot
 * in DATA_DIR (default `.data`) itself: stop the bot first, it would overwrite the change.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AuditLog } from '../src/app/audit-log.ts';
import { buildImportedDocument, DOCUMENT_KINDS } from '../src/app/build-imported-document.ts';
import { DocumentService, type ImportPlan } from '../src/app/document-service.ts';
import { formatOfFile, parseDocument } from '../src/app/parse-document.ts';
import { isAppError } from '../src/domain/errors.ts';
import type { Agreement } from '../src/domain/model.ts';
import { createRepositories } from '../src/storage/create-repositories.ts';
import { fail, openScriptStore, readScriptEnv } from './script-support.ts';

const USAGE = `Usage: npm run import:document -- <file.md|file.txt> --title "…" --kind ${DOCUMENT_KINDS.join('|')} [options]

  <file>          the document: Markdown (headings # and ## start sections) or plain text
                  (short lines without a final period start sections, else every 5 paragraphs)
  --title         the document's Swedish title
  --kind          ${DOCUMENT_KINDS.join(', ')}
  --district      the district a local agreement belongs to (its id, e.g. farsta)
  --date          the document's date, YYYY-MM-DD
  --id            the document's id (default: from the title); an existing id gets the next version
  --case-number   the case number (diarienummer), e.g. "KS 2019/656"
  --title-en      the English title (default: the Swedish one)
  --tenant        the Entra tenant id (default: DEFAULT_TENANT_ID, else the first of ALLOWED_TENANTS,
                  else the Agents Playground tenant when using the local DATA_DIR)
  --dry-run       show the sections and the version it would write; write nothing

Writes COSMOS_ENDPOINT/COSMOS_KEY/COSMOS_DATABASE; without COSMOS_ENDPOINT, the snapshot in DATA_DIR
(default .data): stop the bot on that directory first.`;

const ArgsSchema = z.object({
  file: z.string().refine((file) => formatOfFile(file) !== undefined, 'must be a .md, .markdown or .txt file'),
  title: z.string({ error: 'is required' }).trim().min(1, 'must not be empty'),
  kind: z.enum(DOCUMENT_KINDS, { error: `must be one of ${DOCUMENT_KINDS.join(', ')}` }),
  district: z.string().optional(),
  date: z.iso.date({ error: 'must be a date like 2024-03-01' }).optional(),
  id: z.string().optional(),
  'case-number': z.string().trim().min(1, 'must not be empty').optional(),
  'title-en': z.string().trim().min(1, 'must not be empty').optional(),
  tenant: z.string().trim().min(1, 'must not be empty').optional(),
  'dry-run': z.boolean().default(false),
});
type Args = z.infer<typeof ArgsSchema>;

function readArgs(argv: string[]): Args {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        title: { type: 'string' },
        kind: { type: 'string' },
        district: { type: 'string' },
        date: { type: 'string' },
        id: { type: 'string' },
        'case-number': { type: 'string' },
        'title-en': { type: 'string' },
        tenant: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  if (values.help) fail(USAGE, 0);
  if (positionals.length !== 1) fail(`Give exactly one file to import (got ${positionals.length}).\n\n${USAGE}`, 2);
  const parsed = ArgsSchema.safeParse({ ...values, file: positionals[0] });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path[0] === 'file' ? positionals[0] : `--${issue.path.join('.')}`}: ${issue.message}`).join('\n');
    fail(`Invalid arguments, nothing was written:\n${problems}\n\n${USAGE}`, 2);
  }
  return parsed.data;
}

async function readDocument(args: Args, tenantId: string): Promise<Agreement> {
  const text = await readFile(args.file, 'utf8').catch((error: NodeJS.ErrnoException) => fail(`Cannot read ${args.file} (${error.code ?? error.message}); nothing was written.`, 2));
  const built = buildImportedDocument({
    tenantId,
    title: args.title,
    kind: args.kind,
    sections: parseDocument(text, formatOfFile(args.file)!),
    ...(args.id !== undefined ? { id: args.id } : {}),
    ...(args['title-en'] ? { titleEn: args['title-en'] } : {}),
    ...(args.district !== undefined ? { districtId: args.district } : {}),
    ...(args.date ? { date: args.date } : {}),
    ...(args['case-number'] ? { caseNumber: args['case-number'] } : {}),
  });
  if (!built.ok) fail(`${basename(args.file)} cannot be imported, nothing was written:\n${built.problems.map((p) => `  ${p}`).join('\n')}`, 2);
  return built.document;
}

function describePlan({ document, previousVersion }: ImportPlan, dryRun: boolean): string {
  const verb = dryRun ? 'Would write' : 'Wrote';
  const replaced = previousVersion ? `, replacing version ${previousVersion} (kept as ${document.id}@v${previousVersion})` : '';
  const lines = [
    `${verb} ${document.id} version ${document.version}${replaced}: "${document.title.sv}" (${document.kind}${document.districtId ? `, ${document.districtId}` : ''}), ${document.sections.length} sections:`,
    ...document.sections.map((section) => `  ${section.id}  ${section.title.sv}  (${section.text.length} characters)`),
  ];
  if (document.title.en === document.title.sv) lines.push('English title: the Swedish one (give --title-en to set it); section titles are Swedish in both languages.');
  return `${lines.join('\n')}\n`;
}

const args = readArgs(process.argv.slice(2));
const { env, tenantId } = readScriptEnv(args.tenant, USAGE);
const document = await readDocument(args, tenantId);
const store = await openScriptStore(env, { write: !args['dry-run'] });
try {
  const repositories = createRepositories(store.connection);
  const documents = new DocumentService(repositories, new AuditLog(repositories.audit));
  const actor = { aadObjectId: 'import:document', name: `npm run import:document (${userInfo().username})` };
  const plan = args['dry-run'] ? await documents.planImport(document) : await documents.importDocument(document, actor);
  process.stdout.write(describePlan(plan, args['dry-run']));
} catch (error) {
  const refused = isAppError(error, 'invalid-input');
  process.exitCode = refused ? 2 : 1;
  process.stderr.write(`Import ${refused ? 'refused, nothing was written' : 'failed'}: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await store.close().catch((error: unknown) => {
    process.exitCode = 1;
    process.stderr.write(`Saving the data in ${env.DATA_DIR} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  });
}
