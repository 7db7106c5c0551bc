import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { TeamSighting } from '../../src/app/team-service.ts';
import { channelConversationId, personalConversationId } from '../../src/domain/conversation-id.ts';
import type { ConversationRecord, Language } from '../../src/domain/model.ts';
import type { Repository } from '../../src/domain/repository.ts';

/**
 * Stores where a person or channel can be reached later (proactive messages). Called on every
 * turn; a reference this instance has written before is not written again.
 */
export class ConversationCapture {
  private readonly lastWritten = new Map<string, string>();

  constructor(private readonly conversations: Repository<ConversationRecord>) {}

  async capture(record: ConversationRecord): Promise<void> {
    const fingerprint = JSON.stringify([record.reference, record.language]);
    const key = `${record.tenantId}/${record.id}`;
    if (this.lastWritten.get(key) === fingerprint) return;
    await this.conversations.upsert(record);
    this.lastWritten.set(key, fingerprint);
  }
}

export function toConversationRecord(activity: Activity, tenantId: string, language: Language, now: Date): ConversationRecord | undefined {
  // Without the activity id: it changes every turn, while where to reach someone does not.
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity) as Record<string, unknown>;
  const type = activity.conversation?.conversationType;
  if (type === 'personal' || type === undefined) {
    const aadObjectId = activity.from?.aadObjectId;
    if (!aadObjectId) return undefined;
    return { tenantId, id: personalConversationId(aadObjectId), type: 'conversation', scope: 'personal', aadObjectId, reference, language, updatedAt: now.toISOString() };
  }
  // A channel post's conversation id carries `;messageid=…`; the channel itself is the part before.
  const conversationId = activity.conversation.id.split(';')[0]!;
  const scope = type === 'channel' ? 'channel' : 'groupChat';
  const channelReference = { ...reference, conversation: { ...activity.conversation, id: conversationId } };
  return { tenantId, id: channelConversationId(conversationId), type: 'conversation', scope, reference: channelReference, language, updatedAt: now.toISOString() };
}

/**
 * The team an activity comes from (an install in a team, or anything said in its channels), for
 * reaching its members later; undefined outside teams. Removing the app from the team, or the bot
 * from it, marks the team removed.
 */
export function toTeamSighting(activity: Activity, tenantId: string): TeamSighting | undefined {
  const team = (activity.channelData as { team?: { id?: unknown; name?: unknown } } | undefined)?.team;
  if (typeof team?.id !== 'string' || !team.id || !activity.serviceUrl) return undefined;
  const removed =
    (activity.type === 'installationUpdate' && typeof activity.action === 'string' && activity.action.startsWith('remove')) ||
    (activity.type === ActivityTypes.ConversationUpdate && (activity.membersRemoved ?? []).some((member) => member.id === activity.recipient?.id));
  return {
    tenantId,
    teamId: team.id,
    serviceUrl: activity.serviceUrl,
    ...(typeof team.name === 'string' && team.name ? { name: team.name } : {}),
    ...(activity.recipient?.id ? { botId: activity.recipient.id } : {}),
    ...(removed ? { removed: true } : {}),
  };
}
