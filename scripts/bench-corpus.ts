/**
 * Question answering over a large corpus: the shipped knowledge base plus a synthetic corpus of
 * 200 pages (scripts/synthetic-corpus.ts, ≈ 2,500 characters each). Times building the answerer's
 * indexes, then answers 200 generated questions (a warm-up round, then timed rounds). The last
 * line is `bench:corpus pages 200 index <ms> ms p50 <ms> p99 <ms>`; the goals are index < 10 s,
 * p99 < 20 ms. `bench:qa` runs it too, before its own measurement.
 */
import { loadKnowledgeBaseFromFiles } from '../src/qa/load-knowledge-base.ts';
import { measureAnswers } from './measure-answers.ts';
import { buildSyntheticCorpus } from './synthetic-corpus.ts';

const PAGES = 200;
const ROUNDS = 5;

export async function benchCorpus(): Promise<void> {
  const shipped = await loadKnowledgeBaseFromFiles();
  const corpus = buildSyntheticCorpus({ tenantId: 'local', pages: PAGES });
  const kb = { ...shipped, agreements: [...shipped.agreements, ...corpus.documents] };
  const characters = corpus.documents.flatMap((document) => document.sections).reduce((sum, section) => sum + section.text.length, 0);
  const times = measureAnswers(kb, corpus.questions, { rounds: ROUNDS });
  console.log(`documents ${corpus.documents.length}, sections ${PAGES}, ${characters} characters; questions ${corpus.questions.length} × ${ROUNDS} rounds`);
  console.log(`answers by kind: ${[...times.kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
  console.log(`max ${times.max.toFixed(3)} ms, mean ${times.mean.toFixed(3)} ms`);
  console.log(`bench:corpus pages ${PAGES} index ${times.indexMs.toFixed(0)} ms p50 ${times.p50.toFixed(3)} p99 ${times.p99.toFixed(3)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCorpus();
