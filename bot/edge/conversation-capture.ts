import { TurnContext, type Activity } from 'botbuilder';
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
