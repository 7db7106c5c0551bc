/**
 * Answer latency of one knowledge base, shared by `bench:qa` and `bench:corpus`: times building the
 * answerer's indexes, answers every question once as a warm-up, then `rounds` timed rounds. The
 * answerer keeps no readings or answers of repeated questions here (and the bot's answer cache is
 * not in it), so every timed answer is worked out; only the per-word caches are warm, as in a
 * running bot.
 */
import type { Answer } from '../src/qa/answer.ts';
import { createQuestionAnswerer } from '../src/qa/answer-questions.ts';
import type { KnowledgeBase } from '../src/qa/knowledge-base.ts';

export interface AnswerTimes {
  indexMs: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
  samples: number;
  /** How the first timed round answered, by kind. */
  kinds: Map<string, number>;
}

export function measureAnswers(kb: KnowledgeBase, questions: readonly string[], options: { rounds: number; warmUpRounds?: number; now?: Date }): AnswerTimes {
  const context = options.now ? { now: options.now } : {};
  const indexStarted = performance.now();
  const answerer = createQuestionAnswerer(kb, { rememberReadings: false });
  const indexMs = performance.now() - indexStarted;
  for (let round = 0; round < (options.warmUpRounds ?? 1); round += 1) for (const question of questions) answerer.answer(question, context);
  const samples: number[] = [];
  const kinds = new Map<string, number>();
  for (let round = 0; round < options.rounds; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      const answer: Answer = answerer.answer(question, context);
      samples.push(performance.now() - started);
      if (round === 0) kinds.set(answer.kind, (kinds.get(answer.kind) ?? 0) + 1);
    }
  }
  samples.sort((a, b) => a - b);
  const percentile = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)] ?? 0;
  return { indexMs, p50: percentile(50), p99: percentile(99), max: percentile(100), mean: samples.reduce((a, b) => a + b, 0) / samples.length, samples: samples.length, kinds };
}
