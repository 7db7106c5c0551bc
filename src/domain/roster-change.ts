import { ROLES, type Role, type RosterEntry } from './model.ts';

/**
 * One change an admin makes to the roster: a role for a person (for contacts, per district), or
 * standing in as a district's deputy (not a role: a deputy gets the district's requests while its
 * contacts are away).
 */
export type RosterChange =
  | { op: 'add' | 'remove'; role: 'contact' | 'deputy'; districtId: string }
  | { op: 'add' | 'remove'; role: 'steering' | 'admin' };

/** What the roster form can give or take: a role, or deputy for a district. */
export type RosterChangeRole = RosterChange['role'];

export interface RosterPerson {
  tenantId: string;
  aadObjectId: string;
  name: string;
}

export type RosterChangeResult =
  /** `entry` undefined: the person has no role left and leaves the roster. */
  | { kind: 'changed'; entry: RosterEntry | undefined }
  /** The roster already says so (adding a role held, removing one not held). */
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: 'last-admin' };

/**
 * The rule for a roster change, applied to what is stored now (so a change re-applied after a
 * concurrent edit keeps the other edit). `roster` is the whole tenant roster, for the rule that
 * the last admin cannot be removed: nobody would be left to manage roles.
 */
export function applyRosterChange(
  existing: RosterEntry | undefined,
  person: RosterPerson,
  change: RosterChange,
  roster: readonly RosterEntry[],
): RosterChangeResult {
  const roles = new Set<Role>(existing?.roles ?? []);
  const districtIds = new Set(existing?.districtIds ?? []);
  const deputyFor = new Set(existing?.deputyDistrictIds ?? []);
  if (change.role === 'deputy') {
    if (change.op === 'add' ? deputyFor.has(change.districtId) : !deputyFor.has(change.districtId)) return { kind: 'unchanged' };
    if (change.op === 'add') deputyFor.add(change.districtId);
    else deputyFor.delete(change.districtId);
  } else if (change.op === 'add') {
    if (change.role === 'contact') {
      if (roles.has('contact') && districtIds.has(change.districtId)) return { kind: 'unchanged' };
      roles.add('contact');
      districtIds.add(change.districtId);
    } else {
      if (roles.has(change.role)) return { kind: 'unchanged' };
      roles.add(change.role);
    }
  } else if (change.role === 'contact') {
    if (!roles.has('contact') || !districtIds.has(change.districtId)) return { kind: 'unchanged' };
    districtIds.delete(change.districtId);
    if (districtIds.size === 0) roles.delete('contact');
  } else {
    if (!roles.has(change.role)) return { kind: 'unchanged' };
    if (change.role === 'admin' && !roster.some((other) => other.id !== person.aadObjectId && other.roles.includes('admin'))) {
      return { kind: 'refused', reason: 'last-admin' };
    }
    roles.delete(change.role);
  }
  // Deputy districts are not a role: they are kept through role changes, and keep the entry alive.
  const deputyDistrictIds = [...deputyFor].sort();
  if (roles.size === 0 && deputyDistrictIds.length === 0) return { kind: 'changed', entry: undefined };
  return {
    kind: 'changed',
    entry: {
      tenantId: person.tenantId,
      id: person.aadObjectId,
      type: 'roster-entry',
      name: existing?.name ?? person.name,
      roles: ROLES.filter((role) => roles.has(role)),
      // A district contact's districts only mean something while they have the contact role.
      districtIds: roles.has('contact') ? [...districtIds].sort() : [],
      ...(deputyDistrictIds.length > 0 ? { deputyDistrictIds } : {}),
      demo: existing?.demo ?? false,
    },
  };
}
