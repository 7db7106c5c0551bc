/**
 * Ids of the stored conversation records (conversations container) that proactive sends look up:
 * one per person for their 1:1 chat with the bot, one per channel or group chat. Built and read
 * only through these functions, so the two kinds of record never collide.
 */
const PERSONAL_PREFIX = 'user:';
const CHANNEL_PREFIX = 'conversation:';

/** The record of a person's personal chat, by their Entra (AAD) object id. */
export const personalConversationId = (aadObjectId: string) => `${PERSONAL_PREFIX}${aadObjectId}`;

/** The record of a channel or group chat, by its Teams conversation id (`19:…@thread.tacv2`). */
export const channelConversationId = (conversationId: string) => `${CHANNEL_PREFIX}${conversationId}`;

export const isChannelConversationId = (id: string) => id.startsWith(CHANNEL_PREFIX) && id.length > CHANNEL_PREFIX.length;

/** The Teams conversation id inside a channel record id; a bare Teams id is returned as it is. */
export const teamsConversationIdOf = (id: string) => (id.startsWith(CHANNEL_PREFIX) ? id.slice(CHANNEL_PREFIX.length) : id);
