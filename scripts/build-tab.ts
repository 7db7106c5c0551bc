/**
 * Builds the dashboard tab (tab/) with Vite into dist/tab/, the folder the server serves under
 * /tab. Run: `npm run build:tab`; `npm start` calls `buildTab` when dist/tab is missing.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const TAB_CONFIG = fileURLToPath(new URL('../tab/vite.config.ts', import.meta.url));

export async function buildTab(options: { quiet?: boolean } = {}): Promise<void> {
  await build({ configFile: TAB_CONFIG, logLevel: options.quiet ? 'warn' : 'info' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildTab().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
