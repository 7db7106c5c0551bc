import type { AdaptiveCardJson } from '../cards/card-json.ts';
import type { Language, RosterEntry } from '../src/domain/model.ts';
import type { Person } from '../src/domain/status-report.ts';

/**
 * What a handler knows about a turn. The edge (bot/edge/turn-pipeline.ts) builds it once per
 * turn from the Bot Framework activity; handlers never see `botbuilder` types.
 */
export interface Turn {
  tenantId: string;
  userAadObjectId?: string;
  userName?: string;
  /** The user's roster entry (roles, districts), read once per turn; undefined when not on the roster. */
  roster: RosterEntry | undefined;
  /** Decided once per turn: the text's language, else the card's, else the client's, else Swedish. */
  language: Language;
  conversation: TurnConversation;
}

export interface TurnConversation {
  /** The id of the stored conversation record (where proactive messages to it are sent). */
  id: string;
  scope: 'personal' | 'channel' | 'groupChat';
  teamId?: string;
  channelName?: string;
}

/** A card with its plain-text fallback (the notification summary, and what tests read). */
export interface CardReply {
  card: AdaptiveCardJson;
  text: string;
}

/** A plain message: progress ("startad…") or Markdown for long text. */
export interface TextReply {
  text: string;
  markdown?: boolean;
}

export type Reply = CardReply | TextReply;

export const isCardReply = (reply: Reply): reply is CardReply => 'card' in reply;

/**
 * What a handler answers. For a card action the first card replaces the card the user pressed;
 * everything else is sent as new messages, in order.
 */
export interface Outcome {
  replies: Reply[];
  /** The answer to a typeahead search (`application/search` invoke): the choices to offer. */
  searchResults?: Array<{ title: string; value: string }>;
  /** Work that outlives the turn (Teams allows a bot about 15 s): its reply follows in the same conversation. */
  later?: () => Promise<CardReply>;
}

export type HandlerResult = Outcome | Reply | Reply[];

export function toOutcome(result: HandlerResult): Outcome {
  if (Array.isArray(result)) return { replies: result };
  return 'replies' in result ? result : { replies: [result] };
}

/** The person behind a turn, as recorded on what they write and in the audit log. */
export const actorOf = (turn: Pick<Turn, 'userAadObjectId' | 'userName'>): Person => ({
  aadObjectId: turn.userAadObjectId ?? 'unknown',
  name: turn.userName ?? turn.userAadObjectId ?? 'unknown',
});
