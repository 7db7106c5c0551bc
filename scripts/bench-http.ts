/**
 * Question messages over the real HTTP entry (/api/messages → CloudAdapter → qa → card → reply to a
 * fake connector on loopback), from 16 concurrent senders. Each request's time includes the reply
 * the bot posts before it answers the request. Last line:
 * `bench:http <msgs/s> msg/s p50 <ms> p99 <ms> errors <n>`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/main.ts';
import { readEvalSet } from '../test/qa/evaluate.ts';
import { postActivity, teamsActivity } from '../test/support/activities.ts';
import { startFakeConnector } from '../test/support/fake-connector.ts';

const SENDERS = 16;
const MESSAGES = Number(process.argv[2] ?? 4000);
const WARM_UP = 200;

const dataDir = await mkdtemp(join(tmpdir(), 'samverkan-bench-'));
const connector = await startFakeConnector();
const app = await startApp({ PORT: '0', PLAYGROUND: '0', SCHEDULER: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
try {
  // Each sender is an official who writes in one language, as people do: half Swedish, half English.
  const all = (await readEvalSet()).questions;
  const questionsIn = (language: 'sv' | 'en') => all.filter((q) => q.expect.language === language).map((q) => q.question);
  const byLanguage = { sv: questionsIn('sv'), en: questionsIn('en') };
  let next = 0;
  let errors = 0;
  const latencies: number[] = [];
  const sender = (senderIndex: number, total: number, record: boolean) => async () => {
    for (let i = next++; i < total; i = next++) {
      // Each sender is its own user, as 16 officials asking at once would be.
      const questions = senderIndex % 2 === 0 ? byLanguage.sv : byLanguage.en;
      const activity = teamsActivity(connector.serviceUrl, {
        text: questions[i % questions.length],
        aadObjectId: `bench-user-${senderIndex}`,
        conversation: { id: `a:bench-${senderIndex}`, conversationType: 'personal' },
      });
      const started = performance.now();
      const response = await postActivity(app.url, activity);
      await response.arrayBuffer();
      if (record) latencies.push(performance.now() - started);
      if (response.status >= 300) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, (_, s) => sender(s, WARM_UP, false)()));
  next = 0;
  connector.sends.length = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: SENDERS }, (_, s) => sender(s, MESSAGES, true)()));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0;
  if (connector.sends.length !== MESSAGES) errors += Math.abs(MESSAGES - connector.sends.length);
  console.log(`messages ${MESSAGES}, senders ${SENDERS}, replies received ${connector.sends.length}, ${seconds.toFixed(1)} s`);
  console.log(`bench:http ${(MESSAGES / seconds).toFixed(0)} msg/s p50 ${percentile(50).toFixed(1)} p99 ${percentile(99).toFixed(1)} errors ${errors}`);
} finally {
  await app.stop();
  await connector.stop();
  await rm(dataDir, { recursive: true, force: true });
}
