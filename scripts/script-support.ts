// What the operations scripts (export:audit, report, import:document) share: failing with a usage
// message, the environment they read, and a connection to the bot's store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvSchema, PLAYGROUND_TENANT_ID } from '../src/config.ts';
import type { CosmosConnection } from '../src/storage/open-cosmos.ts';

export function fail(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

const ScriptEnvSchema = EnvSchema.pick({ COSMOS_ENDPOINT: true, COSMOS_KEY: true, COSMOS_DATABASE: true, DATA_DIR: true, DEFAULT_TENANT_ID: true, ALLOWED_TENANTS: true });
export type ScriptEnv = ReturnType<typeof ScriptEnvSchema.parse>;

/** The script's environment and the tenant it reads (`--tenant`, else DEFAULT_TENANT_ID, else the first allowed one). */
export function readScriptEnv(tenantArgument: string | undefined, usage: string): { env: ScriptEnv; tenantId: string } {
  const result = ScriptEnvSchema.safeParse(process.env);
  if (!result.success) fail(`Invalid environment:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`, 2);
  const env = result.data;
  const tenantId = tenantArgument ?? env.DEFAULT_TENANT_ID ?? env.ALLOWED_TENANTS[0] ?? (env.COSMOS_ENDPOINT ? undefined : PLAYGROUND_TENANT_ID);
  if (!tenantId) fail(`Give the tenant with --tenant <id> (or set DEFAULT_TENANT_ID).\n\n${usage}`, 2);
  if (env.COSMOS_ENDPOINT && !env.COSMOS_KEY) fail('COSMOS_KEY is required when COSMOS_ENDPOINT is set.', 2);
  return { env, tenantId };
}

/**
 * Cosmos DB when configured; else the embedded server on a copy of the bot's data in DATA_DIR, so
 * a reading script never writes to the data of a running bot. With `write`, the embedded server
 * opens DATA_DIR itself; the directory's lock refuses that while a bot runs on it (stop the bot,
 * or use Cosmos DB). `close` undoes it all.
 */
export async function openScriptStore(env: ScriptEnv, options: { write?: boolean } = {}): Promise<{ connection: CosmosConnection; close(): Promise<void> }> {
  // The Cosmos client and server load only now, so a usage error answers at once.
  const { copyEmbeddedData, hasEmbeddedData, startEmbeddedCosmos } = await import('../src/storage/embedded-cosmos.ts');
  const { openCosmos } = await import('../src/storage/open-cosmos.ts');
  const cleanups: Array<() => Promise<unknown>> = [];
  const close = async () => {
    let failure: unknown;
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => {
        failure ??= error;
      });
    }
    // A snapshot that was not saved is a lost write; a reading script has nothing to lose.
    if (options.write && failure) throw failure;
  };
  try {
    let target: { endpoint: string; key: string };
    if (env.COSMOS_ENDPOINT) {
      target = { endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY ?? '' };
    } else {
      let dataDir = env.DATA_DIR;
      if (options.write && !(await hasEmbeddedData(env.DATA_DIR))) {
        fail(`No data found in ${env.DATA_DIR}. Set DATA_DIR to the bot's data directory, or COSMOS_ENDPOINT and COSMOS_KEY.`, 1);
      }
      if (!options.write) {
        // Readers work on a copy: a script never writes to the data of a running bot.
        dataDir = await mkdtemp(join(tmpdir(), 'samverkan-script-'));
        const copy = dataDir;
        cleanups.push(() => rm(copy, { recursive: true, force: true }));
        if (!(await copyEmbeddedData(env.DATA_DIR, copy))) {
          fail(`No data found in ${env.DATA_DIR}. Set DATA_DIR to the bot's data directory, or COSMOS_ENDPOINT and COSMOS_KEY.`, 1);
        }
      }
      const embedded = await startEmbeddedCosmos({ dataDir });
      cleanups.push(() => embedded.stop());
      target = embedded;
    }
    const connection = await openCosmos({ ...target, databaseId: env.COSMOS_DATABASE });
    cleanups.push(async () => connection.dispose());
    return { connection, close };
  } catch (error) {
    await close();
    throw error;
  }
}
