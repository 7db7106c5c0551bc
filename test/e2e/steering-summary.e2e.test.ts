import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import type { PlaygroundPage } from './playground-page.ts';
import { startPlaygroundSession, type PlaygroundSession } from './playground-session.ts';
import { weekKeyOf, weekNumberOf } from '../../src/domain/iso-week.ts';
import { PLAYGROUND_TENANT } from '../support/activities.ts';

// Journey 3 in the real local client: Alex (an admin in the demo roster) binds the team's General
// channel as the steering group's channel, runs the weekly summary now, and sees it posted there.
describe('journey 3: the weekly summary in the steering group’s channel', () => {
  let session: PlaygroundSession | undefined;
  let app: RunningApp | undefined;
  let ui: PlaygroundPage;

  beforeAll(async () => {
    session = await startPlaygroundSession();
    ({ app, ui } = session);
    await ui.openChannel('General');
  }, 90_000);

  afterAll(async () => {
    await session?.stop();
  }, 30_000);

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
