import { DateTime } from 'luxon';
import { ANCHORING_STATES, DecisionFieldsSchema, MAX_BOARDS, MAX_DECISION_TEXT, type DecisionFields } from '../src/domain/decision.ts';
import { ZONE } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import { DECISION_INPUTS as I, type DecisionInputId } from './decision-card.ts';
import { PLAN_TEXTS as T } from './texts/plan.ts';
import { t } from './texts/catalogue.ts';
import { stripControlCharacters } from './strip-control-characters.ts';

export type DecisionFormResult = { ok: true; fields: DecisionFields } | { ok: false; errors: Record<string, string> };

/** Reads and validates the decision form; errors per input id, in the user's language. */
export function readDecisionForm(data: Record<string, unknown>, language: Language): DecisionFormResult {
  const errors: Record<string, string> = {};
  const str = (id: DecisionInputId): string => {
    const value = data[id];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      errors[id] = t(T.chooseOne, language);
      return '';
    }
    return value.trim();
  };
  const date = str(I.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date, { zone: ZONE }).isValid) errors[I.date] ??= t(T.dateFormat, language);
  // Free text is cleaned before it is checked; the date and anchoring are matched as sent.
  const text = stripControlCharacters(str(I.text)).trim();
  if (text === '') errors[I.text] ??= t(T.required, language);
  else if (text.length > MAX_DECISION_TEXT) errors[I.text] ??= t(T.tooLong, language, { max: MAX_DECISION_TEXT, length: text.length });
  const boardsText = stripControlCharacters(str(I.boards));
  const boards = [...new Set(boardsText.split(/[\n,;]+/).map((b) => b.trim()).filter(Boolean))];
  if (boards.length > MAX_BOARDS) errors[I.boards] ??= t(T.tooManyBoards, language, { max: MAX_BOARDS });
  else if (boards.some((b) => b.length > 120)) errors[I.boards] ??= t(T.tooLong, language, { max: 120, length: Math.max(...boards.map((b) => b.length)) });
  const anchoring = ANCHORING_STATES.find((state) => state === str(I.anchoring));
  if (!anchoring) errors[I.anchoring] ??= t(T.chooseOne, language);
  if (Object.keys(errors).length > 0 || !anchoring) return { ok: false, errors };
  const parsed = DecisionFieldsSchema.safeParse({ date, text, boards, anchoring });
  if (!parsed.success) return { ok: false, errors: { [I.text]: t(T.invalidValue, language) } };
  return { ok: true, fields: parsed.data };
}

export function keptDecisionValues(data: Record<string, unknown>): Partial<Record<DecisionInputId, string>> {
  return Object.fromEntries(Object.values(I).filter((id) => typeof data[id] === 'string').map((id) => [id, (data[id] as string).slice(0, MAX_DECISION_TEXT)]));
}
