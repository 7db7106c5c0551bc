import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTab, FIRST_LOAD_BUDGET_BYTES, firstLoadSize } from '../../scripts/build-tab.ts';
import { makeTempDir } from '../support/embedded-store.ts';

/** The production build of the tab (vite), into a fresh folder: what the first load ships. */
describe('the tab build', () => {
  let dir: { path: string; remove(): Promise<void> } | undefined;
  afterAll(async () => dir?.remove());

  it('ships less than 300 KB of gzipped JavaScript on first load; Chart.js comes later with the history views', async () => {
    dir = await makeTempDir('samverkan-tab-build-');
    await buildTab({ quiet: true, outDir: dir.path });
    const size = await firstLoadSize(dir.path);
    console.log(`tab first load: ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped JavaScript`);
    expect(size.files.length).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThan(FIRST_LOAD_BUDGET_BYTES);
    const assets = await readdir(join(dir.path, 'assets'));
    // The chart (Chart.js) is in the history views' shared chunk, loaded when one of them opens.
    const historyChunks = assets.filter((file) => file.startsWith('HistoryView') && file.endsWith('.js'));
    expect(historyChunks).toHaveLength(1);
    expect(size.files.some((f) => f.file.includes('HistoryView') || f.file.includes('LevelChart'))).toBe(false);
  }, 180_000);
});
