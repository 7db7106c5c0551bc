import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { postActivity, teamsActivity, PLAYGROUND_TENANT } from '../support/activities.ts';
import { makeTempDir } from '../support/embedded-store.ts';
import { startFakeConnector } from '../support/fake-connector.ts';
import { startTestApp } from '../support/test-app.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';

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

  it('keeps what was written more than about a second before the kill', async () => {
    const dir = await makeTempDir();
    const connector = await startFakeConnector();
    try {
      const bot = await startBotProcess(dir.path);
      children.push(bot.child);
      const activity = teamsActivity(connector.serviceUrl, { text: 'hjälp', aadObjectId: 'durable-user', conversation: { id: 'a:durable', conversationType: 'personal' } });
      expect((await postActivity(bot.url, activity)).status).toBeLessThan(300);
      // The snapshot is written at most a second after a write; wait for it to land, then kill.
      const snapshot = `${dir.path}/cosmos-snapshot.json`;
      const deadline = Date.now() + 5000;
      while (!(await readFile(snapshot, 'utf8').catch(() => '')).includes(personalConversationId('durable-user'))) {
        if (Date.now() > deadline) throw new Error('the write never reached the snapshot');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      bot.child.kill('SIGKILL');
      await new Promise((resolve) => bot.child.once('exit', resolve));

      const restarted = await startTestApp({ DATA_DIR: dir.path });
      const { app } = restarted;
      try {
        const record = await app.repositories.conversations.read(PLAYGROUND_TENANT, personalConversationId('durable-user'));
        expect(record?.doc.reference).toMatchObject({ conversation: { id: 'a:durable' } });
        expect((await app.repositories.focusAreas.list(PLAYGROUND_TENANT)).length).toBe(10);
      } finally {
        await restarted.stop();
      }
    } finally {
      await connector.stop();
      await dir.remove();
    }
  }, 60_000);
});
