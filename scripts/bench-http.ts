/**
 * Message throughput of Samverkan beside a bare botbuilder echo bot (CloudAdapter + express, same
 * connector, same load), measured side by side in one run. Each bot runs in a process of its own,
 * as deployed (scripts/bench-http-bot.ts; Samverkan with its embedded store, as `npm start`); this
 * process plays Teams: 16 concurrent senders post question messages to /api/messages and a fake
 * connector on loopback takes the replies. A request's time includes the reply the bot posts before
 * it answers the request.
 *
 * Throughput is a bot process's capacity: messages per second of its own CPU time, which is what
 * one Node process sustains when saturated. The rate this process achieves is printed too, but on
 * a machine with two cores the load generator and fake connector cost about as much as a bot, so
 * that rate says more about the load generator than about the bot. The bots are measured in
 * alternating rounds and each side's least CPU per message counts (other load on the machine hits
 * both alike). Last line: `bench:http ratio <r>, project <n> msg/s, echo <m> msg/s, p99 <ms> ms`
 * (r = project ÷ echo capacity; n, m the capacities; p99 the project's request time).
 * Arguments: [messages per round] [rounds]; BENCH_BOT_NODE_OPTIONS adds Node flags to both bots.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readEvalSet } from '../test/qa/evaluate.ts';
import { postActivity, teamsActivity } from '../test/support/activities.ts';
import { startFakeConnector, type FakeConnector } from '../test/support/fake-connector.ts';

const SENDERS = 16;
const MESSAGES = Number(process.argv[2] ?? 6000);
const WARM_UP = 3000;
const ROUNDS = Number(process.argv[3] ?? 3);

interface Bot {
  name: 'echo' | 'project';
  url: string;
  child: ChildProcess;
}

interface Measured {
  /** Messages per second this process achieved. */
  offered: number;
  /** The bot process's CPU time per message. */
  cpuMsPerMessage: number;
  p99: number;
  errors: number;
}

async function startBot(name: Bot['name']): Promise<Bot> {
  // BENCH_BOT_NODE_OPTIONS passes flags to both bots, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them.
  const extra = process.env.BENCH_BOT_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
  const child = fork(new URL('./bench-http-bot.ts', import.meta.url), [name], { execArgv: ['--import', 'tsx', ...extra], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the ${name} bot exited (${code}) before it listened`)));
  });
  return { name, url, child };
}

function cpuOf(bot: Bot): Promise<number> {
  return new Promise((resolve) => {
    bot.child.once('message', (message) => {
      const { cpu } = message as { cpu: NodeJS.CpuUsage };
      resolve((cpu.user + cpu.system) / 1000);
    });
    bot.child.send('cpu');
  });
}

async function stopBot(bot: Bot): Promise<void> {
  if (bot.child.exitCode !== null) return;
  const exited = new Promise((resolve) => bot.child.once('exit', resolve));
  bot.child.send('stop');
  const timer = setTimeout(() => bot.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Sends the questions from SENDERS users (half Swedish, half English) after a warm-up. */
async function measure(bot: Bot, connector: FakeConnector, byLanguage: { sv: string[]; en: string[] }): Promise<Measured> {
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
      const response = await postActivity(bot.url, activity);
      await response.arrayBuffer();
      if (record) latencies.push(performance.now() - started);
      if (response.status >= 300) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, (_, s) => sender(s, WARM_UP, false)()));
  next = 0;
  connector.sends.length = 0;
  const cpuBefore = await cpuOf(bot);
  const started = performance.now();
  await Promise.all(Array.from({ length: SENDERS }, (_, s) => sender(s, MESSAGES, true)()));
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = (await cpuOf(bot)) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.ceil(0.99 * latencies.length) - 1)] ?? 0;
  if (connector.sends.length !== MESSAGES) errors += Math.abs(MESSAGES - connector.sends.length);
  return { offered: MESSAGES / seconds, cpuMsPerMessage: cpuMs / MESSAGES, p99, errors };
}

const all = (await readEvalSet()).questions;
const questionsIn = (language: 'sv' | 'en') => all.filter((q) => q.expect.language === language).map((q) => q.question);
const byLanguage = { sv: questionsIn('sv'), en: questionsIn('en') };
const connector = await startFakeConnector();
const bots: Bot[] = [];
try {
  bots.push(await startBot('echo'), await startBot('project'));
  const [echo, project] = bots as [Bot, Bot];
  const rounds: Record<Bot['name'], Measured[]> = { echo: [], project: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.echo.push(await measure(echo, connector, byLanguage));
    rounds.project.push(await measure(project, connector, byLanguage));
  }
  const least = (results: Measured[]) => results.reduce((a, b) => (b.cpuMsPerMessage < a.cpuMsPerMessage ? b : a));
  const [echoBest, projectBest] = [least(rounds.echo), least(rounds.project)];
  const capacity = (result: Measured) => 1000 / result.cpuMsPerMessage;
  for (const name of ['echo', 'project'] as const) {
    const results = rounds[name];
    console.log(`${name}: bot CPU per message ${results.map((r) => r.cpuMsPerMessage.toFixed(3)).join(', ')} ms; achieved ${results.map((r) => r.offered.toFixed(0)).join(', ')} msg/s; errors ${results.reduce((sum, r) => sum + r.errors, 0)}`);
  }
  console.log(`capacity (messages per CPU-second of the bot process, least CPU of the rounds): echo ${capacity(echoBest).toFixed(0)}, project ${capacity(projectBest).toFixed(0)}`);
  console.log(
    `bench:http ratio ${(capacity(projectBest) / capacity(echoBest)).toFixed(2)}, project ${capacity(projectBest).toFixed(0)} msg/s, echo ${capacity(echoBest).toFixed(0)} msg/s, p99 ${projectBest.p99.toFixed(1)} ms`,
  );
} finally {
  await Promise.all(bots.map(stopBot));
  await connector.stop();
}
