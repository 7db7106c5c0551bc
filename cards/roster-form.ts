import { z } from 'zod';
import type { Language } from '../src/domain/model.ts';
import type { RosterChange } from '../src/domain/roster-change.ts';
import { ROSTER_INPUTS as I } from './roster-card.ts';
import { ROSTER_ERRORS, type RosterErrorKey } from './texts/roster.ts';
import { stripControlCharacters } from './strip-control-characters.ts';

export type RosterFormResult =
  | { ok: true; person: { aadObjectId: string; name: string }; change: RosterChange }
  | { ok: false; errors: Record<string, string> };

/** Entra object ids are GUIDs; stored lower-case so one person never gets two roster entries. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTROL = /\p{Cc}/u;

/** An optional text input: absent, empty or whitespace all mean "not given". */
const optionalText = z
  .string({ error: 'invalid' satisfies RosterErrorKey })
  .max(200, 'badName' satisfies RosterErrorKey)
  .optional()
  .transform((value) => value?.trim() || undefined);

/** A name: cleaned of control characters and direction overrides before it is checked. */
const nameText = optionalText.transform((value) => (value ? stripControlCharacters(value).trim() || undefined : undefined));

const RosterFormSchema = z.object({
  [I.role]: z.enum(['contact', 'deputy', 'steering', 'admin'], { error: 'chooseRole' satisfies RosterErrorKey }),
  [I.person]: optionalText,
  [I.personId]: optionalText,
  [I.personName]: nameText,
  [I.district]: optionalText,
});
/** The same fields, each undefined when unreadable: for the rules across fields after a field failed. */
const LenientRosterFormSchema = z.object({
  [I.role]: z.enum(['contact', 'deputy', 'steering', 'admin']).optional().catch(undefined),
  [I.person]: optionalText.catch(undefined),
  [I.personId]: optionalText.catch(undefined),
  [I.personName]: nameText.catch(undefined),
  [I.district]: optionalText.catch(undefined),
});

/**
 * Reads the roster form out of a card submit (inputs keyed by id) and validates it against what
 * the admin could choose from: known people and districts, re-read at submit (a forged or old
 * card cannot name someone else). Problems come back per input id, in the admin's language.
 */
export function readRosterForm(
  data: Record<string, unknown>,
  op: 'add' | 'remove',
  choices: { knownPeople: Array<{ aadObjectId: string; name: string }>; districtIds: string[] },
  language: Language,
): RosterFormResult {
  const errors: Record<string, string> = {};
  const problem = (id: string, key: RosterErrorKey) => {
    errors[id] ??= ROSTER_ERRORS[key][language];
  };
  // Field by field first; then the rules across fields, on whatever fields were readable, so the
  // admin sees every problem at once.
  const parsed = RosterFormSchema.safeParse(data);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    problem(String(issue.path[0] ?? I.role), (Object.hasOwn(ROSTER_ERRORS, issue.message) ? issue.message : 'invalid') as RosterErrorKey);
  }
  const form = parsed.success ? parsed.data : LenientRosterFormSchema.parse(data);
  const chosen = form[I.person];
  const typedId = form[I.personId];
  const typedName = form[I.personName];
  if (chosen && (typedId || typedName)) problem(I.person, 'onePerson');
  else if (chosen) {
    if (!choices.knownPeople.some((person) => person.aadObjectId === chosen)) problem(I.person, 'unknownPerson');
  } else if (!typedId && !typedName) problem(I.person, 'choosePerson');
  else {
    if (!typedId || !GUID.test(typedId)) problem(I.personId, 'badPersonId');
    const known = typedId && choices.knownPeople.some((person) => person.aadObjectId === typedId.toLowerCase());
    if (!typedName && !known) problem(I.personName, 'nameRequired');
    if (typedName && (typedName.length > 100 || CONTROL.test(typedName))) problem(I.personName, 'badName');
  }
  if (form[I.role] === 'contact' || form[I.role] === 'deputy') {
    const districtId = form[I.district];
    if (!districtId) problem(I.district, 'chooseDistrict');
    else if (!choices.districtIds.includes(districtId)) problem(I.district, 'unknownDistrict');
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const valid = parsed.data;
  const chosenId = valid[I.person] ?? valid[I.personId]!.toLowerCase();
  const known = choices.knownPeople.find((person) => person.aadObjectId === chosenId);
  const person = { aadObjectId: chosenId, name: valid[I.personName] ?? known?.name ?? chosenId };
  const role = valid[I.role];
  const change: RosterChange = role === 'contact' || role === 'deputy' ? { op, role, districtId: valid[I.district]! } : { op, role };
  return { ok: true, person, change };
}

/** The string values of the form's inputs, to show again when the card comes back with errors. */
export function keptRosterValues(data: Record<string, unknown>): Partial<Record<(typeof I)[keyof typeof I], string>> {
  const values: Partial<Record<(typeof I)[keyof typeof I], string>> = {};
  for (const id of Object.values(I)) {
    const value = data[id];
    if (typeof value === 'string') values[id] = value.slice(0, 200);
  }
  return values;
}
