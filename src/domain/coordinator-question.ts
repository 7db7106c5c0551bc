import { z } from 'zod';
import { AppError } from './errors.ts';
import type { CuratedAnswer } from './curated-answer.ts';
import { PersonSchema, type Person } from './status-report.ts';

export const MAX_COORDINATOR_QUESTION = 500;
/** The bot's attempted answer travels in the card's button: kept short. */
export const MAX_ATTEMPTED_ANSWER = 600;
export const MAX_COORDINATOR_ANSWER = 2000;

const QUESTION_ID = /^q-[0-9a-f-]{36}$/;
export const isCoordinatorQuestionId = (value: string) => QUESTION_ID.test(value);

/**
 * A question an official sent to the coordinators ("Fråga en samordnare"), with what the bot had
 * answered. It is posted to the coordinators' channel; a coordinator's answer goes back to the
 * asker 1:1 and can be saved as a curated answer. Written with its ETag, every change audited.
 */
export const CoordinatorQuestionSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().regex(QUESTION_ID),
  type: z.literal('coordinator-question'),
  asker: PersonSchema,
  /** The conversation record the question was asked in. */
  conversationId: z.string().min(1),
  /** The channel it was posted to (coordinators', else the steering group's). */
  channelId: z.string().min(1),
  language: z.enum(['sv', 'en']),
  question: z.string().min(1).max(MAX_COORDINATOR_QUESTION),
  attempted: z.string().max(MAX_ATTEMPTED_ANSWER),
  status: z.enum(['open', 'answered']),
  answer: z.string().min(1).max(MAX_COORDINATOR_ANSWER).optional(),
  answeredBy: PersonSchema.optional(),
  answeredAt: z.iso.datetime().optional(),
  /** The curated answer it was saved as ("Spara som svar"). */
  curatedAnswerId: z.string().optional(),
  askedAt: z.iso.datetime(),
});
export type CoordinatorQuestion = z.infer<typeof CoordinatorQuestionSchema>;

/** Cuts a text to `max` characters, marking the cut. */
export const truncateText = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export type AnswerTextProblem = 'empty' | 'too-long';

/** A coordinator's answer as written in the card: trimmed, not empty, not too long. */
export function checkAnswerText(raw: unknown): { ok: true; text: string } | { ok: false; problem: AnswerTextProblem } {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > MAX_COORDINATOR_ANSWER) return { ok: false, problem: 'too-long' };
  return { ok: true, text };
}

/** The first answer counts: a question already answered is not answered again. */
export function answerQuestion(question: CoordinatorQuestion, text: string, by: Person, now: Date): CoordinatorQuestion | undefined {
  if (question.status === 'answered') return undefined;
  return { ...question, status: 'answered', answer: text, answeredBy: by, answeredAt: now.toISOString() };
}

/** The curated answer a coordinator's answer becomes; one per question (its id follows the question's). */
export function toCuratedAnswer(question: CoordinatorQuestion, by: Person, now: Date): CuratedAnswer {
  if (question.status !== 'answered' || !question.answer) throw new AppError('invalid-input', 'Only an answered question can be saved as an answer.');
  return {
    tenantId: question.tenantId,
    id: curatedAnswerIdOf(question.id),
    type: 'curated-answer',
    questions: [question.question],
    language: question.language,
    answer: question.answer,
    by,
    savedAt: now.toISOString(),
  };
}

export const curatedAnswerIdOf = (questionId: string) => `qa-${questionId.slice(2)}`;
