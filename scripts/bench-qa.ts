/**
 * In-process answer latency over the evaluation set: indexes built once, a warm-up, then every
 * question many times. The last line is `bench:qa p50 <ms> p99 <ms>`; the goal is p99 < 5 ms.
 */
import { createQuestionAnswerer } from '../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../src/qa/load-knowledge-base.ts';
import { readEvalSet } from '../test/qa/evaluate.ts';

const WARM_UP_ROUNDS = 20;
const ROUNDS = 200;

const set = await readEvalSet();
const now = new Date(set.now);
const buildStarted = performance.now();
const answerer = createQuestionAnswerer(await loadKnowledgeBaseFromFiles());
const buildMs = performance.now() - buildStarted;
const questions = set.questions.map((question) => question.question);

for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const question of questions) answerer.answer(question, { now });

const samples: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const question of questions) {
    const started = performance.now();
    answerer.answer(question, { now });
    samples.push(performance.now() - started);
  }
}
samples.sort((a, b) => a - b);
const percentile = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)] ?? 0;

console.log(`questions ${questions.length}, rounds ${ROUNDS}, samples ${samples.length}, index build ${buildMs.toFixed(1)} ms (incl. loading files)`);
console.log(`max ${percentile(100).toFixed(3)} ms, mean ${(samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(3)} ms`);
console.log(`bench:qa p50 ${percentile(50).toFixed(3)} p99 ${percentile(99).toFixed(3)}`);
