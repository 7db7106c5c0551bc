import { startApp, type RunningApp } from '../../src/main.ts';
import { makeTempDir } from './embedded-store.ts';
import { startFakeConnector, type FakeConnector } from './fake-connector.ts';

export interface TestApp {
  app: RunningApp;
  stop(): Promise<void>;
}

/**
 * The real app (HTTP server, bot, embedded store) on a free port with a fresh data directory, the
 * scheduler and the playground off unless asked for; `stop` stops it and removes the directory.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = await makeTempDir();
  try {
    const app = await startApp({ PORT: '0', PLAYGROUND: '0', SCHEDULER: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent', ...env });
    return {
      app,
      async stop() {
        await app.stop();
        await dir.remove();
      },
    };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}

/** The real app and a fake connector for its replies; `stop` stops both. */
export async function startTestAppWithConnector(env: Record<string, string> = {}): Promise<TestApp & { connector: FakeConnector }> {
  const connector = await startFakeConnector();
  try {
    const testApp = await startTestApp(env);
    return {
      ...testApp,
      connector,
      async stop() {
        await testApp.stop();
        await connector.stop();
      },
    };
  } catch (error) {
    await connector.stop();
    throw error;
  }
}
