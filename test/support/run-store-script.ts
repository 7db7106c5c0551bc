import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { createRepositories, type Repositories } from '../../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Runs `scripts/<script>` for `tenantId` in a child process and collects what it printed and its exit code. */
export function runStoreScript(script: string, tenantId: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  // The machine's own Cosmos settings must not leak in: the test writes its own DATA_DIR.
  const { COSMOS_ENDPOINT: _e, COSMOS_KEY: _k, COSMOS_DATABASE: _d, DEFAULT_TENANT_ID: _t, ALLOWED_TENANTS: _a, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(TSX, [join(process.cwd(), 'scripts', script), ...args, '--tenant', tenantId], { env: { ...base, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** The store in the data directory, opened the way the bot opens it, for reading what a script left. */
export async function withStore<T>(dataDir: string, use: (repositories: Repositories) => Promise<T>): Promise<T> {
  const cosmos = await startEmbeddedCosmos({ dataDir });
  const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'samverkan' });
  try {
    return await use(createRepositories(connection));
  } finally {
    connection.dispose();
    await cosmos.stop();
  }
}
