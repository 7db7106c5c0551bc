import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/main.ts';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { PLAYGROUND_TENANT_ID } from '../../src/config.ts';
import { checkStore } from '../../src/storage/check-store.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';
import { startSwitchableProxy } from './switchable-proxy.ts';

describe('/healthz and /readyz', () => {
  let cosmos: EmbeddedCosmos;
  let proxy: Awaited<ReturnType<typeof startSwitchableProxy>>;
  let app: RunningApp;

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    proxy = await startSwitchableProxy(cosmos.endpoint);
    // Cosmos DB as production reaches it: an endpoint and a key, not the embedded mode.
    app = await startApp({ PORT: '0', PLAYGROUND: '0', SCHEDULER: '0', LOG_LEVEL: 'silent', COSMOS_ENDPOINT: proxy.endpoint, COSMOS_KEY: cosmos.key });
  });
  afterAll(async () => {
    proxy.down = false;
    await app?.stop();
    await proxy?.stop();
    await cosmos?.stop();
  });

  const get = async (path: string) => {
    const response = await fetch(`${app.url}${path}`);
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as { status: string; checks?: Record<string, string> } };
  };

  it('is ready when Cosmos DB answers and the store is seeded', async () => {
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { store: 'ok', scheduler: 'off' } });
    expect((await get('/healthz')).body).toEqual({ status: 'ok' });
  });

  it('is not ready (503) while Cosmos DB does not answer, alive all the same, and ready again after', async () => {
    proxy.down = true;
    const notReady = await get('/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.body).toEqual({ status: 'not-ready', checks: { store: 'unreachable', scheduler: 'off' } });
    // No endpoint, port or key in what an anonymous probe sees.
    expect(notReady.text).not.toContain(new URL(proxy.endpoint).port);
    expect(notReady.text).not.toContain(cosmos.key.slice(0, 12));
    const alive = await get('/healthz');
    expect(alive.status).toBe(200);

    proxy.down = false;
    const again = await get('/readyz');
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('ready');
  });

  it('is not ready when the store has no data for the tenant (an empty database)', async () => {
    const empty = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'empty' });
    try {
      expect(await checkStore(empty, PLAYGROUND_TENANT_ID, 2_000)).toBe('not-seeded');
    } finally {
      empty.dispose();
    }
  });
});
