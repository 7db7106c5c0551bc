import { AppError } from '../domain/errors.ts';
import { COORDINATOR_CHANNEL_ID, type CoordinatorChannel } from '../domain/coordinator-channel.ts';
import { isAdmin } from '../domain/roles.ts';
import { STEERING_CHANNEL_ID, toConversationRecordId } from '../domain/steering-channel.ts';
import type { Person } from '../domain/status-report.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { AuditLog } from './audit-log.ts';
import { retryOnLostRace } from './retry-lost-race.ts';
import type { BindOutcome, ChannelBinding } from './steering-channel-service.ts';

/**
 * The coordinators' channel, where questions the bot could not answer are posted: bound by an
 * admin in the channel ("samordnare här"), like the steering group's; until then the steering
 * group's channel takes the questions.
 */
export class CoordinatorChannelService {
  constructor(
    private readonly repositories: Pick<Repositories, 'coordinatorChannel' | 'steeringChannel' | 'roster'>,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The conversation record id questions are posted to: the coordinators' channel, else the steering group's. */
  async target(tenantId: string): Promise<string | undefined> {
    const [coordinators, steering] = await Promise.all([
      this.repositories.coordinatorChannel.read(tenantId, COORDINATOR_CHANNEL_ID),
      this.repositories.steeringChannel.read(tenantId, STEERING_CHANNEL_ID),
    ]);
    return coordinators?.doc.conversationId ?? steering?.doc.conversationId;
  }

  /** An admin binds the channel they wrote in; anyone else is refused, and the refusal audited. */
  async bindByAdmin(binding: ChannelBinding, by: Person): Promise<BindOutcome> {
    const target = { kind: 'coordinator-channel', id: COORDINATOR_CHANNEL_ID };
    const entry = (await this.repositories.roster.read(binding.tenantId, by.aadObjectId))?.doc;
    if (!isAdmin(entry)) {
      await this.audit.record({ tenantId: binding.tenantId, actor: by, action: 'coordinator-channel.bind', target, outcome: 'refused', reason: 'not an admin' });
      throw new AppError('forbidden', 'Only administrators can choose the coordinators’ channel.', { reason: 'admin-only' });
    }
    const conversationId = toConversationRecordId(binding.conversationId);
    // Read–change–write with the ETag; a lost race is re-read and re-applied.
    return retryOnLostRace(async () => {
      const existing = await this.repositories.coordinatorChannel.read(binding.tenantId, COORDINATOR_CHANNEL_ID);
      const before = existing?.doc;
      const language = binding.language ?? before?.language ?? 'sv';
      if (before?.conversationId === conversationId && before.language === language) return 'unchanged';
      const setting: CoordinatorChannel = {
        tenantId: binding.tenantId,
        id: COORDINATOR_CHANNEL_ID,
        type: 'coordinator-channel',
        conversationId,
        ...(binding.teamId ? { teamId: binding.teamId } : {}),
        ...(binding.channelName ? { channelName: binding.channelName } : {}),
        language,
        boundBy: by,
        boundAt: this.now().toISOString(),
        source: 'chat',
      };
      const stored = existing ? await this.repositories.coordinatorChannel.replace(setting, existing.etag) : await this.repositories.coordinatorChannel.create(setting);
      await this.audit.record({ tenantId: binding.tenantId, actor: by, action: 'coordinator-channel.bind', target, before, after: stored.doc, outcome: 'done' });
      return before ? 'rebound' : 'bound';
    });
  }
}
