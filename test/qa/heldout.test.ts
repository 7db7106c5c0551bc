import { describe, expect, it } from 'vitest';
import { createQuestionAnswerer } from '../../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { formatHeldoutLine, readHeldout, runHeldout, splitOf, summarizeHeldout } from './heldout/evaluate-heldout.ts';

/**
 * The held-out set's test split, never tuned on. The goals are 90 % right, 95 % of
 * out-of-scope refused and 85 % of follow-ups; these floors are what the answerer reaches today
 * minus about 1.5 points (at least one item where a split is small), so a regression fails here.
 * Since session 9 the test split meets all three goals. Batches A and B were added before tuning (then: test 252/331,
 * out-of-scope 77/90, follow-ups 25/38, dev 318/368); after tuning on their dev items (session 4)
 * and with batches C and D added, written after that tuning and never tuned on (neither split):
 * test 382/478 (80 %), out-of-scope 119/130 (92 %), follow-ups 54/77 (70 %), dev 450/481 (94 %);
 * batch C alone 109/140 (78 %), batch D (follow-ups and paraphrases) 83/120 (69 %). Session 5 added
 * batches E, F and G (450 items) before tuning on them: test 546/708 (77 %), dev 612/701 (87 %);
 * after its tuning, with K (untuned 171/200) and Q (written after all of it, untuned 173/200):
 * test 781/911 (86 %), out-of-scope 218/234 (93 %), follow-ups 144/191 (75 %), dev 848/898 (94 %);
 * after tuning set R and Q's dev items: test 787/911, out-of-scope 219/234, follow-ups 146/191,
 * dev 860/898. Session 6 tuned on dev and tuning sets only, then added the sealed batches T, O and
 * L (untuned 529/600): test 1062/1206 (88 %), out-of-scope 300/316 (95 %), follow-ups 199/258
 * (77 %), dev 1137/1203 (95 %); after tuning on their dev items too: test 1070/1206, out-of-scope
 * 301/316, follow-ups 201/258, dev 1149/1203. Session 7 tuned on dev and fresh tuning sets only
 * (before adding anything: test 1101/1206, out-of-scope 305/316, follow-ups 217/258), then added the
 * sealed batches P, PB, PC and PD untuned (712/800): test 1439/1586 (91 %), out-of-scope 385/396
 * (97 %), follow-ups 334/401 (83 %), dev 1558/1623 (96 %). Session 8 tuned on dev and fresh tuning
 * sets only (before adding anything: test 1451/1586, out-of-scope 385/396, follow-ups 340/401), then
 * added the sealed batches PE, PF, PG, PH and PI untuned (899/1000): test 1890/2073 (91 %),
 * out-of-scope 498/515 (97 %), follow-ups 489/579 (84 %), dev 2029/2136 (95 %); after tuning on
 * their dev items too: test 1893/2073, out-of-scope 498/515, follow-ups 492/579, dev 2036/2136.
 * Session 9 tuned on dev and fresh tuning sets only (before adding anything: test 1898/2073,
 * out-of-scope 498/515, follow-ups 494/579), then added the sealed batches PJ, PK, PL, PM and PN
 * untuned (926/1000): test 2346/2557 (92 %), out-of-scope 598/622 (96 %), follow-ups 627/735 (85 %),
 * dev 2526/2652 (95 %).
 */
const FLOORS = { accuracy: 0.905, refused: 0.945, followUps: 0.84, dev: 0.94 } as const;

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
