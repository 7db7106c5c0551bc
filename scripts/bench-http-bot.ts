/**
 * One bot for `npm run bench:http`, in a process of its own as it runs when deployed: `echo` (the
 * bare botbuilder baseline) or `project` (Samverkan as `npm start` runs it, on a fresh embedded
 * store). Talks to its parent over IPC: sends `{ url }` once listening; answers `cpu` with this
 * process's CPU time; on `stop` stops the bot, removes its data and exits.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEchoBot } from '../bot/edge/start-echo-bot.ts';
import { startApp } from '../src/main.ts';

const which = process.argv[2];
if (which !== 'echo' && which !== 'project') throw new Error('Usage: bench-http-bot.ts echo|project');
if (!process.send) throw new Error('bench-http-bot.ts runs as a child of scripts/bench-http.ts (it needs an IPC channel).');
const send = process.send.bind(process);

const dataDir = await mkdtemp(join(tmpdir(), 'samverkan-bench-http-'));
const bot = which === 'echo' ? await startEchoBot() : await startApp({ PORT: '0', PLAYGROUND: '0', SCHEDULER: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
send({ url: bot.url });
process.on('message', (message) => {
  if (message === 'cpu') send({ cpu: process.cpuUsage() });
  if (message === 'stop') {
    void bot
      .stop()
      .finally(() => rm(dataDir, { recursive: true, force: true }))
      .finally(() => process.exit(0));
  }
});
