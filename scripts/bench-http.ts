/**
 * Question messages over the real HTTP entry (/api/messages → CloudAdapter → qa → card → reply to a
 * fake connector on loopback), from 16 concurrent senders, measured beside a bare Bot Framework echo
 * bot (CloudAdapter + express, same connector, same load) in the same run. Each request's time
 * includes the reply the bot posts before it answers the request. Last line:
 * `bench:http ratio <r>, project <n> msg/s, echo <m> msg/s, p99 <ms> ms` (p99: the project's).
 * Before it, the CPU time per message of each (its ratio is what the throughput ratio would be on
 * a machine with nothing else running). Arguments: [messages per round] [rounds].
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEchoBot } from '../bot/edge/start-echo-bot.ts';
import { startApp } from '../src/main.ts';
import { readEvalSet } from '../test/qa/evaluate.ts';
import { postActivity, teamsActivity } from '../test/support/activities.ts';
import { startFakeConnector, type FakeConnector } from '../test/support/fake-connector.ts';

const SENDERS = 16;
const MESSAGES = Number(process.argv[2] ?? 4000);
const WARM_UP = 200;
/** The two are measured in alternating rounds and each side's best round counts: the machine's noise hits both alike. */
const ROUNDS = Number(process.argv[3] ?? 3);

interface Measured {
  perSecond: number;
  /** This process's CPU time per message (both sides of every request run here): far less disturbed by other load on the machine than msg/s. */
  cpuMsPerMessage: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Sends MESSAGES questions from SENDERS users (half Swedish, half English) after a warm-up. */
async function measure(url: string, connector: FakeConnector, byLanguage: { sv: string[]; en: string[] }): Promise<Measured> {
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
      const response = await postActivity(url, activity);
      await response.arrayBuffer();
      if (record) latencies.push(performance.now() - started);
      if (response.status >= 300) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, (_, s) => sender(s, WARM_UP, false)()));
  next = 0;
  connector.sends.length = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(Array.from({ length: SENDERS }, (_, s) => sender(s, MESSAGES, true)()));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0;
  if (connector.sends.length !== MESSAGES) errors += Math.abs(MESSAGES - connector.sends.length);
  return { perSecond: MESSAGES / seconds, cpuMsPerMessage: (cpu.user + cpu.system) / 1000 / MESSAGES, p50: percentile(50), p99: percentile(99), errors };
}

const all = (await readEvalSet()).questions;
const questionsIn = (language: 'sv' | 'en') => all.filter((q) => q.expect.language === language).map((q) => q.question);
const byLanguage = { sv: questionsIn('sv'), en: questionsIn('en') };
const connector = await startFakeConnector();
const dataDir = await mkdtemp(join(tmpdir(), 'samverkan-bench-'));
try {
  const echo = await startEchoBot();
  const app = await startApp({ PORT: '0', PLAYGROUND: '0', SCHEDULER: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const rounds: { echo: Measured[]; project: Measured[] } = { echo: [], project: [] };
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      rounds.echo.push(await measure(echo.url, connector, byLanguage));
      rounds.project.push(await measure(app.url, connector, byLanguage));
    }
  } finally {
    await echo.stop();
    await app.stop();
  }
  const best = (results: Measured[]) => results.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
  const [echoResult, project] = [best(rounds.echo), best(rounds.project)];
  console.log(`rounds (msg/s): echo ${rounds.echo.map((r) => r.perSecond.toFixed(0)).join(', ')}; project ${rounds.project.map((r) => r.perSecond.toFixed(0)).join(', ')}`);
  const leastCpu = (results: Measured[]) => Math.min(...results.map((r) => r.cpuMsPerMessage));
  const [echoCpu, projectCpu] = [leastCpu(rounds.echo), leastCpu(rounds.project)];
  console.log(`cpu per message (least of the rounds): echo ${echoCpu.toFixed(3)} ms, project ${projectCpu.toFixed(3)} ms, cpu ratio ${(echoCpu / projectCpu).toFixed(2)}`);
  for (const [name, r] of [['echo', echoResult], ['project', project]] as const) {
    console.log(`${name}: ${r.perSecond.toFixed(0)} msg/s p50 ${r.p50.toFixed(1)} ms p99 ${r.p99.toFixed(1)} ms errors ${r.errors}`);
  }
  console.log(
    `bench:http ratio ${(project.perSecond / echoResult.perSecond).toFixed(2)}, project ${project.perSecond.toFixed(0)} msg/s, echo ${echoResult.perSecond.toFixed(0)} msg/s, p99 ${project.p99.toFixed(1)} ms`,
  );
} finally {
  await connector.stop();
  await rm(dataDir, { recursive: true, force: true });
}
