import { isAppError } from '../domain/errors.ts';
import { personalConversationId } from '../domain/conversation-id.ts';
import type { ConversationRecord } from '../domain/model.ts';
import { emptyReachReport, type ReachReport, type UnreachableReason } from '../domain/team.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { TeamDirectory } from './team-directory.ts';
import type { ListedMember, TeamService } from './team-service.ts';

/** Runs `work` over `items`, `concurrency` at a time. */
async function forEachLimited<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
}

/**
 * Makes people reachable before a proactive send: a person with a personal conversation
 * reference is reached directly; one without is looked up among the members of the teams the app
 * is installed in, the 1:1 chat is created and stored as their conversation reference, so the
 * outbox sends to them as to anyone else. Those left are named with the reason.
 */
export class ReachService {
  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'conversations'>;
      teams: TeamService;
      directory: TeamDirectory;
      /** Reads and conversation creations at a time (the directory throttles the connector calls). */
      concurrency?: number;
      /** How old a member listing may be before a run lists the team again. */
      membersMaxAgeMs?: number;
      onError?: (error: unknown, context: Record<string, unknown>) => void;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** Each of `people` (Entra object ids) once: direct, via a team, or unreachable with the reason. */
  async reach(tenantId: string, people: string[]): Promise<ReachReport> {
    const report = emptyReachReport();
    const unique = [...new Set(people)];
    const concurrency = this.deps.concurrency ?? 32;
    const missing: string[] = [];
    await forEachLimited(unique, concurrency, async (id) => {
      const stored = await this.deps.repositories.conversations.read(tenantId, personalConversationId(id));
      (stored ? report.direct : missing).push(id);
    });
    if (missing.length === 0) return sorted(report);
    const { members, teams, failed } = await this.deps.teams.members(tenantId, { maxAgeMs: this.deps.membersMaxAgeMs ?? 60_000 });
    const byPerson = new Map<string, ListedMember>();
    for (const listed of members) if (!byPerson.has(listed.member.aadObjectId)) byPerson.set(listed.member.aadObjectId, listed);
    const unreachable = (id: string, reason: UnreachableReason) => report.unreachable.push({ id, reason });
    await forEachLimited(missing, concurrency, async (id) => {
      const listed = byPerson.get(id);
      if (!listed) {
        unreachable(id, teams.length === 0 ? 'no-team' : failed.length > 0 ? 'connector-error' : 'not-in-team');
        return;
      }
      try {
        const reference = await this.deps.directory.openPersonalConversation(listed.team, listed.member);
        await this.store(tenantId, id, reference);
        report.viaTeam.push(id);
      } catch (error) {
        this.deps.onError?.(error, { tenantId, person: id, teamId: listed.team.teamId });
        unreachable(id, 'connector-error');
      }
    });
    return sorted(report);
  }

  private async store(tenantId: string, aadObjectId: string, reference: Record<string, unknown>): Promise<void> {
    const record: ConversationRecord = {
      tenantId,
      id: personalConversationId(aadObjectId),
      type: 'conversation',
      scope: 'personal',
      aadObjectId,
      reference,
      // Until they write: the default language; their first message updates it.
      language: 'sv',
      updatedAt: this.now().toISOString(),
    };
    try {
      await this.deps.repositories.conversations.create(record);
    } catch (error) {
      // They wrote to the bot meanwhile: the reference their message left is as good, and newer.
      if (!isAppError(error, 'conflict')) throw error;
    }
  }
}

function sorted(report: ReachReport): ReachReport {
  report.direct.sort();
  report.viaTeam.sort();
  report.unreachable.sort((a, b) => a.id.localeCompare(b.id));
  return report;
}
