import type { Language } from '../src/domain/model.ts';
import { MAX_COMMENT, MAX_OVERALL_COMMENT, MAX_PRIORITY_COMMENT, ReportContentSchema, type ReportContent } from '../src/domain/status-report.ts';
import { inputId } from './status-report-card.ts';
import { t } from './texts/catalogue.ts';
import { STATUS_TEXTS as T } from './texts/status.ts';
import { stripControlCharacters } from './strip-control-characters.ts';

export type FormResult = { ok: true; content: ReportContent } | { ok: false; errors: Record<string, string> };

/**
 * Reads the status form's inputs out of a card submit's data (keyed by input id) and validates
 * them. Problems come back per input id, in the user's language, to be shown next to the field.
 */
export function readStatusForm(data: Record<string, unknown>, focusAreaIds: string[], language: Language): FormResult {
  const errors: Record<string, string> = {};
  const text = (id: string, max: number): string => {
    const value = data[id];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      errors[id] = t(T.badChoice, language);
      return '';
    }
    // Free text is cleaned before it is checked: what is measured is what is stored and shown.
    const clean = stripControlCharacters(value);
    if (clean.length > max) errors[id] = t(T.tooLong, language, { max, length: clean.length });
    return clean.trim();
  };
  const choice = <T extends string>(id: string, allowed: readonly T[], fallback?: T): T | undefined => {
    const value = data[id];
    if ((value === undefined || value === '') && fallback) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    errors[id] = value === undefined || value === '' ? t(T.levelRequired, language) : t(T.badChoice, language);
    return undefined;
  };
  const entries = focusAreaIds.map((focusAreaId) => ({
    focusAreaId,
    level: choice(inputId.level(focusAreaId), ['green', 'yellow', 'red', 'not-applicable'] as const),
    // The trend is optional on the form (no preset); the domain keeps it required, so an unchosen
    // trend is read as "same" — the honest reading of "nothing said about a change".
    trend: choice(inputId.trend(focusAreaId), ['better', 'same', 'worse'] as const, 'same'),
    comment: text(inputId.comment(focusAreaId), MAX_COMMENT),
  }));
  const candidate = {
    entries,
    priorityComment: text(inputId.priorityComment, MAX_PRIORITY_COMMENT),
    overallComment: text(inputId.overallComment, MAX_OVERALL_COMMENT),
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The schema is the last word on what may be stored.
  const parsed = ReportContentSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: { [inputId.overallComment]: t(T.badChoice, language) } };
  return { ok: true, content: parsed.data };
}
