import { describe, expect, it } from 'vitest';
import type { QaTopic } from '../../src/domain/qa-topic.ts';
import type { Answer } from '../../src/qa/answer.ts';
import type { AnswerContext, QuestionAnswerer } from '../../src/qa/answer-questions.ts';
import { withAnswerCache } from '../../src/qa/cached-answerer.ts';

/** An answerer that counts its calls and answers with a topic stamped at the time it was given. */
function countingAnswerer(): QuestionAnswerer & { calls: Array<{ text: string; context: AnswerContext }> } {
  const calls: Array<{ text: string; context: AnswerContext }> = [];
  return {
    calls,
    languageOf: () => 'sv',
    answer(text, context) {
      calls.push({ text, context });
      const at = (context.now ?? new Date()).toISOString();
      return { kind: 'help', language: context.language ?? 'sv', topic: { question: text, language: 'sv', kind: 'help', at } } as Answer;
    },
  };
}

const at = (iso: string) => new Date(iso);

describe('withAnswerCache', () => {
  it('answers a repeated question from the cache with the very same answer', () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner);
    const first = cached.answer('vilka fokusområden finns?', { language: 'sv', now: at('2026-11-25T10:00:05Z') });
    const again = cached.answer('vilka fokusområden finns?', { language: 'sv', now: at('2026-11-25T10:00:40Z') });
    expect(inner.calls).toHaveLength(1);
    expect(again).toBe(first);
  });

  it('asks again for another language, another minute or another live topic', () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner);
    const now = at('2026-11-25T10:00:00Z');
    const previous: QaTopic = { question: 'vem sa det?', language: 'sv', kind: 'passage', person: 'Ulf Johansson', at: '2026-11-25T09:59:00Z' };
    cached.answer('och när?', { language: 'sv', now });
    cached.answer('och när?', { language: 'en', now });
    cached.answer('och när?', { language: 'sv', now: at('2026-11-25T10:01:00Z') });
    cached.answer('och när?', { language: 'sv', now, previous });
    cached.answer('och när?', { language: 'sv', now, previous: { ...previous, person: 'Anna König Jerlmyr' } });
    expect(inner.calls).toHaveLength(5);
    // The same topic at another time of asking steers the answer alike.
    cached.answer('och när?', { language: 'sv', now, previous: { ...previous, at: '2026-11-25T09:58:00Z' } });
    expect(inner.calls).toHaveLength(5);
  });

  it('treats a topic older than the follow-up window as no topic', () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner);
    const now = at('2026-11-25T10:00:00Z');
    cached.answer('och när?', { language: 'sv', now });
    cached.answer('och när?', { language: 'sv', now, previous: { question: 'vem?', language: 'sv', kind: 'fact', at: '2026-11-25T08:00:00Z' } });
    expect(inner.calls).toHaveLength(1);
  });

  it('forgets the least recently used question beyond its size', () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner, 2);
    const now = at('2026-11-25T10:00:00Z');
    cached.answer('a', { now });
    cached.answer('b', { now });
    cached.answer('a', { now }); // a is now the most recent
    cached.answer('c', { now }); // evicts b
    expect(inner.calls.map((call) => call.text)).toEqual(['a', 'b', 'c']);
    cached.answer('a', { now });
    cached.answer('b', { now });
    expect(inner.calls.map((call) => call.text)).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('withAnswerCache, languages', () => {
  it('decides the language of a text once, including "cannot tell"', () => {
    const seen: string[] = [];
    const cached = withAnswerCache({ answer: () => ({ kind: 'help', language: 'sv' }) as Answer, languageOf: (text) => (seen.push(text), text.startsWith('what') ? 'en' : undefined) });
    expect([cached.languageOf('what is it?'), cached.languageOf('ok'), cached.languageOf('what is it?'), cached.languageOf('ok')]).toEqual(['en', undefined, 'en', undefined]);
    expect(seen).toEqual(['what is it?', 'ok']);
  });
});
