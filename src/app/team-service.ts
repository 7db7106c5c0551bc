import { isAppError } from '../domain/errors.ts';
import {
  teamDocumentId,
  teamMembersDocumentId,
  type Team,
  type TeamMember,
  type TeamMembersSnapshot,
} from '../domain/team.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { TeamDirectory } from './team-directory.ts';

/** What an install (or any activity in a team) tells about the team. */
export interface TeamSighting {
  tenantId: string;
  teamId: string;
  name?: string;
  serviceUrl: string;
  botId?: string;
  /** The app was removed from the team (installationUpdate remove, the bot removed from the team). */
  removed?: boolean;
}

/** A team member with the team that lists them. */
export interface ListedMember {
  team: Team;
  member: TeamMember;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The teams the app is installed in and their members. A sighting is stored once (a repeated one
 * with nothing new is not written again); members are listed through the TeamDirectory and kept as
 * a snapshot, so the people picker and roster imports need no connector call per keystroke.
 */
export class TeamService {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'teams' | 'teamMembers'>;
      directory?: TeamDirectory;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** Stores the team of an install or of any activity in it; cheap to call on every turn. */
  async record(sighting: TeamSighting): Promise<void> {
    const key = `${sighting.tenantId}/${sighting.teamId}`;
    const fingerprint = JSON.stringify([sighting.name, sighting.serviceUrl, sighting.botId, sighting.removed ?? false]);
    if (this.seen.get(key) === fingerprint) return;
    const { teams } = this.deps.repositories;
    const id = teamDocumentId(sighting.teamId);
    const stored = await teams.read(sighting.tenantId, id);
    const before = stored?.doc;
    const now = this.now().toISOString();
    const team: Team = {
      tenantId: sighting.tenantId,
      id,
      type: 'team',
      teamId: sighting.teamId,
      serviceUrl: sighting.serviceUrl,
      installedAt: before && !before.removedAt ? before.installedAt : now,
      ...((sighting.name ?? before?.name) ? { name: sighting.name ?? before?.name } : {}),
      ...((sighting.botId ?? before?.botId) ? { botId: sighting.botId ?? before?.botId } : {}),
      ...(sighting.removed ? { removedAt: now } : {}),
    };
    const unchanged = before && before.serviceUrl === team.serviceUrl && before.name === team.name && before.botId === team.botId && Boolean(before.removedAt) === Boolean(team.removedAt);
    if (!unchanged) {
      try {
        await (stored ? teams.replace(team, stored.etag) : teams.create(team));
      } catch (error) {
        // Another instance stored the same sighting at the same moment: theirs stands.
        if (!isAppError(error, 'concurrent-change') && !isAppError(error, 'conflict')) throw error;
      }
    }
    this.seen.set(key, fingerprint);
  }

  /** Teams the app is installed in now. */
  async activeTeams(tenantId: string): Promise<Team[]> {
    return (await this.deps.repositories.teams.list(tenantId)).filter((team) => !team.removedAt);
  }

  /**
   * Every member of every active team, listed again when the snapshot is older than `maxAgeMs`.
   * A team whose listing fails is named in `failed` (its last snapshot, if any, is used).
   */
  async members(tenantId: string, options: { maxAgeMs?: number } = {}): Promise<{ members: ListedMember[]; teams: Team[]; failed: Team[] }> {
    const maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
    const teams = await this.activeTeams(tenantId);
    const members: ListedMember[] = [];
    const failed: Team[] = [];
    for (const team of teams) {
      const snapshot = await this.deps.repositories.teamMembers.read(tenantId, teamMembersDocumentId(team.teamId));
      const fresh = snapshot && this.now().getTime() - new Date(snapshot.doc.listedAt).getTime() <= maxAgeMs;
      let listed = fresh ? snapshot.doc.members : undefined;
      if (!listed && this.deps.directory) {
        try {
          listed = await this.list(team);
        } catch {
          failed.push(team);
        }
      }
      listed ??= snapshot?.doc.members ?? [];
      members.push(...listed.map((member) => ({ team, member })));
    }
    return { members, teams, failed };
  }

  /** Lists a team's members through the connector and stores the snapshot. */
  private async list(team: Team): Promise<TeamMember[]> {
    const members: TeamMember[] = [];
    for await (const member of this.deps.directory!.listMembers(team)) members.push(member);
    const snapshot: TeamMembersSnapshot = {
      tenantId: team.tenantId,
      id: teamMembersDocumentId(team.teamId),
      type: 'team-members',
      teamId: team.teamId,
      members,
      listedAt: this.now().toISOString(),
    };
    await this.deps.repositories.teamMembers.upsert(snapshot);
    return members;
  }

  /**
   * Members whose name, UPN or e-mail contains every word of the query (accents and case do not
   * matter), each person once, best first: names that start with the query before the rest.
   */
  async search(tenantId: string, query: string, limit = 15): Promise<TeamMember[]> {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const { members } = await this.members(tenantId);
    const unique = new Map<string, TeamMember>();
    for (const { member } of members) if (!unique.has(member.aadObjectId)) unique.set(member.aadObjectId, member);
    const haystack = (member: TeamMember) => fold([member.name, member.userPrincipalName ?? '', member.email ?? ''].join(' '));
    const matching = [...unique.values()].filter((member) => words.every((word) => haystack(member).includes(word)));
    const first = words[0] ?? '';
    return matching
      .sort((a, b) => Number(!fold(a.name).startsWith(first)) - Number(!fold(b.name).startsWith(first)) || a.name.localeCompare(b.name, 'sv'))
      .slice(0, limit);
  }

  /** A member by Entra object id, UPN or e-mail (case-insensitive), from the snapshots. */
  async findMember(tenantId: string, idOrUpn: string): Promise<TeamMember | undefined> {
    const wanted = idOrUpn.toLowerCase();
    const { members } = await this.members(tenantId);
    return members.find(({ member }) =>
      member.aadObjectId.toLowerCase() === wanted || member.userPrincipalName?.toLowerCase() === wanted || member.email?.toLowerCase() === wanted,
    )?.member;
  }
}
