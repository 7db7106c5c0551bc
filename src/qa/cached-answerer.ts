import { isTopicFresh, type QaTopic } from '../domain/qa-topic.ts';
import type { Language } from '../domain/model.ts';
import type { Answer } from './answer.ts';
import type { AnswerContext, QuestionAnswerer } from './answer-questions.ts';
import { RecentlyUsed } from './recently-used.ts';

/** Enough for every distinct question a busy week brings; an entry is a few kilobytes. */
const DEFAULT_MAX_ENTRIES = 2_000;

/**
 * Officials ask the same questions again and again ("vilka fokusområden finns?", "hjälp"), and an
 * answer depends only on the question, the turn's language, the conversation's live topic and the
 * time (relative weeks such as "förra veckan"). So the answers of one knowledge base are kept in a
 * bounded least-recently-used map keyed by exactly those, the time taken to the minute (a week
 * always starts on a whole minute). A new knowledge base gets a new answerer and so an empty cache.
 * The very same answer is handed out again, so that callers may keep what they derive from it (the
 * card): they must treat it as read-only, and its topic's `at` is the first asking's time (a caller
 * that keeps the topic stamps its own).
 */
export function withAnswerCache(answerer: QuestionAnswerer, maxEntries = DEFAULT_MAX_ENTRIES): QuestionAnswerer {
  const answers = new RecentlyUsed<Answer>(maxEntries);
  // Every turn asks the language of its text first (the same words, the same language).
  const languages = new RecentlyUsed<{ language: Language | undefined }>(maxEntries);
  return {
    languageOf: (text) => languages.getOrCompute(text, () => ({ language: answerer.languageOf(text) })).language,
    answer(text: string, context: AnswerContext): Answer {
      const now = context.now ?? new Date();
      return answers.getOrCompute(cacheKey(text, context, now), () => answerer.answer(text, { ...context, now }));
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
