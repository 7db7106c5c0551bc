import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/main.ts';
import { launchChromium, type ChromiumSession } from '../support/browser.ts';
import { PlaygroundPage } from './playground-page.ts';

// Journey 1 in the real local client: the app starts the Agents Playground itself, Chromium
// drives its UI, and the answer is read from the rendered card.
describe('journey 1: an official asks in the Agents Playground', () => {
  let dataDir: string | undefined;
  let app: RunningApp | undefined;
  let browser: ChromiumSession | undefined;
  let ui: PlaygroundPage;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samverkan-e2e-'));
    app = await startApp({
      PORT: '0',
      PLAYGROUND: '1',
      SCHEDULER: '0',
      PLAYGROUND_PORT: '0', // the playground picks a free port and startPlayground reads it
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    });
    if (!app.playgroundUrl) throw new Error('startApp did not start the Agents Playground although PLAYGROUND=1');
    browser = await launchChromium();
    ui = new PlaygroundPage(browser.page, app.playgroundUrl);
    await ui.open();
    await ui.openPersonalChat();
  }, 90_000);

  afterAll(async () => {
    // Browser first, so the page stops talking to the playground before it goes away.
    await browser?.close();
    await app?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('answers "står det något om skolorna?" with the schools passage and its source', async () => {
    await ui.sendMessage('står det något om skolorna?');

    // The section title is in the citation only, not in the welcome card's suggestions.
    const answer = await ui.waitForBotMessage('Skolan som arena för förebyggande arbete');
    const card = await ui.readCardText(answer);
    expect(card).toContain('skolan är en viktig arena i det förebyggande arbetet');
    // The citation: the document (case KS 2019/656) and the section.
    expect(card).toContain('KS 2019/656');
    expect(card).toContain('Skolan som arena för förebyggande arbete');
  });
});
