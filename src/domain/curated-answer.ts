import { z } from 'zod';

/**
 * An answer a coordinator wrote and saved ("Spara som svar"): the answerer matches its question
 * variants ahead of retrieval and shows it marked as the coordinator's.
 */
export const CuratedAnswerSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().regex(/^qa-[a-z0-9-]{1,64}$/),
  type: z.literal('curated-answer'),
  /** The questions it answers, as officials asked them (at least the original one). */
  questions: z.array(z.string().min(1).max(500)).min(1).max(50),
  /** The language the answer is written in. */
  language: z.enum(['sv', 'en']),
  answer: z.string().min(1).max(4000),
  /** Where the coordinator got it from, if they said. */
  source: z.string().max(500).optional(),
  by: z.object({ aadObjectId: z.string().min(1), name: z.string().min(1) }),
  savedAt: z.string().min(1),
});
export type CuratedAnswer = z.infer<typeof CuratedAnswerSchema>;
