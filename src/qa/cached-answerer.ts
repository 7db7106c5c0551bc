import { isTopicFresh, type QaTopic } from '../domain/qa-topic.ts';
import type { Answer } from './answer.ts';
import type { AnswerContext, QuestionAnswerer } from './answer-questions.ts';

/** Enough for every distinct question a busy week brings; an entry is a few kilobytes. */
const DEFAULT_MAX_ENTRIES = 2_000;

/**
 * Officials ask the same questions again and again ("vilka fokusområden finns?", "hjälp"), and an
 * answer depends only on the question, the turn's language, the conversation's live topic and the
 * time (relative weeks such as "förra veckan"). So the answers of one knowledge base are kept in a
 * bounded least-recently-used map keyed by exactly those, the time taken to the minute (a week
 * always starts on a whole minute). A new knowledge base gets a new answerer and so an empty cache.
 * Answers are shared between turns: callers must treat them as read-only.
 */
export function withAnswerCache(answerer: QuestionAnswerer, maxEntries = DEFAULT_MAX_ENTRIES): QuestionAnswerer {
  const answers = new Map<string, Answer>();
  return {
    languageOf: (text) => answerer.languageOf(text),
    answer(text: string, context: AnswerContext): Answer {
      const now = context.now ?? new Date();
      const key = cacheKey(text, context, now);
      const cached = answers.get(key);
      if (cached) {
        answers.delete(key); // re-inserted below: a Map iterates in insertion order, so the oldest is first
        answers.set(key, cached);
        return cached.topic ? { ...cached, topic: { ...cached.topic, at: now.toISOString() } } : cached;
      }
      const answer = answerer.answer(text, { ...context, now });
      answers.set(key, answer);
      if (answers.size > maxEntries) answers.delete(answers.keys().next().value!);
      return answer;
    },
  };
}

function cacheKey(text: string, context: AnswerContext, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const previous = context.previous && isTopicFresh(context.previous, now) ? topicWithoutTime(context.previous) : '';
  return JSON.stringify([context.language ?? '', context.locale ?? '', minute, previous, text]);
}

/** The topic as it steers an answer: its time only decides whether it is still fresh. */
function topicWithoutTime({ at: _at, ...rest }: QaTopic): string {
  return JSON.stringify(rest);
}
