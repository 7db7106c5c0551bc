import { z } from 'zod';
import { QA_TOPIC_TTL_MS, QaTopicSchema, type QaTopic } from './qa-topic.ts';

/**
 * A conversation's last QA topic, stored beside its conversation record (conversations
 * container). The embedded Cosmos server has no TTL, so `expiresAt` is checked on read: an
 * expired topic is treated as absent (on Azure a container TTL may also delete it).
 */
export const ConversationTopicSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().regex(/^qa-topic:.+/),
  type: z.literal('qa-topic'),
  topic: QaTopicSchema,
  expiresAt: z.iso.datetime(),
});
export type ConversationTopic = z.infer<typeof ConversationTopicSchema>;

/** One document per conversation, by its conversation record id (`user:…` or `conversation:…`). */
export const conversationTopicId = (conversationId: string) => `qa-topic:${conversationId}`;

/** The document for a topic: it lives `QA_TOPIC_TTL_MS` from the answer it describes (or from now, if that time cannot be read). */
export function toConversationTopic(tenantId: string, conversationId: string, topic: QaTopic, now: Date): ConversationTopic {
  const at = Date.parse(topic.at);
  const from = Number.isFinite(at) ? at : now.getTime();
  return { tenantId, id: conversationTopicId(conversationId), type: 'qa-topic', topic, expiresAt: new Date(from + QA_TOPIC_TTL_MS).toISOString() };
}

/** The topic while it is current; undefined once expired. */
export const currentTopic = (doc: ConversationTopic | undefined, now: Date): QaTopic | undefined =>
  doc && Date.parse(doc.expiresAt) > now.getTime() ? doc.topic : undefined;

/** Where the follow-up context of each conversation is kept. */
export interface ConversationTopicRepository {
  /** The conversation's topic, with one point read; undefined when there is none or it expired. */
  current(tenantId: string, conversationId: string, now: Date): Promise<QaTopic | undefined>;
  /** Replaces the conversation's topic (last answer wins: no one else edits it). */
  remember(tenantId: string, conversationId: string, topic: QaTopic, now: Date): Promise<void>;
}
