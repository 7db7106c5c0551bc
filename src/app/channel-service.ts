import { COORDINATOR_CHANNEL_ID, type CoordinatorChannel } from '../domain/coordinator-channel.ts';
import { AppError, type ForbiddenReason } from '../domain/errors.ts';
import type { Language } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
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

/**
 * The channels an admin binds by writing in them: the steering group's (weekly summaries; also
 * settable by configuration) and the coordinators' (questions the bot could not answer; until it
 * is bound, the steering group's channel takes them).
 */
export type ChannelKind = 'steering' | 'coordinator';
type SettingOf<K extends ChannelKind> = K extends 'steering' ? SteeringChannel : CoordinatorChannel;
type ChannelRepositories = Pick<Repositories, 'steeringChannel' | 'coordinatorChannel' | 'roster'>;

/** What differs between the kinds: where the setting is, how it is audited, how a refusal is worded. */
const KINDS = {
  steering: {
    id: STEERING_CHANNEL_ID,
    type: 'steering-channel',
    refusal: { message: 'Only administrators can choose the steering group’s channel.', reason: 'channel-admin-only' },
    repository: (repositories: ChannelRepositories) => repositories.steeringChannel,
  },
  coordinator: {
    id: COORDINATOR_CHANNEL_ID,
    type: 'coordinator-channel',
    refusal: { message: 'Only administrators can choose the coordinators’ channel.', reason: 'admin-only' },
    repository: (repositories: ChannelRepositories) => repositories.coordinatorChannel,
  },
} as const satisfies Record<ChannelKind, { id: string; type: string; refusal: { message: string; reason: ForbiddenReason }; repository: (r: ChannelRepositories) => unknown }>;

/** One kind of channel setting: read it, find where to post, bind a channel (admins, or configuration). */
export class ChannelService<K extends ChannelKind> {
  private readonly spec: (typeof KINDS)[K];

  constructor(
    private readonly kind: K,
    private readonly repositories: ChannelRepositories,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.spec = KINDS[kind];
  }

  private get settings(): Repository<SettingOf<K>> {
    return this.spec.repository(this.repositories) as unknown as Repository<SettingOf<K>>;
  }

  async read(tenantId: string): Promise<SettingOf<K> | undefined> {
    return (await this.settings.read(tenantId, this.spec.id))?.doc;
  }

  /** The conversation record id to post to: this kind's channel; for the coordinators, else the steering group's. */
  async target(tenantId: string): Promise<string | undefined> {
    const [own, steering] = await Promise.all([
      this.read(tenantId),
      this.kind === 'coordinator' ? this.repositories.steeringChannel.read(tenantId, STEERING_CHANNEL_ID) : undefined,
    ]);
    return own?.conversationId ?? steering?.doc.conversationId;
  }

  /** An admin binds the channel they wrote in; anyone else is refused, and the refusal audited. */
  async bindByAdmin(binding: ChannelBinding, by: Person): Promise<{ outcome: BindOutcome; setting: SettingOf<K> }> {
    const entry = (await this.repositories.roster.read(binding.tenantId, by.aadObjectId))?.doc;
    if (!isAdmin(entry)) {
      await this.audit.record({ tenantId: binding.tenantId, actor: by, action: `${this.spec.type}.bind`, target: this.target_, outcome: 'refused', reason: 'not an admin' });
      throw new AppError('forbidden', this.spec.refusal.message, { reason: this.spec.refusal.reason });
    }
    return this.write(binding, by, 'chat');
  }

  /**
   * The steering group's channel from configuration (env STEERING_CHANNEL_ID), applied at start:
   * nothing happens without a value or when it is already the bound channel; otherwise
   * configuration wins. (The coordinators' channel is bound in chat only.)
   */
  async applyConfigured(this: ChannelService<'steering'>, tenantId: string, conversationId: string | undefined): Promise<BindOutcome | undefined> {
    if (!conversationId?.trim()) return undefined;
    return (await this.write({ tenantId, conversationId }, CONFIGURATION_ACTOR, 'config')).outcome;
  }

  private get target_() {
    return { kind: this.spec.type, id: this.spec.id };
  }

  /** Read–change–write with the ETag; a lost race is re-read and re-applied. */
  private async write(binding: ChannelBinding, by: Person, source: SettingOf<K>['source']): Promise<{ outcome: BindOutcome; setting: SettingOf<K> }> {
    const conversationId = toConversationRecordId(binding.conversationId);
    return retryOnLostRace(async () => {
      const existing = await this.settings.read(binding.tenantId, this.spec.id);
      const before = existing?.doc;
      const language = binding.language ?? before?.language ?? 'sv';
      const sameChannel = before?.conversationId === conversationId;
      if (before && sameChannel && before.language === language) return { outcome: 'unchanged' as const, setting: before };
      // Names are kept from the earlier binding of the same channel (configuration does not know them).
      const teamId = binding.teamId ?? (sameChannel ? before?.teamId : undefined);
      const channelName = binding.channelName ?? (sameChannel ? before?.channelName : undefined);
      const setting = {
        tenantId: binding.tenantId,
        id: this.spec.id,
        type: this.spec.type,
        conversationId,
        ...(teamId ? { teamId } : {}),
        ...(channelName ? { channelName } : {}),
        language,
        boundBy: by,
        boundAt: this.now().toISOString(),
        source,
      } as SettingOf<K>;
      const stored = existing ? await this.settings.replace(setting, existing.etag) : await this.settings.create(setting);
      await this.audit.record({ tenantId: binding.tenantId, actor: by, action: `${this.spec.type}.bind`, target: this.target_, before, after: stored.doc, outcome: 'done' });
      return { outcome: before ? ('rebound' as const) : ('bound' as const), setting: stored.doc };
    });
  }
}

export type SteeringChannelService = ChannelService<'steering'>;
export type CoordinatorChannelService = ChannelService<'coordinator'>;

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
