import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './reproduce-image.ts';

/** Read only in local development (the Playground's configuration), never by the production build. */
const DEVELOPMENT_ONLY = new Set(['.m365agentsplayground.yml']);

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(PROJECT_ROOT, folder), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

describe('the production build carries the files the server reads at run time', () => {
  it('copies into dist/ every folder a server module reaches with new URL(…, import.meta.url)', async () => {
    const finishBuild = await readFile(join(PROJECT_ROOT, 'scripts/finish-build.ts'), 'utf8');
    const copied = [...(/RUNTIME_ASSETS = \[([^\]]*)\]/.exec(finishBuild)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    const compiled = ['src', 'bot', 'cards', 'scripts'];
    const missing: string[] = [];
    for (const folder of ['src', 'bot', 'cards']) {
      for (const file of await sourceFiles(folder)) {
        if (relative(PROJECT_ROOT, file).startsWith('src/tab')) continue; // browser code, built by Vite
        const text = await readFile(file, 'utf8');
        for (const [, target] of text.matchAll(/new URL\('([^']+)', import\.meta\.url\)/g)) {
          const path = relative(PROJECT_ROOT, resolve(dirname(file), target!)).split('\\').join('/');
          const top = path.split('/')[0]!;
          if (DEVELOPMENT_ONLY.has(path) || compiled.includes(top) || copied.includes(top)) continue;
          missing.push(`${relative(PROJECT_ROOT, file)} reads ${path}`);
        }
      }
    }
    expect(copied).toContain('data');
    expect(missing, 'add the folder to RUNTIME_ASSETS in scripts/finish-build.ts').toEqual([]);
  });
});
