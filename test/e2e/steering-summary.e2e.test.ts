import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/main.ts';
import { weekKeyOf, weekNumberOf } from '../../src/domain/iso-week.ts';
import { PLAYGROUND_TENANT } from '../support/activities.ts';
import { launchChromium, type ChromiumSession } from '../support/browser.ts';
import { PlaygroundPage } from './playground-page.ts';

// Journey 3 in the real local client: Alex (an admin in the demo roster) binds the team's General
// channel as the steering group's channel, runs the weekly summary now, and sees it posted there.
describe('journey 3: the weekly summary in the steering group’s channel', () => {
  let dataDir: string | undefined;
  let app: RunningApp | undefined;
  let browser: ChromiumSession | undefined;
  let ui: PlaygroundPage;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samverkan-e2e-'));
    app = await startApp({ PORT: '0', PLAYGROUND: '1', SCHEDULER: '0', PLAYGROUND_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    if (!app.playgroundUrl) throw new Error('startApp did not start the Agents Playground although PLAYGROUND=1');
    browser = await launchChromium();
    ui = new PlaygroundPage(browser.page, app.playgroundUrl);
    await ui.open();
    await ui.openChannel('General');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('binds the channel, runs the summary now, and the summary is posted in the channel once', async () => {
    await ui.mentionBotAndSend('styrgrupp här');
    await ui.waitForBotMessage(/är nu styrgruppens kanal/);

    await ui.mentionBotAndSend('kör sammanfattning nu');
    const week = weekKeyOf(new Date());
    const summary = await ui.waitForBotMessage(new RegExp(`Veckosammanfattning vecka ${weekNumberOf(week)}`));
    expect(await ui.readCardText(summary)).toMatch(/Rinkeby-Kista/);

    const post = await app!.repositories.summaries.read(PLAYGROUND_TENANT, `summary:${week}`);
    expect(post?.doc.status).toBe('posted');
  }, 90_000);
});
