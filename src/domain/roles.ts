import type { RosterEntry } from './model.ts';

export const isAdmin = (entry: RosterEntry | undefined) => entry?.roles.includes('admin') ?? false;
export const isSteeringMember = (entry: RosterEntry | undefined) => isAdmin(entry) || (entry?.roles.includes('steering') ?? false);

/** The districts a person is a deputy (ersättare) of; no role is needed for it. */
export const deputyDistrictsOf = (entry: RosterEntry | undefined): string[] => entry?.deputyDistrictIds ?? [];

export const isContactOf = (entry: RosterEntry | undefined, districtId: string): boolean =>
  (entry?.roles.includes('contact') ?? false) && (entry?.districtIds.includes(districtId) ?? false);

/** Only a district's contacts and deputies, and admins, may report for it. */
export function canReportFor(entry: RosterEntry | undefined, districtId: string): boolean {
  if (!entry) return false;
  return isAdmin(entry) || isContactOf(entry, districtId) || deputyDistrictsOf(entry).includes(districtId);
}

/** The districts a person reports for, as contact or deputy (an admin is not a contact of every district). */
export const districtsOf = (entry: RosterEntry | undefined): string[] => [
  ...new Set([...(entry?.roles.includes('contact') ? entry.districtIds : []), ...deputyDistrictsOf(entry)]),
];
