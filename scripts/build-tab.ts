/**
 * Builds the dashboard tab (tab/) with Vite into dist/tab/, the folder the server serves under
 * /tab. Run: `npm run build:tab`; `npm start` calls `buildTab` when dist/tab is missing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const TAB_CONFIG = fileURLToPath(new URL('../tab/vite.config.ts', import.meta.url));
export const TAB_OUT_DIR = fileURLToPath(new URL('../dist/tab/', import.meta.url));
/** The goal for the first load: JavaScript the browser fetches before the tab shows, gzipped. */
export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;

export async function buildTab(options: { quiet?: boolean; outDir?: string } = {}): Promise<void> {
  // Always a production build, even from a test: under NODE_ENV=test Vite and the React plugin
  // would pick React's development runtime (jsxDEV), which the production bundle does not have.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: TAB_CONFIG, mode: 'production', logLevel: options.quiet ? 'warn' : 'info', ...(options.outDir ? { build: { outDir: options.outDir, emptyOutDir: true } } : {}) });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}

/**
 * The JavaScript of the first load: the entry script and the modules it preloads, as index.html
 * names them (lazy views such as the charts are fetched later), each gzipped as a server would.
 */
export async function firstLoadSize(outDir: string = TAB_OUT_DIR): Promise<{ files: Array<{ file: string; bytes: number; gzipBytes: number }>; gzipBytes: number }> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!.replace(/^\/tab\//, ''));
  const files = await Promise.all(
    paths.map(async (file) => {
      const content = await readFile(join(outDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

async function main(): Promise<void> {
  await buildTab();
  const size = await firstLoadSize();
  console.log(`tab first load: ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped JavaScript (${size.files.map((f) => f.file).join(', ')}); budget ${FIRST_LOAD_BUDGET_BYTES / 1024} KB`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
