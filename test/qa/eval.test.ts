import { describe, expect, it } from 'vitest';
import { createQuestionAnswerer } from '../../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { describeAnswer, readEvalSet, runEvaluation, summarize } from './evaluate.ts';

describe('question-answering evaluation set', () => {
  it('has the questions the issue asks for', async () => {
    const set = await readEvalSet();
    const inScope = set.questions.filter((q) => !q.outOfScope);
    expect(set.questions.length).toBeGreaterThanOrEqual(110);
    expect(inScope.filter((q) => q.expect.language === 'sv').length).toBeGreaterThanOrEqual(75);
    expect(inScope.filter((q) => q.expect.language === 'en').length).toBeGreaterThanOrEqual(25);
    expect(set.questions.filter((q) => q.outOfScope).length).toBeGreaterThanOrEqual(12);
    expect(new Set(set.questions.map((q) => q.id)).size).toBe(set.questions.length);
  });

  it('answers at least 90 % right and refuses at least 90 % of the out-of-scope questions', async () => {
    const set = await readEvalSet();
    const results = runEvaluation(createQuestionAnswerer(await loadKnowledgeBaseFromFiles()), set);
    const summary = summarize(results);
    const failures = results.filter((r) => !r.correct).map((r) => `${r.question.id} "${r.question.question}" → ${describeAnswer(r.answer)}`);
    expect(summary.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(summary.refusalRate, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
