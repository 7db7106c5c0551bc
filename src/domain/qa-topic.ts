import { z } from 'zod';

/**
 * What a conversation's last answer was about, so that a follow-up ("och vem ansvarar för det?",
 * "vad sa han?") can be read against it. src/qa produces it with every answer; it is stored per
 * conversation for a short while (`QA_TOPIC_TTL_MS`) and handed back with the next question.
 * Fields may be added; all but `question`, `language`, `kind` and `at` are optional.
 */
export const QaTopicSchema = z.object({
  question: z.string().max(500),
  language: z.enum(['sv', 'en']),
  /** The answer's kind ('passage', 'fact', 'focus-area' …). */
  kind: z.string().min(1).max(64),
  agreementId: z.string().max(64).optional(),
  sectionId: z.string().max(64).optional(),
  /** The position in that section of the sentence the answer quoted. */
  sentence: z.number().int().min(0).max(100_000).optional(),
  /** When the quote ran on past that sentence: the position of the last one shown ("vad mer?" goes on from there). */
  shownThrough: z.number().int().min(0).max(100_000).optional(),
  focusAreaId: z.string().max(64).optional(),
  districtId: z.string().max(64).optional(),
  /** A person or party the answer named ("Anna König Jerlmyr"), for "vad sa hon?". */
  person: z.string().max(200).optional(),
  /** ISO time of the answer. */
  at: z.string().min(1),
});
export type QaTopic = z.infer<typeof QaTopicSchema>;

/** A follow-up older than this is read as a new question. */
export const QA_TOPIC_TTL_MS = 30 * 60_000;

/** Whether a follow-up may still be read against this topic (an unreadable time counts as fresh). */
export function isTopicFresh(topic: QaTopic, now: Date): boolean {
  const at = Date.parse(topic.at);
  return Number.isNaN(at) || now.getTime() - at <= QA_TOPIC_TTL_MS;
}
