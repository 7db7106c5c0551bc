/**
 * In-process answer latency at both corpus sizes: first the 200-page synthetic corpus
 * (scripts/bench-corpus.ts; goals index < 10 s, p99 < 20 ms), then the seeds with the evaluation
 * set's questions, indexes built once, a warm-up, then every question many times. The last line is
 * `bench:qa p50 <ms> p99 <ms>` for the seeds; the goal is p99 < 5 ms.
 */
import { loadKnowledgeBaseFromFiles } from '../src/qa/load-knowledge-base.ts';
import { readEvalSet } from '../test/qa/evaluate.ts';
import { benchCorpus } from './bench-corpus.ts';
import { measureAnswers } from './measure-answers.ts';

await benchCorpus();

const set = await readEvalSet();
const loadStarted = performance.now();
const kb = await loadKnowledgeBaseFromFiles();
const loadMs = performance.now() - loadStarted;
const questions = set.questions.map((question) => question.question);
const times = measureAnswers(kb, questions, { rounds: 200, warmUpRounds: 20, now: new Date(set.now) });

console.log(`seeds: questions ${questions.length}, rounds 200, samples ${times.samples}, files loaded in ${loadMs.toFixed(1)} ms, index build ${times.indexMs.toFixed(1)} ms`);
console.log(`max ${times.max.toFixed(3)} ms, mean ${times.mean.toFixed(3)} ms`);
console.log(`bench:qa p50 ${times.p50.toFixed(3)} p99 ${times.p99.toFixed(3)}`);
