import { AppError } from '../domain/errors.ts';
import type { Language } from '../domain/model.ts';
import { isAdmin } from '../domain/roles.ts';
import { STEERING_CHANNEL_ID, toConversationRecordId, type SteeringChannel } from '../domain/steering-channel.ts';
import type { Person } from '../domain/status-report.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { AuditLog } from './audit-log.ts';
import { retryOnLostRace } from './retry-lost-race.ts';

export interface ChannelBinding {
  tenantId: string;
  /** The channel's conversation record id (`conversation:<channel id>`) or bare channel id. */
  conversationId: string;
  teamId?: string;
  channelName?: string;
  language?: Language;
}

export type BindOutcome = 'bound' | 'rebound' | 'unchanged';

/** The system "person" that configuration changes are recorded under in the audit log. */
export const CONFIGURATION_ACTOR: Person = { aadObjectId: 'configuration', name: 'configuration (STEERING_CHANNEL_ID)' };


/** The steering group's channel setting: read it, and bind a channel (admins, or configuration). */
export class SteeringChannelService {
  constructor(
    private readonly repositories: Pick<Repositories, 'steeringChannel' | 'roster'>,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(tenantId: string): Promise<SteeringChannel | undefined> {
    return (await this.repositories.steeringChannel.read(tenantId, STEERING_CHANNEL_ID))?.doc;
  }

  /** An admin binds the channel they wrote in; anyone else is refused, and the refusal audited. */
  async bindByAdmin(binding: ChannelBinding, by: Person): Promise<{ outcome: BindOutcome; setting: SteeringChannel }> {
    const entry = (await this.repositories.roster.read(binding.tenantId, by.aadObjectId))?.doc;
    if (!isAdmin(entry)) {
      await this.audit.record({
        tenantId: binding.tenantId,
        actor: by,
        action: 'steering-channel.bind',
        target: { kind: 'steering-channel', id: STEERING_CHANNEL_ID },
        outcome: 'refused',
        reason: 'not an admin',
      });
      throw new AppError('forbidden', 'Only administrators can choose the steering group’s channel.', { reason: 'channel-admin-only' });
    }
    return this.write(binding, by, 'chat');
  }

  /**
   * The channel from configuration (env STEERING_CHANNEL_ID), applied at start: nothing happens
   * without a value or when it is already the bound channel; otherwise configuration wins.
   */
  async applyConfigured(tenantId: string, conversationId: string | undefined): Promise<BindOutcome | undefined> {
    if (!conversationId?.trim()) return undefined;
    return (await this.write({ tenantId, conversationId }, CONFIGURATION_ACTOR, 'config')).outcome;
  }

  /** Read–change–write with the ETag; a lost race is re-read and re-applied. */
  private async write(binding: ChannelBinding, by: Person, source: SteeringChannel['source']): Promise<{ outcome: BindOutcome; setting: SteeringChannel }> {
    const conversationId = toConversationRecordId(binding.conversationId);
    return retryOnLostRace(async () => {
      const existing = await this.repositories.steeringChannel.read(binding.tenantId, STEERING_CHANNEL_ID);
      const before = existing?.doc;
      const language = binding.language ?? before?.language ?? 'sv';
      const sameChannel = before?.conversationId === conversationId;
      if (before && sameChannel && before.language === language) return { outcome: 'unchanged', setting: before };
      // Names are kept from the earlier binding of the same channel (configuration does not know them).
      const teamId = binding.teamId ?? (sameChannel ? before?.teamId : undefined);
      const channelName = binding.channelName ?? (sameChannel ? before?.channelName : undefined);
      const setting: SteeringChannel = {
        tenantId: binding.tenantId,
        id: STEERING_CHANNEL_ID,
        type: 'steering-channel',
        conversationId,
        ...(teamId ? { teamId } : {}),
        ...(channelName ? { channelName } : {}),
        language,
        boundBy: by,
        boundAt: this.now().toISOString(),
        source,
      };
      const stored = existing
        ? await this.repositories.steeringChannel.replace(setting, existing.etag)
        : await this.repositories.steeringChannel.create(setting);
      await this.audit.record({
        tenantId: binding.tenantId,
        actor: by,
        action: 'steering-channel.bind',
        target: { kind: 'steering-channel', id: STEERING_CHANNEL_ID },
        before,
        after: stored.doc,
        outcome: 'done',
      });
      return { outcome: before ? 'rebound' : 'bound', setting: stored.doc };
    });
  }
}

/** For the composition root: applies env STEERING_CHANNEL_ID (if set) for each served tenant. */
export async function applySteeringChannelConfig(
  service: SteeringChannelService,
  tenantIds: string[],
  conversationId: string | undefined,
): Promise<Array<{ tenantId: string; outcome: BindOutcome | undefined }>> {
  const results = [];
  for (const tenantId of tenantIds) results.push({ tenantId, outcome: await service.applyConfigured(tenantId, conversationId) });
  return results;
}
