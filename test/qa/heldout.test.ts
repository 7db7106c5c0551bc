import { describe, expect, it } from 'vitest';
import { createQuestionAnswerer } from '../../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { formatHeldoutLine, readHeldout, runHeldout, splitOf, summarizeHeldout } from './heldout/evaluate-heldout.ts';

/**
 * The held-out set's test split, never tuned on. The goals are 90 % right, 95 % of
 * out-of-scope refused and 85 % of follow-ups; these floors are what the answerer reaches today
 * minus a small margin (it does not reach the goals yet), so a regression fails here. With batches
 * A, B and C added, before tuning on A and B (C is never tuned on): test 305/413, out-of-scope
 * 98/114, follow-ups 30/47, dev 356/426.
 */
const FLOORS = { accuracy: 0.72, refused: 0.83, followUps: 0.6, dev: 0.82 } as const;

describe('held-out evaluation (test split)', () => {
  it('splits by a fixed rule on the id', () => {
    expect(splitOf('h-001')).toBe(splitOf('h-001'));
    expect(['dev', 'test']).toContain(splitOf('h-002'));
  });

  it('stays above the measured floors on the test split', async () => {
    const answerer = createQuestionAnswerer(await loadKnowledgeBaseFromFiles());
    const results = runHeldout(answerer, await readHeldout());
    const dev = summarizeHeldout(results.filter((result) => result.split === 'dev'));
    const test = summarizeHeldout(results.filter((result) => result.split === 'test'));
    const line = formatHeldoutLine(dev, test);
    expect(dev.correct / dev.total, line).toBeGreaterThanOrEqual(FLOORS.dev);
    expect(test.correct / test.total, line).toBeGreaterThanOrEqual(FLOORS.accuracy);
    expect(test.outOfScopeRefused / test.outOfScope, line).toBeGreaterThanOrEqual(FLOORS.refused);
    expect(test.followUpsRight / test.followUps, line).toBeGreaterThanOrEqual(FLOORS.followUps);
  }, 60_000);
});
