import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isAppError } from '../domain/errors.ts';
import { ROLES, type District, type Role, type RosterEntry } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import type { Person } from '../domain/status-report.ts';
import type { AuditLog } from './audit-log.ts';

/** Entra object ids are GUIDs; stored lower-case, as the roster form does. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTROL = /\p{Cc}/u;
const MAX_ROWS = 5_000;

/** Role words a roster file may use, Swedish or English. */
const ROLE_WORDS: Record<string, Role> = {
  admin: 'admin',
  administrator: 'admin',
  'administratör': 'admin',
  steering: 'steering',
  styrgrupp: 'steering',
  styrgruppen: 'steering',
  contact: 'contact',
  kontakt: 'contact',
  kontaktperson: 'contact',
};

/** One person as the file says they should be: their roles and districts replace what the roster has. */
export interface ImportedPerson {
  line: number;
  aadObjectId: string;
  name: string;
  roles: Role[];
  districtIds: string[];
  /** Districts the person stands in for (ersättare) while a contact is away; no role needed. Undefined when the file has no such column: then they stay as they are. */
  deputyDistrictIds?: string[];
}

export interface RosterImportProblem {
  line: number;
  message: string;
}

export type RosterImportChange =
  | { kind: 'add'; person: ImportedPerson }
  | { kind: 'change'; person: ImportedPerson; before: RosterEntry }
  | { kind: 'unchanged'; person: ImportedPerson };

export type RosterImportPlan = { ok: true; changes: RosterImportChange[] } | { ok: false; problems: RosterImportProblem[] };

/** Finds a team member by UPN or e-mail (TeamService.findMember, from the stored member lists). */
export type FindPerson = (upn: string) => Promise<{ aadObjectId: string; name: string } | undefined>;

const split = (value: string | undefined) => (value ?? '').split(/[;,|]/).map((part) => part.trim()).filter(Boolean);

const RowSchema = z.object({
  name: z.string().optional(),
  person: z.string().optional(),
  roles: z.string().optional(),
  districts: z.string().optional(),
  deputyFor: z.string().optional(),
});

/**
 * Reads a roster file (CSV with a header: name, aadObjectId or UPN, roles, districts) and plans
 * what applying it would change. Every bad row is named with its line number; if there is one,
 * the plan is refused as a whole. A person's roles and districts in the file replace theirs on the
 * roster; people not in the file are left as they are.
 */
export async function planRosterImport(
  csv: string,
  context: { tenantId: string; roster: RosterEntry[]; districts: District[]; findPerson?: FindPerson },
): Promise<RosterImportPlan> {
  const problems: RosterImportProblem[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map(columnOf),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
      delimiter: ',',
    }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return { ok: false, problems: [{ line: e.lines ?? 1, message: `the file cannot be read as CSV: ${e.message ?? String(error)}` }] };
  }
  if (records.length > MAX_ROWS) return { ok: false, problems: [{ line: MAX_ROWS + 2, message: `at most ${MAX_ROWS} rows per file` }] };
  const header = records.length > 0 ? Object.keys(records[0]!.record) : [];
  const missing = ['name', 'person', 'roles'].filter((column) => records.length > 0 && !header.includes(column));
  if (missing.length > 0) {
    return { ok: false, problems: [{ line: 1, message: `the header lacks ${missing.join(', ')}: give the columns name, aadObjectId (or upn), roles, districts` }] };
  }
  const districtByKey = new Map<string, string>();
  for (const district of context.districts) {
    districtByKey.set(district.id.toLowerCase(), district.id);
    districtByKey.set(district.name.toLowerCase(), district.id);
  }
  const hasDeputyColumn = header.includes('deputyFor');
  const people: ImportedPerson[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const row = RowSchema.parse(record);
    const problem = (message: string) => problems.push({ line, message });
    const name = row.name?.trim() ?? '';
    if (!name) problem('name: give the person’s name');
    else if (name.length > 100 || CONTROL.test(name)) problem('name: at most 100 characters, no line breaks');
    const given = row.person?.trim() ?? '';
    let aadObjectId: string | undefined;
    if (GUID.test(given)) aadObjectId = given.toLowerCase();
    else if (UPN.test(given)) {
      const found = await context.findPerson?.(given);
      if (found) aadObjectId = found.aadObjectId.toLowerCase();
      else problem(`person: ${given} is not a member of a team Samverkan is installed in; give their Entra object id (aadObjectId) instead`);
    } else problem(`person: "${given}" is neither an Entra object id (8f0c2a4e-1b2c-4d5e-8f90-1234567890ab) nor a UPN (name@example.org)`);
    const roles: Role[] = [];
    for (const word of split(row.roles)) {
      const role = ROLE_WORDS[word.toLowerCase()];
      if (!role) problem(`roles: "${word}" is not a role; use ${ROLES.join(', ')}`);
      else if (!roles.includes(role)) roles.push(role);
    }
    const districtsIn = (column: 'districts' | 'deputyFor'): string[] => {
      const ids: string[] = [];
      for (const word of split(row[column])) {
        const id = districtByKey.get(word.toLowerCase());
        if (!id) problem(`${column}: "${word}" is not a district; use one of ${context.districts.map((d) => d.id).join(', ')}`);
        else if (!ids.includes(id)) ids.push(id);
      }
      return ids;
    };
    const districtIds = districtsIn('districts');
    const deputyDistrictIds = districtsIn('deputyFor');
    if (split(row.roles).length === 0 && deputyDistrictIds.length === 0) {
      problem('roles: give at least one role, or the districts the person is a deputy for (to take someone off the roster, use "hantera roller")');
    }
    if (roles.includes('contact') && split(row.districts).length === 0) problem('districts: a contact needs at least one district');
    if (!roles.includes('contact') && districtIds.length > 0) problem('districts: only contacts have districts; add the role contact or leave districts empty');
    if (aadObjectId) {
      const earlier = seen.get(aadObjectId);
      if (earlier !== undefined) problem(`person: the same person as on line ${earlier}; give each person once`);
      else seen.set(aadObjectId, line);
    }
    if (aadObjectId && name) people.push({ line, aadObjectId, name, roles: ROLES.filter((r) => roles.includes(r)), districtIds: districtIds.sort(), ...(hasDeputyColumn ? { deputyDistrictIds: deputyDistrictIds.sort() } : {}) });
  }
  if (problems.length > 0) return { ok: false, problems };
  const current = new Map(context.roster.map((entry) => [entry.id, entry]));
  // The last-admin rule of "hantera roller": the roster must keep an administrator.
  const adminsAfter = new Set(context.roster.filter((entry) => entry.roles.includes('admin')).map((entry) => entry.id));
  for (const person of people) (person.roles.includes('admin') ? adminsAfter.add(person.aadObjectId) : adminsAfter.delete(person.aadObjectId));
  if (adminsAfter.size === 0) {
    const lines = people.filter((person) => current.get(person.aadObjectId)?.roles.includes('admin')).map((person) => person.line);
    return { ok: false, problems: [{ line: lines[0] ?? 1, message: 'roles: the roster would have no administrator left; keep the role admin for at least one person' }] };
  }
  const changes = people.map((person): RosterImportChange => {
    const before = current.get(person.aadObjectId);
    if (!before) return { kind: 'add', person };
    const same =
      before.name === person.name &&
      sameSet(before.roles, person.roles) &&
      sameSet(before.districtIds, person.districtIds) &&
      (person.deputyDistrictIds === undefined || sameSet(before.deputyDistrictIds ?? [], person.deputyDistrictIds));
    return same ? { kind: 'unchanged', person } : { kind: 'change', person, before };
  });
  return { ok: true, changes };
}

