/**
 * Runs the question-answering evaluation set against the shipped knowledge base and prints the
 * accuracy per category and language, the failures, and as the last line the overall result.
 */
import { createQuestionAnswerer } from '../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../src/qa/load-knowledge-base.ts';
import { categoryOf, describeAnswer, readEvalSet, runEvaluation, summarize, type EvalResult } from '../test/qa/evaluate.ts';

const set = await readEvalSet();
const answerer = createQuestionAnswerer(await loadKnowledgeBaseFromFiles());
const results = runEvaluation(answerer, set);

function printGroups(title: string, keyOf: (result: EvalResult) => string): void {
  const groups = new Map<string, EvalResult[]>();
  for (const result of results) groups.set(keyOf(result), [...(groups.get(keyOf(result)) ?? []), result]);
  console.log(title);
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const correct = group.filter((result) => result.correct).length;
    console.log(`  ${key.padEnd(22)} ${String(correct).padStart(3)}/${String(group.length).padEnd(3)} ${((100 * correct) / group.length).toFixed(1)}%`);
  }
}

printGroups('per category:', (result) => categoryOf(result.question));
printGroups('per language:', (result) => result.question.expect.language);
printGroups('held out (written after tuning, not tuned on):', (result) => (result.heldOut ? 'held out' : 'tuning set'));

const failures = results.filter((result) => !result.correct);
if (failures.length > 0) {
  console.log('failures:');
  for (const failure of failures) {
    console.log(`  ${failure.question.id} "${failure.question.question}" expected ${failure.question.expect.kind}, got ${describeAnswer(failure.answer)}`);
  }
}

const summary = summarize(results);
console.log(
  `qa: ${summary.correct}/${summary.total} (${(summary.accuracy * 100).toFixed(1)}%), out-of-scope refused ${summary.refused}/${summary.outOfScope}`,
);
