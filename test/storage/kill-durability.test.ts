import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { postActivity, teamsActivity, PLAYGROUND_TENANT } from '../support/activities.ts';
import { makeTempDir } from '../support/embedded-store.ts';
import { startFakeConnector } from '../support/fake-connector.ts';
import { startTestApp } from '../support/test-app.ts';
import type { WeekKey } from '../../src/domain/iso-week.ts';
import { statusReportId } from '../../src/domain/status-report.ts';
import { executeInvoke } from '../support/card-helpers.ts';
import { createRepositories } from '../../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';

/** Starts `npm start`'s entry point in a child process and resolves with its URL once it is ready. */
function startBotProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    // Only what the bot needs: a developer's own COSMOS_ENDPOINT or app id must not leak in.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', PLAYGROUND: '0', SCHEDULER: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /"url":"(http:\/\/[^"]+)".*"msg":"Samverkan is ready"/.exec(output);
      if (ready) resolve({ child, url: ready[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the bot exited (${code}) before it was ready:\n${output}`)));
  });
}

describe('the embedded store after kill -9', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
  });

  it('keeps every write the store acknowledged, killed with SIGKILL mid-stream, 10 times', async () => {
    const dir = await makeTempDir();
    const acknowledged: string[] = [];
    try {
      for (let cycle = 0; cycle < 10; cycle += 1) {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/store-writer-child.ts'], {
          env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dir.path, PREFIX: `cycle${cycle}` },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.push(child);
        // Killed at a different moment each time: after 5, 10, … acknowledged writes.
        const killAfter = 5 * (cycle + 1);
        await new Promise<void>((resolve, reject) => {
          let buffered = '';
          let seen = 0;
          child.stdout!.on('data', (chunk: Buffer) => {
            buffered += chunk.toString();
            const lines = buffered.split('\n');
            buffered = lines.pop() ?? '';
            for (const line of lines) {
              if (!line.startsWith('ack ')) continue;
              acknowledged.push(line.slice(4));
              seen += 1;
              if (seen === killAfter) child.kill('SIGKILL');
            }
          });
          child.once('exit', () => resolve());
          child.once('error', reject);
        });
      }
      const cosmos = await startEmbeddedCosmos({ dataDir: dir.path });
      const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'kill-test' });
      try {
        const stored = new Set((await createRepositories(connection).conversations.list('kill-test')).map((record) => record.id));
        expect(acknowledged.length).toBeGreaterThanOrEqual(275);
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        connection.dispose();
        await cosmos.stop();
      }
      // The files are the user's alone.
      expect((await stat(dir.path)).mode & 0o777).toBe(0o700);
      for (const name of await readdir(dir.path)) expect((await stat(`${dir.path}/${name}`)).mode & 0o777, name).toBe(0o600);
    } finally {
      await dir.remove();
    }
  }, 180_000);

  it('keeps a status report whose confirmation arrived, the bot killed with SIGKILL at that moment', async () => {
    const dir = await makeTempDir();
    const connector = await startFakeConnector();
    const focusAreaIds = (JSON.parse(await readFile('data/focus-areas.json', 'utf8')) as Array<{ id: string }>).map((area) => area.id);
    const weeks = ['2026-W30', '2026-W31'];
    try {
      for (const week of weeks) {
        const bot = await startBotProcess(dir.path);
        children.push(bot.child);
        const data = { districtId: 'rinkeby-kista', week, basedOn: 0, lang: 'sv', ...Object.fromEntries(focusAreaIds.map((id) => [`level.${id}`, 'green'])) };
        const response = await postActivity(bot.url, executeInvoke(teamsActivity(connector.serviceUrl), 'status.submit', data));
        const confirmation = JSON.stringify(await response.json());
        bot.child.kill('SIGKILL');
        expect(confirmation, week).toMatch(/Inskickad av/);
        await new Promise((resolve) => bot.child.once('exit', resolve));
      }
      const restarted = await startTestApp({ DATA_DIR: dir.path });
      try {
        const stored = await Promise.all(weeks.map((week) => restarted.app.repositories.reports.read(PLAYGROUND_TENANT, statusReportId('rinkeby-kista', week as WeekKey))));
        expect(stored.map((report) => report?.doc.current ?? 0)).toEqual([1, 1]);
        expect((await restarted.app.repositories.focusAreas.list(PLAYGROUND_TENANT)).length).toBe(10);
      } finally {
        await restarted.stop();
      }
    } finally {
      await connector.stop();
      await dir.remove();
    }
  }, 120_000);
});