/** Applies a plan: each change written with the ETag it was planned on, and audited. */
export async function applyRosterImport(
  deps: { roster: Repository<RosterEntry>; audit: AuditLog },
  tenantId: string,
  actor: Person,
  changes: RosterImportChange[],
): Promise<{ written: number }> {
  let written = 0;
  for (const change of changes) {
    if (change.kind === 'unchanged') continue;
    const { person } = change;
    const stored = await deps.roster.read(tenantId, person.aadObjectId);
    const deputyDistrictIds = person.deputyDistrictIds ?? stored?.doc.deputyDistrictIds ?? [];
    const entry: RosterEntry = {
      tenantId,
      id: person.aadObjectId,
      type: 'roster-entry',
      name: person.name,
      roles: person.roles,
      districtIds: person.districtIds,
      ...(deputyDistrictIds.length > 0 ? { deputyDistrictIds } : {}),
      demo: false,
    };
    try {
      if (stored) await deps.roster.replace(entry, stored.etag);
      else await deps.roster.create(entry);
    } catch (error) {
      if (isAppError(error, 'concurrent-change') || isAppError(error, 'conflict')) {
        throw new Error(`line ${person.line}: ${person.name} was changed while importing; run the import again`);
      }
      throw error;
    }
    await deps.audit.record({ tenantId, actor, action: 'roster.import', target: { kind: 'roster-entry', id: entry.id }, before: stored?.doc, after: entry, outcome: 'done' });
    written += 1;
  }
  return { written };
}

/** The change in one line, for the dry run and the apply's report. */
export function describeRosterChange(change: RosterImportChange, districtNames: Map<string, string>): string {
  const { person } = change;
  const names = (ids: string[]) => ids.map((id) => districtNames.get(id) ?? id).join(', ');
  const describe = (roles: Role[], districtIds: string[], deputyDistrictIds: string[] = []) =>
    [...roles.map((role) => (role === 'contact' ? `contact (${names(districtIds)})` : role)), ...(deputyDistrictIds.length > 0 ? [`deputy (${names(deputyDistrictIds)})`] : [])].join(', ');
  const who = `${person.name} (${person.aadObjectId})`;
  if (change.kind === 'add') return `  + line ${person.line}: ${who}: ${describe(person.roles, person.districtIds, person.deputyDistrictIds ?? [])}`;
  if (change.kind === 'unchanged') return `  = line ${person.line}: ${who}: unchanged`;
  const renamed = change.before.name !== person.name ? ` (was named ${change.before.name})` : '';
  return `  ~ line ${person.line}: ${who}${renamed}: ${describe(change.before.roles, change.before.districtIds, change.before.deputyDistrictIds) || 'no roles'} → ${describe(person.roles, person.districtIds, person.deputyDistrictIds ?? change.before.deputyDistrictIds)}`;
}

function columnOf(header: string): string {
  const key = header.trim().toLowerCase().replace(/[\s_-]/g, '');
  if (['name', 'namn'].includes(key)) return 'name';
  if (['person', 'objectid', 'id', 'email', 'epost'].includes(key) || key.includes('aadobjectid') || key.includes('upn') || key.includes('userprincipalname')) return 'person';
  if (['roles', 'role', 'roller', 'roll'].includes(key)) return 'roles';
  if (['districts', 'district', 'stadsdelsomraden', 'stadsdelsområden', 'stadsdelsomrade', 'stadsdelsområde'].includes(key)) return 'districts';
  if (['deputyfor', 'deputies', 'deputy', 'ersattare', 'ersättare', 'ersattarefor', 'ersättareför'].includes(key)) return 'deputyFor';
  return key;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));
