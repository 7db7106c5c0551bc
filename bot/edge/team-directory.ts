import pThrottle from 'p-throttle';
import { TeamsInfo, TurnContext, type CloudAdapter, type ConversationParameters, type ConversationReference, type TeamsChannelAccount } from 'botbuilder';
import { TeamDirectoryError, type TeamDirectory } from '../../src/app/team-directory.ts';
import type { Team, TeamMember } from '../../src/domain/team.ts';

const PAGE_SIZE = 100;

/**
 * A team's members and 1:1 chats with them through the Bot Framework connector. Every call goes
 * through one throttle (Teams allows 50 requests per second per app and tenant; the connector
 * client itself waits out a 429's Retry-After).
 */
export class BotTeamDirectory implements TeamDirectory {
  private readonly limit: <T>(fn: () => Promise<T>) => Promise<T>;

  constructor(
    private readonly adapter: CloudAdapter,
    /** In anonymous (local) mode any non-empty id works; the SDK requires one. */
    private readonly appId: string,
    options: { perSecond?: number } = {},
  ) {
    const throttle = pThrottle({ limit: options.perSecond ?? 45, interval: 1000, strict: true });
    this.limit = throttle(<T>(fn: () => Promise<T>) => fn()) as <T>(fn: () => Promise<T>) => Promise<T>;
  }

  private get botAppId() {
    return this.appId || 'samverkan-local';
  }

  async *listMembers(team: Team): AsyncIterable<TeamMember> {
    let continuationToken: string | undefined;
    do {
      const token = continuationToken;
      const page = await this.limit(() => this.inTeam(team, (context) => TeamsInfo.getPagedTeamMembers(context, team.teamId, PAGE_SIZE, token)));
      for (const account of page.members ?? []) {
        const member = toMember(account);
        if (member) yield member;
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken);
  }

  async openPersonalConversation(team: Team, member: TeamMember): Promise<Record<string, unknown>> {
    const bot = { id: team.botId ?? `28:${this.botAppId}`, name: '' };
    const parameters = {
      isGroup: false,
      bot,
      members: [{ id: member.id, name: member.name }],
      tenantId: team.tenantId,
      channelData: { tenant: { id: team.tenantId } },
    } as ConversationParameters;
    let conversationId: string | undefined;
    await this.limit(() =>
      this.call(() =>
        // The audience is the connector's default (the SDK's own samples pass none).
        this.adapter.createConversationAsync(this.botAppId, 'msteams', team.serviceUrl, undefined as unknown as string, parameters, async (context) => {
          conversationId = context.activity.conversation?.id;
        }),
      ),
    );
    if (!conversationId) throw new TeamDirectoryError('the connector created no conversation', 0);
    // The same shape as a reference captured from the person's own message.
    const reference: Partial<ConversationReference> & { user: Record<string, unknown> } = {
      channelId: 'msteams',
      serviceUrl: team.serviceUrl,
      conversation: { id: conversationId, conversationType: 'personal', tenantId: team.tenantId, isGroup: false, name: '' },
      user: { id: member.id, name: member.name, aadObjectId: member.aadObjectId },
      bot,
    };
    return reference as Record<string, unknown>;
  }

  /** Runs `work` with a turn context addressed to the team (its General channel has the team's id). */
  private async inTeam<T>(team: Team, work: (context: TurnContext) => Promise<T>): Promise<T> {
    let outcome: { value: T } | { error: unknown } | undefined;
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: team.serviceUrl,
      conversation: { id: team.teamId, conversationType: 'channel', tenantId: team.tenantId, isGroup: true, name: team.name ?? '' },
      bot: { id: team.botId ?? `28:${this.botAppId}`, name: '' },
    };
    // The adapter hands errors thrown in the callback to onTurnError and resolves; keep them ours.
    await this.call(() =>
      this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        try {
          outcome = { value: await work(context) };
        } catch (error) {
          outcome = { error };
        }
      }),
    );
    if (!outcome) throw new TeamDirectoryError('the connector call did not run', 0);
    if ('error' in outcome) throw toDirectoryError(outcome.error);
    return outcome.value;
  }

  private async call(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      throw toDirectoryError(error);
    }
  }
}

function toMember(account: TeamsChannelAccount): TeamMember | undefined {
  if (!account.id || !account.aadObjectId) return undefined; // bots and guests without an Entra id
  return {
    id: account.id,
    aadObjectId: account.aadObjectId,
    name: account.name || account.userPrincipalName || account.aadObjectId,
    ...(account.userPrincipalName ? { userPrincipalName: account.userPrincipalName } : {}),
    ...(account.email ? { email: account.email } : {}),
  };
}

function toDirectoryError(error: unknown): TeamDirectoryError {
  const e = error as { statusCode?: number; message?: string };
  return new TeamDirectoryError(e.message ?? String(error), typeof e.statusCode === 'number' ? e.statusCode : 0);
}
