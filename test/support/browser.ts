import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install -y chromium`); tests never download browsers. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags from DESIGN.md: headless, no sandbox (containers), and nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface ChromiumSession {
  context: BrowserContext;
  /** The tab Chromium opened with. */
  page: Page;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile in a temporary directory. Playwright only accepts a
 * user data dir through a persistent context, so this returns a context rather than a Browser.
 */
export async function launchChromium(executablePath: string = DEFAULT_CHROMIUM_PATH): Promise<ChromiumSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'samverkan-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1400, height: 900 },
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(
      `Could not launch Chromium at ${executablePath}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Install it with `apt-get install -y chromium` or pass the path of another Chromium build.',
      { cause: error },
    );
  }
  const page = context.pages()[0] ?? (await context.newPage());
  let closing: Promise<void> | undefined;
  return {
    context,
    page,
    close: () =>
      (closing ??= (async () => {
        try {
          await context.close();
        } finally {
          await rm(userDataDir, { recursive: true, force: true });
        }
      })()),
  };
}
