/**
 * Question answering over a large corpus: the shipped knowledge base plus a synthetic corpus of
 * 200 pages (scripts/synthetic-corpus.ts, ≈ 2,500 characters each). Times building the answerer's
 * indexes, then answers 200 generated questions (a warm-up round, then timed rounds). Depends only
 * on `createQuestionAnswerer(kb).answer(text, {})`. The last line is
 * `bench:corpus pages 200 index <ms> ms p50 <ms> p99 <ms>`; the goals are index < 10 s, p99 < 20 ms.
 */
import { createQuestionAnswerer } from '../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../src/qa/load-knowledge-base.ts';
import { buildSyntheticCorpus } from './synthetic-corpus.ts';

const PAGES = 200;
const ROUNDS = 5;

const shipped = await loadKnowledgeBaseFromFiles();
const corpus = buildSyntheticCorpus({ tenantId: 'local', pages: PAGES });
const kb = { ...shipped, agreements: [...shipped.agreements, ...corpus.documents] };
const characters = corpus.documents.flatMap((document) => document.sections).reduce((sum, section) => sum + section.text.length, 0);

const indexStarted = performance.now();
const answerer = createQuestionAnswerer(kb);
const indexMs = performance.now() - indexStarted;

for (const question of corpus.questions) answerer.answer(question, {});
const samples: number[] = [];
const kinds = new Map<string, number>();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const question of corpus.questions) {
    const started = performance.now();
    const answer = answerer.answer(question, {});
    samples.push(performance.now() - started);
    if (round === 0) kinds.set(answer.kind, (kinds.get(answer.kind) ?? 0) + 1);
  }
}
samples.sort((a, b) => a - b);
const percentile = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)] ?? 0;

console.log(`documents ${corpus.documents.length}, sections ${PAGES}, ${characters} characters; questions ${corpus.questions.length} × ${ROUNDS} rounds`);
console.log(`answers by kind: ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
console.log(`max ${percentile(100).toFixed(3)} ms, mean ${(samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(3)} ms`);
console.log(`bench:corpus pages ${PAGES} index ${indexMs.toFixed(0)} ms p50 ${percentile(50).toFixed(3)} p99 ${percentile(99).toFixed(3)}`);
