import { z } from 'zod';
import { channelConversationId, isChannelConversationId, teamsConversationIdOf } from './conversation-id.ts';

export const STEERING_CHANNEL_ID = 'steering-channel';

/**
 * Where the steering group (styrgruppen) lives: one settings document per tenant in the reference
 * container. It points at the channel's conversation record (`conversation:<channel id>`), which
 * holds the reference proactive posts need; written with its ETag, every change audited.
 */
export const SteeringChannelSchema = z.object({
  tenantId: z.string().min(1),
  id: z.literal(STEERING_CHANNEL_ID),
  type: z.literal('steering-channel'),
  conversationId: z.string().refine(isChannelConversationId, `a conversation record id: ${channelConversationId('<channel id>')}`),
  teamId: z.string().optional(),
  channelName: z.string().optional(),
  /** The language of the summaries posted there (the tenant's setting; Swedish unless set). */
  language: z.enum(['sv', 'en']).default('sv'),
  boundBy: z.object({ aadObjectId: z.string().min(1), name: z.string().min(1) }),
  boundAt: z.iso.datetime(),
  source: z.enum(['chat', 'config']),
});
export type SteeringChannel = z.infer<typeof SteeringChannelSchema>;

/** Accepts a record id or a bare Teams channel id (`19:…@thread.tacv2`) and returns the record id. */
export function toConversationRecordId(value: string): string {
  const trimmed = value.trim();
  // A channel post's id carries `;messageid=…`; the channel is the part before.
  return channelConversationId(teamsConversationIdOf(trimmed).split(';')[0]!);
}
