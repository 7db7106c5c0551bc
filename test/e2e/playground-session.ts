import type { RunningApp } from '../../src/main.ts';
import { launchChromium, type ChromiumSession } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { PlaygroundPage } from './playground-page.ts';

export interface PlaygroundSession {
  app: RunningApp;
  ui: PlaygroundPage;
  stop(): Promise<void>;
}

/**
 * The app with the Agents Playground it starts itself (on a free port), and Chromium on its page.
 * `prepare` runs before the page opens (e.g. to store last week's report).
 */
export async function startPlaygroundSession(prepare?: (app: RunningApp) => Promise<void>): Promise<PlaygroundSession> {
  let testApp: TestApp | undefined;
  let browser: ChromiumSession | undefined;
  const stop = async () => {
    // Browser first, so the page stops talking to the playground before it goes away.
    await browser?.close();
    await testApp?.stop();
  };
  try {
    testApp = await startTestApp({ PLAYGROUND: '1', PLAYGROUND_PORT: '0', LOG_LEVEL: 'warn' });
    const { app } = testApp;
    if (!app.playgroundUrl) throw new Error('startApp did not start the Agents Playground although PLAYGROUND=1');
    await prepare?.(app);
    browser = await launchChromium();
    const ui = new PlaygroundPage(browser.page, app.playgroundUrl);
    await ui.open();
    return { app, ui, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
