import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { postActivity, teamsActivity } from '../support/activities.ts';
import { makeTempDir } from '../support/embedded-store.ts';
import { startFakeConnector } from '../support/fake-connector.ts';

describe('SIGTERM while a reply is being retried against a connector that answers 503', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('exits with code 0 within 10 s', async () => {
    const dir = await makeTempDir();
    cleanups.push(() => dir.remove());
    // The turn's own answer ("körs nu") goes through; everything after it is refused.
    let calls = 0;
    const connector = await startFakeConnector({ statusFor: () => (++calls === 1 ? undefined : 503) });
    cleanups.push(() => connector.stop());
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', PLAYGROUND: '0', SCHEDULER: '0', DATA_DIR: dir.path, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => void child.kill('SIGKILL'));
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /"url":"(http:\/\/[^"]+)".*"msg":"Samverkan is ready"/.exec(output);
        if (ready) resolve(ready[1]!);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => reject(new Error(`exited (${code}) before it was ready:\n${output}`)));
    });
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: performance.now() })));
    // An admin's job run: the status card to the admin (also a contact) and then the job's report,
    // both sent after the turn, are refused by the connector and retried meanwhile.
    const turn = postActivity(url, teamsActivity(connector.serviceUrl, { text: 'kör statusförfrågan nu' }), { connection: 'keep-alive' }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // the first 503s are answered and their retries wait
    const signalled = performance.now();
    child.kill('SIGTERM');
    const { code, at } = await exited;
    await turn;
    console.log(`connector calls ${calls}; exited ${code} ${((at - signalled) / 1000).toFixed(1)} s after SIGTERM`);
    expect(code, output).toBe(0);
    expect(at - signalled).toBeLessThan(10_000);
  }, 60_000);
});
