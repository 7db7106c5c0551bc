import type { ConversationRecord, District, RosterEntry } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import { applyRosterChange, type RosterChange, type RosterPerson } from '../domain/roster-change.ts';
import type { Person } from '../domain/status-report.ts';
import type { AuditLog } from './audit-log.ts';
import { requireAdmin } from './require-admin.ts';
import { lostRaceOrRemoved, retryOnLostRace } from './retry-lost-race.ts';

export interface KnownPerson {
  aadObjectId: string;
  name: string;
}

export interface RosterOverview {
  roster: RosterEntry[];
  districts: District[];
  /** People an admin can pick: everyone on the roster and everyone who has written to the bot. */
  knownPeople: KnownPerson[];
  /** A team is installed: its members can be searched too (the picker's typeahead). */
  teamSearch: boolean;
}

/** The members of the teams the app is installed in, for the people picker (TeamService). */
export interface PeopleDirectory {
  activeTeams(tenantId: string): Promise<unknown[]>;
  search(tenantId: string, query: string, limit?: number): Promise<Array<{ aadObjectId: string; name: string; userPrincipalName?: string }>>;
  findMember(tenantId: string, idOrUpn: string): Promise<{ aadObjectId: string; name: string } | undefined>;
}

export type RosterChangeOutcome = (
  | { outcome: 'changed'; entry: RosterEntry | undefined }
  | { outcome: 'unchanged' }
  | { outcome: 'refused'; reason: 'last-admin' }
) & {
  /** The roster as it is after the change, for the card that replaces the form (read here, because an admin who just removed their own admin role may no longer read it). */
  roster: RosterEntry[];
};

/** Keeps the picker (and the card) small: Teams cards must stay under about 40 KB. */
export const MAX_KNOWN_PEOPLE = 100;

/**
 * Roster management for admins: who has which role, and for contacts which districts.
 * Every write is a read–apply–write with the ETag; a lost race re-reads and re-applies the
 * change, so two admins editing the same person at once both get their change.
 */
export class RosterAdmin {
  constructor(
    private readonly deps: {
      roster: Repository<RosterEntry>;
      districts: Repository<District>;
      conversations: Repository<ConversationRecord>;
      audit: AuditLog;
      people?: PeopleDirectory;
    },
  ) {}

  /** Team members matching what an admin typed in the picker; nothing for anyone else. */
  async searchPeople(tenantId: string, actor: Person, query: string, limit: number): Promise<KnownPerson[]> {
    if (!this.deps.people || !query) return [];
    await this.authorize(tenantId, actor, 'roster.search');
    return (await this.deps.people.search(tenantId, query, limit)).map(({ aadObjectId, name }) => ({ aadObjectId, name }));
  }

  /** A person picked in the typeahead (not among the known people): found among the team's members. */
  async teamMember(tenantId: string, aadObjectId: string): Promise<KnownPerson | undefined> {
    const member = await this.deps.people?.findMember(tenantId, aadObjectId);
    return member ? { aadObjectId: member.aadObjectId, name: member.name } : undefined;
  }

  authorize(tenantId: string, actor: Person, action: string): Promise<void> {
    return requireAdmin(this.deps, { tenantId, actor, action, target: { kind: 'roster', id: tenantId } });
  }

  /** `action` names what the admin is doing, for the audit entry of a refusal. */
  async overview(tenantId: string, actor: Person, action = 'roster.view'): Promise<RosterOverview> {
    await this.authorize(tenantId, actor, action);
    const [roster, districts, conversations, teams] = await Promise.all([
      this.deps.roster.list(tenantId),
      this.deps.districts.list(tenantId),
      this.deps.conversations.list(tenantId),
      this.deps.people ? this.deps.people.activeTeams(tenantId) : Promise.resolve([]),
    ]);
    roster.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    districts.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    return { roster, districts, knownPeople: knownPeopleOf(roster, conversations), teamSearch: teams.length > 0 };
  }

  async change(tenantId: string, actor: Person, person: KnownPerson, change: RosterChange): Promise<RosterChangeOutcome> {
    const action = `roster.${change.op}-${change.role}`;
    const target = { kind: 'roster-entry', id: person.aadObjectId };
    await requireAdmin(this.deps, { tenantId, actor, action, target });
    const who: RosterPerson = { tenantId, ...person };
    // 412: changed meanwhile; 409: created meanwhile; 404: removed meanwhile. Re-read, re-apply.
    return retryOnLostRace(async (): Promise<RosterChangeOutcome> => {
      const [stored, roster] = await Promise.all([
        this.deps.roster.read(tenantId, person.aadObjectId),
        // The whole roster only matters for the last-admin rule.
        change.role === 'admin' && change.op === 'remove' ? this.deps.roster.list(tenantId) : Promise.resolve([]),
      ]);
      const result = applyRosterChange(stored?.doc, who, change, roster);
      if (result.kind === 'unchanged') return { outcome: 'unchanged', roster: await this.sortedRoster(tenantId) };
      if (result.kind === 'refused') {
        await this.deps.audit.record({ tenantId, actor, action, target, before: stored?.doc, outcome: 'refused', reason: result.reason });
        return { outcome: 'refused', reason: result.reason, roster: await this.sortedRoster(tenantId) };
      }
      if (!stored) await this.deps.roster.create(result.entry!);
      else if (result.entry) await this.deps.roster.replace(result.entry, stored.etag);
      else await this.deps.roster.delete(tenantId, person.aadObjectId, stored.etag);
      await this.deps.audit.record({ tenantId, actor, action, target, before: stored?.doc, after: result.entry, outcome: 'done' });
      return { outcome: 'changed', entry: result.entry, roster: await this.sortedRoster(tenantId) };
    }, { isLostRace: lostRaceOrRemoved });
  }

  private async sortedRoster(tenantId: string): Promise<RosterEntry[]> {
    return (await this.deps.roster.list(tenantId)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}

/** Roster people first (they are the ones changed most), then the most recent writers to the bot. */
export function knownPeopleOf(roster: readonly RosterEntry[], conversations: readonly ConversationRecord[]): KnownPerson[] {
  const people = new Map<string, KnownPerson>(roster.map((entry) => [entry.id, { aadObjectId: entry.id, name: entry.name }]));
  const personal = conversations
    .filter((record) => record.scope === 'personal' && record.aadObjectId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  for (const record of personal) {
    if (people.size >= MAX_KNOWN_PEOPLE) break;
    const id = record.aadObjectId!;
    if (!people.has(id)) people.set(id, { aadObjectId: id, name: nameOf(record) ?? id });
  }
  return [...people.values()].slice(0, MAX_KNOWN_PEOPLE).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The display name Teams sent with the person's last message (the reference is opaque here). */
function nameOf(record: ConversationRecord): string | undefined {
  const user = record.reference.user as { name?: unknown } | undefined;
  return typeof user?.name === 'string' && user.name.trim() ? user.name.trim() : undefined;
}
