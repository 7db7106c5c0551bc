import { z } from 'zod';
import type { Language } from '../src/domain/model.ts';
import { MAX_OWNER_NAME, MAX_TASK_TITLE, ORGANISATION_KINDS, TaskFieldsSchema, type TaskFields } from '../src/domain/task.ts';
import { parseDue, type DueProblem } from '../src/domain/task-due.ts';
import { PLAN_TEXTS as T } from './texts/plan.ts';
import { t } from './texts/catalogue.ts';
import { CITY_WIDE, TASK_INPUTS as I, type TaskChoices, type TaskInputId } from './task-form-card.ts';
import { stripControlCharacters } from './strip-control-characters.ts';

export type TaskFormResult = { ok: true; fields: TaskFields } | { ok: false; errors: Record<string, string> };

const DUE_ERRORS: Record<DueProblem, 'required' | 'dueFormat' | 'dueNoWeek' | 'dueNoDate'> = { empty: 'required', format: 'dueFormat', 'no-such-week': 'dueNoWeek', 'no-such-date': 'dueNoDate' };

/** The raw inputs: each a string or absent; anything else (a forged payload) is an error. */
const RawSchema = z.object(Object.fromEntries(Object.values(I).map((id) => [id, z.string().max(10_000).optional()])) as Record<TaskInputId, z.ZodOptional<z.ZodString>>);

/**
 * Reads the task form out of a card submit (inputs keyed by id) and validates it against what the
 * user could choose from, re-read at submit. Problems come back per input id, in the user's
 * language, to be shown next to the field; nothing is stored unless everything is right.
 */
export function readTaskForm(data: Record<string, unknown>, choices: TaskChoices, language: Language, now: Date): TaskFormResult {
  const errors: Record<string, string> = {};
  const raw: Partial<Record<TaskInputId, string>> = {};
  for (const id of Object.values(I)) {
    const parsed = RawSchema.shape[id].safeParse(data[id] ?? undefined);
    if (parsed.success) raw[id] = parsed.data?.trim() ?? '';
    else errors[id] = t(T.chooseOne, language);
  }
  const text = (id: TaskInputId, max: number): string => {
    // Free text is cleaned before it is checked (choices are matched against their lists as sent).
    const value = stripControlCharacters(raw[id] ?? '').trim();
    if (value === '') errors[id] ??= t(T.required, language);
    else if (value.length > max) errors[id] ??= t(T.tooLong, language, { max, length: value.length });
    return value;
  };
  const title = text(I.title, MAX_TASK_TITLE);
  const ownerName = text(I.ownerName, MAX_OWNER_NAME);
  const focusAreaId = raw[I.focusArea] ?? '';
  if (!choices.focusAreas.some((area) => area.id === focusAreaId)) errors[I.focusArea] ??= t(T.chooseOne, language);
  const districtValue = raw[I.district] || CITY_WIDE;
  if (districtValue !== CITY_WIDE && !choices.districts.some((d) => d.id === districtValue)) errors[I.district] ??= t(T.chooseOne, language);
  const ownerKind = ORGANISATION_KINDS.find((kind) => kind === raw[I.ownerKind]);
  if (!ownerKind) errors[I.ownerKind] ??= t(T.chooseOne, language);
  const assigneeId = raw[I.assignee] ?? '';
  const assignee = assigneeId ? choices.people.find((p) => p.aadObjectId === assigneeId) : undefined;
  if (assigneeId && !assignee) errors[I.assignee] ??= t(T.chooseOne, language);
  const due = parseDue(raw[I.due] ?? '', now);
  if (!due.ok) errors[I.due] ??= t(T[DUE_ERRORS[due.problem]], language);
  if (Object.keys(errors).length > 0 || !due.ok || !ownerKind) return { ok: false, errors };
  // The domain schema is the last word on what may be stored.
  const parsed = TaskFieldsSchema.safeParse({
    title,
    focusAreaId,
    ...(districtValue !== CITY_WIDE ? { districtId: districtValue } : {}),
    owner: { name: ownerName, kind: ownerKind },
    ...(assignee ? { assignee: { aadObjectId: assignee.aadObjectId, name: assignee.name } } : {}),
    due: due.due,
  });
  if (!parsed.success) return { ok: false, errors: { [I.title]: t(T.invalidValue, language) } };
  return { ok: true, fields: parsed.data };
}

/** What the user typed, kept (as strings) when the form comes back with errors. */
export function keptTaskValues(data: Record<string, unknown>): Partial<Record<TaskInputId, string>> {
  return Object.fromEntries(
    Object.values(I)
      .filter((id) => typeof data[id] === 'string')
      .map((id) => [id, (data[id] as string).slice(0, id === I.title ? MAX_TASK_TITLE : MAX_OWNER_NAME)]),
  );
}
