import { conversationTopicId, currentTopic, toConversationTopic, type ConversationTopic, type ConversationTopicRepository } from '../domain/conversation-topic.ts';
import type { QaTopic } from '../domain/qa-topic.ts';
import type { Repository } from '../domain/repository.ts';

/** The follow-up context per conversation, over a document store of the conversations container. */
export class ConversationTopicStore implements ConversationTopicRepository {
  constructor(private readonly documents: Repository<ConversationTopic>) {}

  async current(tenantId: string, conversationId: string, now: Date): Promise<QaTopic | undefined> {
    return currentTopic((await this.documents.read(tenantId, conversationTopicId(conversationId)))?.doc, now);
  }

  async remember(tenantId: string, conversationId: string, topic: QaTopic, now: Date): Promise<void> {
    await this.documents.upsert(toConversationTopic(tenantId, conversationId, topic, now));
  }
}
