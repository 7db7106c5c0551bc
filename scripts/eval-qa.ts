/**
 * Runs both question-answering evaluations against the shipped knowledge base:
 * - the project's own set (test/qa/eval-set.json), a regression set the rules were tuned on;
 * - the held-out set (test/qa/heldout/questions*.json, three batches), written by readers who never saw the
 *   answerer, split once into dev (tune on it) and test (report it, never read it).
 * Prints the regression score, per-tag scores on dev, with `--failures` the dev failures, with
 * `--test-tags` the per-tag scores on test (numbers only), the tuning sets' score (with `--failures`
 * their failures too), and last the line
 * `qa: dev c/t (p%), test c/t (p%), out-of-scope refused r/n, follow-ups f/m` (the last two on test).
 */
import { createQuestionAnswerer } from '../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../src/qa/load-knowledge-base.ts';
import { categoryOf, describeAnswer, readEvalSet, runEvaluation, summarize, type EvalResult } from '../test/qa/evaluate.ts';
import { TUNING_BATCHES, formatHeldoutLine, readHeldout, runHeldout, scoresByTag, summarizeHeldout, percent, type ItemResult } from '../test/qa/heldout/evaluate-heldout.ts';

const showFailures = process.argv.includes('--failures');
const showTestTags = process.argv.includes('--test-tags');

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

printGroups('project set (regression), per category:', (result) => categoryOf(result.question));
const failures = results.filter((result) => !result.correct);
if (showFailures && failures.length > 0) {
  console.log('project set failures:');
  for (const failure of failures) {
    console.log(`  ${failure.question.id} "${failure.question.question}" expected ${failure.question.expect.kind}, got ${describeAnswer(failure.answer)}`);
  }
}
const summary = summarize(results);
console.log(`project set: ${summary.correct}/${summary.total} (${(summary.accuracy * 100).toFixed(1)}%), out-of-scope refused ${summary.refused}/${summary.outOfScope}`);

const heldout = runHeldout(answerer, await readHeldout());
const dev = heldout.filter((result) => result.split === 'dev');
const test = heldout.filter((result) => result.split === 'test');

function printTags(title: string, group: ItemResult[]): void {
  console.log(title);
  for (const { tag, correct, total } of scoresByTag(group)) console.log(`  ${tag.padEnd(16)} ${String(correct).padStart(3)}/${String(total).padEnd(3)} ${percent(correct, total)}%`);
}

function printFailures(title: string, group: ItemResult[]): void {
  console.log(title);
  for (const result of group.filter((r) => !r.correct)) {
    console.log(`  ${result.item.id} [${result.item.tags.join(',')}]`);
    for (const [index, turn] of result.turns.entries()) {
      const expect = result.item.turns[index]!.expect;
      console.log(`    ${turn.correct ? 'ok ' : 'BAD'} "${turn.text}" → ${turn.answer.kind}: ${turn.shown.replace(/\n/g, ' | ').slice(0, 260)}`);
      if (!turn.correct) console.log(`        expected ${expect.answer ? `an answer${expect.anyOf ? ` with one of ${JSON.stringify(expect.anyOf)}` : ''}${expect.allOf ? ` and all of ${JSON.stringify(expect.allOf)}` : ''}` : 'a refusal'}`);
    }
  }
}

printTags('held-out dev, per tag:', dev);
// Each batch's totals (an item's batch is its id's prefix: h-, a-, b-): a new batch's test score before tuning is the honest figure.
console.log('held-out per batch (dev | test):');
for (const prefix of [...new Set(heldout.map((result) => result.item.id.split('-')[0]))]) {
  const score = (group: ItemResult[]) => {
    const own = group.filter((result) => result.item.id.startsWith(`${prefix}-`));
    return `${own.filter((result) => result.correct).length}/${own.length}`;
  };
  console.log(`  ${prefix}-  ${score(dev)} | ${score(test)}`);
}
if (showTestTags) printTags('held-out test, per tag (numbers only):', test);
if (showFailures) printFailures('held-out dev failures:', dev);
const tuning = runHeldout(answerer, await readHeldout(TUNING_BATCHES));
const tuned = summarizeHeldout(tuning);
if (showFailures) printFailures('tuning set failures:', tuning);
console.log(`tuning sets (tuned on whole): ${tuned.correct}/${tuned.total} (${percent(tuned.correct, tuned.total)}%), out-of-scope refused ${tuned.outOfScopeRefused}/${tuned.outOfScope}, follow-ups ${tuned.followUpsRight}/${tuned.followUps}`);
console.log(formatHeldoutLine(summarizeHeldout(dev), summarizeHeldout(test)));
