import { z } from 'zod';
import { isCoordinatorQuestionId, MAX_ATTEMPTED_ANSWER, MAX_COORDINATOR_QUESTION } from '../src/domain/coordinator-question.ts';
import { isWeekKey } from '../src/domain/iso-week.ts';

/**
 * The contract between cards/ and bot/: every Action.Execute verb (and its Action.Submit
 * fallback, which carries the same `verb` in its data) has a zod schema for its data.
 * Form inputs arrive merged into the data, keyed by input id; they are read by the form readers.
 */
const week = z.string().refine(isWeekKey, 'an ISO week key like 2026-W47');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id');
const taskId = z.string().regex(/^t-\d{4,6}$/, 'a task id');
const revision = z.number().int().min(0).max(1_000_000);
const questionId = z.string().refine(isCoordinatorQuestionId, 'a question id like q-<uuid>');
const questionText = z.string().trim().min(1).max(MAX_COORDINATOR_QUESTION);

/** The coordinator's answer in the channel card (an Input.Text, merged into the data). */
export const ANSWER_TEXT_INPUT = 'question.answerText';

export const VERB_SCHEMAS = {
  // A suggestion button: its question is routed as if the user had written it.
  ask: z.looseObject({ verb: z.literal('ask'), question: z.string().trim().min(1).max(500) }),
  'status.submit': z.looseObject({ verb: z.literal('status.submit'), districtId: id, week, basedOn: z.number().int().min(0).max(10_000) }),
  'status.edit': z.object({ verb: z.literal('status.edit'), districtId: id, week }).loose(),
  // Universal Actions refresh: the district's current state for the user who opens the card.
  'status.refresh': z.looseObject({ verb: z.literal('status.refresh'), districtId: id, week }),
  // "Ej aktuellt denna vecka": the reason input arrives merged into the data and is checked by the handler.
  'status.pause': z.looseObject({ verb: z.literal('status.pause'), districtId: id, week }),
  'status.resume': z.looseObject({ verb: z.literal('status.resume'), districtId: id, week }),
  // Absence: dates from the absence card's Input.Date fields (merged into the data), or cancel.
  'absence.save': z.looseObject({ verb: z.literal('absence.save') }),
  'absence.cancel': z.looseObject({ verb: z.literal('absence.cancel') }),
  // Admin forms: the inputs arrive merged into the data and are read by cards/roster-form.ts and cards/schedule-form.ts.
  'roster.change': z.looseObject({ verb: z.literal('roster.change'), op: z.enum(['add', 'remove']) }),
  'schedule.save': z.looseObject({ verb: z.literal('schedule.save') }),
  // Action plan and decision log: form inputs arrive merged into the data, read by cards/task-form.ts and cards/decision-form.ts.
  'task.save': z.looseObject({ verb: z.literal('task.save'), taskId: taskId.optional(), basedOn: revision }),
  'task.edit': z.looseObject({ verb: z.literal('task.edit'), taskId }),
  'task.show': z.looseObject({ verb: z.literal('task.show'), taskId }),
  'task.status': z.looseObject({ verb: z.literal('task.status'), taskId, basedOn: revision }),
  'task.comment': z.looseObject({ verb: z.literal('task.comment'), taskId, basedOn: revision }),
  'decision.save': z.looseObject({ verb: z.literal('decision.save') }),
  'decision.anchor': z.looseObject({ verb: z.literal('decision.anchor'), decisionId: z.string().regex(/^b-\d{4,6}$/, 'a decision id') }),
  // Under every answer: send the question and the bot's (truncated) answer to the coordinators, or vote on the answer.
  'question.ask': z.looseObject({ verb: z.literal('question.ask'), question: questionText, attempted: z.string().max(MAX_ATTEMPTED_ANSWER) }),
  'question.feedback': z.looseObject({
    verb: z.literal('question.feedback'),
    question: questionText,
    kind: z.string().regex(/^[a-z][a-z-]{0,63}$/, 'an answer kind'),
    vote: z.enum(['up', 'down']),
  }),
  // In the coordinators' channel: the answer text is checked by the domain (a long one gets a message, not a refusal).
  'question.answer': z.looseObject({ verb: z.literal('question.answer'), questionId, [ANSWER_TEXT_INPUT]: z.string().max(50_000).optional() }),
  'question.save': z.looseObject({ verb: z.literal('question.save'), questionId }),
} as const;

export type Verb = keyof typeof VERB_SCHEMAS;

export const isVerb = (value: unknown): value is Verb => typeof value === 'string' && Object.hasOwn(VERB_SCHEMAS, value);

/**
 * An Action.Execute for a verb with an Action.Submit fallback for clients without Universal Actions.
 * `lang` travels with the data, and is required: the card's answer comes in the card's language,
 * not the client's (a Swedish card in an English client must answer in Swedish).
 */
export function executeAction(title: string, verb: Verb, data: Record<string, unknown>, options: { lang: 'sv' | 'en'; style?: 'positive' | 'destructive' }) {
  const { style, lang } = options;
  const payload = { verb, ...data, lang };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: payload },
  };
}
