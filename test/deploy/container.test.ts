/**
 * SLOW (about a minute; the first run on a machine several more, for the production install):
 * the container image reproduced without Docker (reproduce-image.ts), its CMD started against
 * Cosmos DB by endpoint and key with production dependencies only, and asked over HTTP. The same
 * build then runs with telemetry on, against a local stand-in for Application Insights.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { postActivity, teamsActivity } from '../support/activities.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { execForm } from './dockerfile.ts';
import { startIngestionEndpoint, type Envelope } from './ingestion-endpoint.ts';
import { reproduceImage, type ReproducedImage } from './reproduce-image.ts';

/** Polls `condition` until it holds, or fails after `timeoutMs` with `describe()`. */
async function waitUntil(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await sleep(200);
  }
}

interface Started {
  child: ChildProcess;
  url: string;
  lines: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

describe('the container image, reproduced without Docker (slow)', () => {
  let image: ReproducedImage;
  let cosmos: EmbeddedCosmos;
  let connector: FakeConnector;
  const children: ChildProcess[] = [];
  const startedAt = performance.now();

  beforeAll(async () => {
    [image, cosmos, connector] = await Promise.all([reproduceImage(), startEmbeddedCosmos(), startFakeConnector()]);
    process.stdout.write(`container reproduction ready in ${Math.round((performance.now() - startedAt) / 1000)} s\n`);
  }, 600_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all([image?.remove(), cosmos?.stop(), connector?.stop()]);
  });

  /** Starts the image's CMD (without tini, which is not installed here) with the image's ENV and `overrides`, as `docker run -e` would. */
  async function startCmd(overrides: Record<string, string>): Promise<Started> {
    const cmd = execForm(image.stages.at(-1)!.instructions.findLast((i) => i.keyword === 'CMD')!.args);
    const child = spawn(cmd[0]!, cmd.slice(1), {
      cwd: image.appDir,
      // Only what the image has: its ENV, PATH and HOME; none of this test process's variables.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...image.env, ...overrides },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const lines: Array<Record<string, unknown>> = [];
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          lines.push(parsed);
          if (parsed.msg === 'Samverkan is ready') resolve(String(parsed.url));
        } catch {
          // not a log line
        }
      });
      void exited.then((code) => reject(new Error(`the CMD exited with ${code} before it was ready:\n${stderr}`)));
      setTimeout(() => reject(new Error(`not ready after 45 s:\n${stderr}\n${lines.map((line) => JSON.stringify(line)).join('\n')}`)), 45_000).unref();
    });
    return { child, url, lines, exited };
  }

  const serverEnv = () => ({ HOST: '127.0.0.1', PORT: '0', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key, LOG_LEVEL: 'info' });

  it('has the image settings the issue asks for', () => {
    const [build, runtime] = [image.stages[0]!, image.stages.at(-1)!];
    expect(image.stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of image.stages) expect(stage.image).toMatch(/^node:20\.\d+\.\d+-(bookworm-)?slim(@sha256:[0-9a-f]{64})?$/);
    expect(build.instructions.map((i) => i.args)).toContain('npm run build');
    const runtimeSteps = runtime.instructions;
    expect(runtimeSteps.some((i) => i.keyword === 'RUN' && /npm ci --omit=dev/.test(i.args))).toBe(true);
    expect(runtimeSteps.findLast((i) => i.keyword === 'USER')?.args).toBe('node');
    expect(image.env.NODE_ENV).toBe('production');
    expect(execForm(runtimeSteps.find((i) => i.keyword === 'ENTRYPOINT')!.args)).toEqual(['/usr/bin/tini', '--']);
    expect(runtimeSteps.some((i) => i.keyword === 'RUN' && /apt-get install[^&]*\btini\b/.test(i.args))).toBe(true);
    expect(runtimeSteps.find((i) => i.keyword === 'HEALTHCHECK')?.args).toContain('/healthz');
  });

  it('holds production dependencies only (no tsx, Playground, embedded Cosmos server or test tools)', async () => {
    for (const dev of ['tsx', '@microsoft/m365agentsplayground', '@vercel/cosmosdb-server', 'vitest', 'typescript', 'esbuild', 'vite']) {
      await expect(access(join(image.appDir, 'node_modules', dev)), dev).rejects.toThrow();
    }
    await access(join(image.appDir, 'node_modules', 'botbuilder'));
    expect(image.substituted.join('\n')).not.toContain('--omit=dev');
  });

  it('starts what CMD starts, passes its HEALTHCHECK, answers in Teams and stops on SIGTERM', { timeout: 120_000 }, async () => {
    const app = await startCmd(serverEnv());
    expect(app.lines.some((line) => 'trace_id' in line)).toBe(false); // telemetry off without a connection string
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);

    const healthcheck = image.stages.at(-1)!.instructions.find((i) => i.keyword === 'HEALTHCHECK')!.args.replace(/^.*?CMD\s+/, '');
    const [command, ...args] = execForm(healthcheck);
    const probe = spawn(command!, args, { cwd: image.appDir, env: { PATH: process.env.PATH, PORT: new URL(app.url).port }, stdio: 'ignore' });
    expect(await new Promise((resolve) => probe.once('exit', resolve))).toBe(0);

    const activity = teamsActivity(connector.serviceUrl, { text: 'Vad är samverkansöverenskommelsen?' });
    const response = await postActivity(app.url, activity);
    expect(response.status).toBeLessThan(300);
    const reply = await connector.waitFor((send) => send.conversationId === (activity.conversation as { id: string }).id, 20_000);
    expect(JSON.stringify(reply.activity).length).toBeGreaterThan(100);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });

  it('sends requests, Cosmos DB and connector calls, counters and trace ids to Application Insights when a connection string is set', { timeout: 120_000 }, async () => {
    const ingestion = await startIngestionEndpoint();
    try {
      const app = await startCmd({
        ...serverEnv(),
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=${ingestion.url}`,
        NODE_EXTRA_CA_CERTS: ingestion.caFile,
        APPLICATIONINSIGHTS_LIVE_METRICS: '0',
        OTEL_METRIC_EXPORT_INTERVAL: '1000',
        OTEL_BSP_SCHEDULE_DELAY: '500',
        // Every trace, not the distro's default rate limit (5 traces/s), which the seeding at start exhausts.
        OTEL_TRACES_SAMPLER: 'always_on',
        SCHEDULER: '0',
        APPLICATIONINSIGHTS_STATSBEAT_DISABLED_ALL: 'true',
      });
      const activity = teamsActivity(connector.serviceUrl, { text: 'Vad är samverkansöverenskommelsen?' });
      await postActivity(app.url, activity);
      await connector.waitFor((send) => send.conversationId === (activity.conversation as { id: string }).id, 20_000);
      // A refused tenant is logged inside the request: that log line carries the request's trace id.
      expect((await postActivity(app.url, teamsActivity(connector.serviceUrl, { tenantId: 'not-allowed', text: 'hej' }))).status).toBe(403);

      const byType = (type: string) => ingestion.envelopes.filter((e: Envelope) => e.data?.baseType === type);
      const requests = () => byType('RequestData');
      const dependencies = () => byType('RemoteDependencyData').map((e) => JSON.stringify(e.data?.baseData));
      const refusedLine = () => app.lines.find((line) => line.msg === 'refused a request from a tenant not on the allow-list');
      const metricNames = () => byType('MetricData').flatMap((e) => (e.data?.baseData?.metrics as Array<{ name: string }> | undefined)?.map((m) => m.name) ?? []);
      // Spans are exported in batches every few seconds, metrics every second here: wait for them.
      await waitUntil(
        () =>
          requests().some((e) => String(e.data?.baseData?.name).startsWith('POST')) &&
          dependencies().some((d) => d.includes(new URL(cosmos.endpoint).port)) &&
          dependencies().some((d) => d.includes(new URL(connector.serviceUrl).port)) &&
          metricNames().some((name) => /samverkan\.(answers|refusals)/.test(name)) &&
          requests().some((e) => e.tags?.['ai.operation.id'] === refusedLine()?.trace_id),
        60_000,
        () => `requests: ${requests().length}, dependencies: ${dependencies().length}, metrics: ${[...new Set(metricNames())].join(' ')}`,
      );
      app.child.kill('SIGTERM'); // stops cleanly with telemetry on too (the last flush included)
      expect(await app.exited).toBe(0);

      // The log line written inside the refused request carries that request's operation id.
      expect(refusedLine()?.trace_id).toMatch(/^[0-9a-f]{32}$/);
      expect(requests().map((e) => e.tags?.['ai.operation.id'])).toContain(refusedLine()?.trace_id);
    } finally {
      await ingestion.stop();
    }
  });
});
