import { z } from 'zod';
import { normalizeQuestionText } from './unanswered-questions.ts';

/**
 * A 👍 or 👎 on an answer. One document per person and question (by its normalised text), so a
 * second vote replaces the first.
 */
export const QuestionFeedbackSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().regex(/^feedback:/),
  type: z.literal('question-feedback'),
  question: z.string().min(1).max(500),
  /** The kind of answer voted on ('passage', 'no-answer' …). */
  kind: z.string().min(1).max(64),
  vote: z.enum(['up', 'down']),
  language: z.enum(['sv', 'en']),
  /** Who voted (their aadObjectId): only to replace their earlier vote. */
  by: z.string().min(1),
  at: z.iso.datetime(),
});
export type QuestionFeedback = z.infer<typeof QuestionFeedbackSchema>;
export type Vote = QuestionFeedback['vote'];

export const feedbackId = (aadObjectId: string, question: string) => `feedback:${aadObjectId}:${hashText(normalizeQuestionText(question))}`;

/** A question the bot had no answer to ("Jag hittade inget svar"), kept for the admins' list. */
export const RefusedQuestionSchema = z.object({
  question: z.string().min(1).max(500),
  language: z.enum(['sv', 'en']),
  at: z.iso.datetime(),
});
export type RefusedQuestion = z.infer<typeof RefusedQuestionSchema>;

/** The most refusals one document holds; a busier second is written as several documents. */
export const MAX_REFUSALS_PER_DOCUMENT = 500;

/**
 * Refusals are written in batches, one document per tenant and moment (see src/app/question-log.ts);
 * a document of one refusal, as the first version wrote them, is still read.
 */
export const QuestionRefusalSchema = z.union([
  z.object({
    tenantId: z.string().min(1),
    id: z.string().regex(/^refusal:/),
    type: z.literal('question-refusal'),
    refusals: z.array(RefusedQuestionSchema).min(1).max(MAX_REFUSALS_PER_DOCUMENT),
    at: z.iso.datetime(),
  }),
  z.object({ tenantId: z.string().min(1), id: z.string().regex(/^refusal:/), type: z.literal('question-refusal') }).extend(RefusedQuestionSchema.shape),
]);
export type QuestionRefusal = z.infer<typeof QuestionRefusalSchema>;

/** The refused questions a stored document holds. */
export const refusalsIn = (doc: QuestionRefusal): RefusedQuestion[] =>
  'refusals' in doc ? doc.refusals : [{ question: doc.question, language: doc.language, at: doc.at }];

/** cyrb53: a short, stable, non-cryptographic hash for ids (the domain has no Node crypto). */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
