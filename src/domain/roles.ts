import type { RosterEntry } from './model.ts';

export const isAdmin = (entry: RosterEntry | undefined) => entry?.roles.includes('admin') ?? false;
export const isSteeringMember = (entry: RosterEntry | undefined) => isAdmin(entry) || (entry?.roles.includes('steering') ?? false);

/** Only a district's contacts, and admins, may report for it. */
export function canReportFor(entry: RosterEntry | undefined, districtId: string): boolean {
  if (!entry) return false;
  return isAdmin(entry) || (entry.roles.includes('contact') && entry.districtIds.includes(districtId));
}

/** The districts a person reports for (an admin is not a contact of every district). */
export const districtsOf = (entry: RosterEntry | undefined): string[] => (entry?.roles.includes('contact') ? entry.districtIds : []);
