import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Answer } from '../../src/qa/answer.ts';
import type { QuestionAnswerer } from '../../src/qa/answer-questions.ts';

const ExpectationSchema = z.object({
  kind: z.string(),
  language: z.enum(['sv', 'en']),
  districtId: z.string().optional(),
  focusAreaId: z.string().optional(),
  agreementId: z.string().optional(),
  week: z.string().optional(),
  sectionIds: z.array(z.string()).optional(),
});
type Expectation = z.infer<typeof ExpectationSchema>;

const EvalSetSchema = z.object({
  now: z.string(),
  questions: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      expect: ExpectationSchema,
      accept: z.array(ExpectationSchema).optional(),
      outOfScope: z.boolean().optional(),
      heldOut: z.boolean().optional(),
    }),
  ),
});
export type EvalSet = z.infer<typeof EvalSetSchema>;
export type EvalQuestion = EvalSet['questions'][number];

export async function readEvalSet(): Promise<EvalSet> {
  return EvalSetSchema.parse(JSON.parse(await readFile(new URL('./eval-set.json', import.meta.url), 'utf8')));
}

const STATUS_KINDS = new Set(['district-status', 'missing-reports', 'summary', 'report-command']);
const STRUCTURED_KINDS = new Set(['focus-areas', 'agreements', 'agreement-validity', 'districts', 'focus-area', 'district']);

/** The report groups: what kind of question it is, by the expected answer. */
export function categoryOf(question: EvalQuestion): string {
  if (question.outOfScope) return 'out-of-scope';
  const kind = question.expect.kind;
  if (STATUS_KINDS.has(kind)) return 'status (classified)';
  if (STRUCTURED_KINDS.has(kind)) return 'structured';
  return kind;
}

/** Right when kind, language and every entity the expectation names agree. */
export function matchesExpectation(answer: Answer, expected: Expectation): boolean {
  if (answer.kind !== expected.kind || answer.language !== expected.language) return false;
  switch (answer.kind) {
    case 'district-status':
      return answer.districtId === expected.districtId && answer.focusAreaId === expected.focusAreaId && answer.week === expected.week;
    case 'missing-reports':
    case 'summary':
      return answer.week === expected.week;
    case 'focus-area':
      return answer.focusArea.id === expected.focusAreaId;
    case 'district':
      return answer.district.id === expected.districtId;
    case 'agreement-validity':
      return answer.agreement.id === expected.agreementId;
    case 'passage':
      return expected.sectionIds === undefined || expected.sectionIds.includes(answer.passages[0]?.citation.sectionId ?? '');
    default:
      return true;
  }
}

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  correct: boolean;
  heldOut: boolean;
}

export function runEvaluation(answerer: QuestionAnswerer, set: EvalSet): EvalResult[] {
  const now = new Date(set.now);
  return set.questions.map((question) => {
    const answer = answerer.answer(question.question, { now });
    const correct = [question.expect, ...(question.accept ?? [])].some((expected) => matchesExpectation(answer, expected));
    return { question, answer, correct, heldOut: question.heldOut ?? false };
  });
}

export interface EvalSummary {
  correct: number;
  total: number;
  refused: number;
  outOfScope: number;
  accuracy: number;
  refusalRate: number;
}

export function summarize(results: EvalResult[]): EvalSummary {
  const correct = results.filter((result) => result.correct).length;
  const outOfScope = results.filter((result) => result.question.outOfScope);
  const refused = outOfScope.filter((result) => result.answer.kind === 'no-answer').length;
  return {
    correct,
    total: results.length,
    refused,
    outOfScope: outOfScope.length,
    accuracy: results.length === 0 ? 0 : correct / results.length,
    refusalRate: outOfScope.length === 0 ? 1 : refused / outOfScope.length,
  };
}

/** A short, readable form of an answer for the failure list. */
export function describeAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'district-status':
      return `district-status ${JSON.stringify({ d: answer.districtId, f: answer.focusAreaId, w: answer.week })}`;
    case 'missing-reports':
    case 'summary':
      return `${answer.kind} ${answer.week ?? ''}`;
    case 'focus-area':
      return `focus-area ${answer.focusArea.id} (${answer.aspect})`;
    case 'district':
      return `district ${answer.district.id}`;
    case 'agreement-validity':
      return `agreement-validity ${answer.agreement.id}`;
    case 'passage':
      return `passage ${answer.passages.map((passage) => passage.citation.sectionId).join(',')}`;
    default:
      return answer.kind;
  }
}
