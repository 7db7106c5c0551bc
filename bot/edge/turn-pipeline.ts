import { ActivityTypes, CardFactory, TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import { AppError } from '../../src/domain/errors.ts';
import type { ConversationRecord, Language, RosterEntry } from '../../src/domain/model.ts';
import type { Logger } from '../../src/logger.ts';
import { decideLanguage, type DetectLanguage } from '../decide-language.ts';
import { replyForError } from '../reply-for-error.ts';
import type { Router, TurnInput } from '../router.ts';
import { isCardReply, type CardReply, type Outcome, type Reply, type Turn, type TurnConversation } from '../turn.ts';
import { tenantOf, type IncomingActivity } from './activity-schema.ts';
import type { BackgroundReplies } from './background-replies.ts';
import { toConversationRecord, toTeamSighting, type ConversationCapture } from './conversation-capture.ts';
import type { TeamSighting } from '../../src/app/team-service.ts';

export interface TurnPipelineDeps {
  router: Router;
  /** The roster entry of the person behind a turn (roles, districts). */
  rosterEntry(tenantId: string, aadObjectId: string | undefined): Promise<RosterEntry | undefined>;
  /** The language of a text by its words, for a tenant (its knowledge base adds words). */
  detectLanguage(tenantId: string): Promise<DetectLanguage>;
  conversations: ConversationCapture;
  /** Stores the team an activity comes from (install or channel message), to reach its members. */
  teams?: { record(sighting: TeamSighting): Promise<void> };
  background: BackgroundReplies;
  logger: Logger;
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const SEARCH_RESPONSE = 'application/vnd.microsoft.search.searchResponse';

/**
 * Every turn passes the same hooks, once, in this order: read and check the activity → resolve
 * the user and roles → decide the language → capture the conversation reference (only when it
 * changed) → route → write what the handler answered; any error on the way becomes one reply
 * (bot/reply-for-error.ts). The HTTP edge has validated the activity's shape and tenant before.
 */
export function createTurnPipeline(deps: TurnPipelineDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const activity = context.activity;
    const tenantId = tenantOf(activity as unknown as IncomingActivity);
    if (!tenantId) return; // the HTTP edge refuses these; proactive turns never reach here
    const input = readTurnInput(activity);
    let language = languageFromActivity(activity, input, undefined);
    try {
      // A card action acts as someone: without the user's Entra id nobody can be checked or recorded.
      // (Suggestion buttons only ask a question, which anyone may.)
      if (input.kind === 'card-action' && input.verb !== 'ask' && !activity.from?.aadObjectId) {
        throw new AppError('forbidden', 'A card action needs the user\'s aadObjectId.', { reason: 'anonymous' });
      }
      const roster = await deps.rosterEntry(tenantId, activity.from?.aadObjectId);
      language = languageFromActivity(activity, input, await deps.detectLanguage(tenantId));
      // Where to reach this person or channel later: built once, used by the turn and the capture.
      const record = toConversationRecord(activity, tenantId, language, new Date());
      const turn = buildTurn(activity, tenantId, roster, language, record);
      await captureConversation(deps, record, activity.id);
      await captureTeam(deps, toTeamSighting(activity, tenantId), activity.id);
      await writeOutcome(context, deps, input, language, await deps.router.route(turn, input));
    } catch (error) {
      const { reply, expected } = replyForError(error, language);
      if (expected) deps.logger.info({ code: (error as { code?: string }).code, activityId: activity.id }, 'a turn was refused');
      else deps.logger.error({ err: error, input: input.kind, activityId: activity.id }, 'a turn failed');
      await writeOutcome(context, deps, input, language, { replies: [reply] });
    }
  };
}

/** What the turn asks for. In channels and group chats only messages that @mention the bot count. */
export function readTurnInput(activity: Activity): TurnInput {
  if (activity.type === ActivityTypes.ConversationUpdate) {
    // Teams sends installationUpdate and conversationUpdate on install; welcome once, on the one every client sends.
    return (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id) ? { kind: 'install' } : { kind: 'ignored' };
  }
  if (activity.type === ActivityTypes.Invoke && activity.name === 'application/search') return readSearch(activity.value);
  if (activity.type === ActivityTypes.Invoke) {
    if (activity.name !== 'adaptiveCard/action') return { kind: 'ignored' };
    const action = (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
    const data = isRecord(action?.data) ? action.data : {};
    return { kind: 'card-action', verb: typeof action?.verb === 'string' ? action.verb : String(data.verb ?? ''), data };
  }
  if (activity.type !== ActivityTypes.Message) return { kind: 'ignored' };
  // Action.Submit (clients without Universal Actions) arrives as a message with the card's data as its value.
  if (activity.value !== undefined && activity.value !== null) {
    const data = isRecord(activity.value) ? activity.value : {};
    return { kind: 'card-action', verb: typeof data.verb === 'string' ? data.verb : '', data };
  }
  const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
  const mentioned = (activity.entities ?? []).some(
    (entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id,
  );
  if (!personal && !mentioned) return { kind: 'ignored' }; // chatter we were not asked about
  return { kind: 'message', text: (mentioned ? TurnContext.removeRecipientMention(activity) : (activity.text ?? '')).trim() };
}

const SearchValueSchema = z.object({
  dataset: z.string().min(1).max(100),
  queryText: z.string().max(200).catch(''),
  queryOptions: z.object({ skip: z.number().int().min(0).max(1000).catch(0), top: z.number().int().min(1).max(50).catch(15) }).catch({ skip: 0, top: 15 }),
});

/** Teams' typeahead search: `{ queryText, queryOptions: { skip, top }, dataset }`. */
function readSearch(value: unknown): TurnInput {
  const parsed = SearchValueSchema.safeParse(value);
  if (!parsed.success) return { kind: 'ignored' };
  const { dataset, queryText, queryOptions } = parsed.data;
  return { kind: 'search', dataset, query: queryText.trim(), skip: queryOptions.skip, top: Math.min(queryOptions.top, 15) };
}

function languageFromActivity(activity: Activity, input: TurnInput, detect: DetectLanguage | undefined): Language {
  const text = input.kind === 'message' ? input.text : input.kind === 'card-action' && input.verb === 'ask' ? String(input.data.question ?? '') : undefined;
  return decideLanguage(
    { ...(text ? { text } : {}), ...(input.kind === 'card-action' ? { cardLanguage: input.data.lang } : {}), ...(activity.locale ? { locale: activity.locale } : {}) },
    detect ?? (() => undefined),
  );
}

function buildTurn(activity: Activity, tenantId: string, roster: RosterEntry | undefined, language: Language, record: ConversationRecord | undefined): Turn {
  return {
    tenantId,
    ...(activity.from?.aadObjectId ? { userAadObjectId: activity.from.aadObjectId } : {}),
    ...(activity.from?.name ? { userName: activity.from.name } : {}),
    roster,
    language,
    conversation: conversationOf(activity, record),
  };
}

interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  teamsTeamId?: string;
}

function conversationOf(activity: Activity, record: ConversationRecord | undefined): TurnConversation {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const teamId = channelData.team?.id ?? channelData.teamsTeamId;
  const channelName = channelData.channel?.name;
  const type = activity.conversation?.conversationType;
  return {
    id: record?.id ?? activity.conversation.id,
    scope: type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal',
    ...(teamId ? { teamId } : {}),
    ...(channelName ? { channelName } : {}),
  };
}

/** A failed capture costs a later proactive message, not this answer: it is logged, not shown. */
async function captureConversation(deps: TurnPipelineDeps, record: ConversationRecord | undefined, activityId: string | undefined): Promise<void> {
  if (!record) return;
  try {
    await deps.conversations.capture(record);
  } catch (error) {
    deps.logger.warn({ err: error, activityId }, 'could not store the conversation reference');
  }
}

/** Like the conversation: a failed capture costs reaching people through the team later, not this turn. */
async function captureTeam(deps: TurnPipelineDeps, sighting: TeamSighting | undefined, activityId: string | undefined): Promise<void> {
  if (!sighting || !deps.teams) return;
  try {
    await deps.teams.record(sighting);
  } catch (error) {
    deps.logger.warn({ err: error, activityId }, 'could not store the team');
  }
}

/**
 * Writes a handler's answer the way the activity needs it: for a card action the first card
 * replaces the card (the invoke response of an Action.Execute, an update of the message of an
 * Action.Submit); every other reply is a new message; `later` work answers when done.
 */
async function writeOutcome(context: TurnContext, deps: TurnPipelineDeps, input: TurnInput, language: Language, outcome: Outcome): Promise<void> {
  const replies = [...outcome.replies];
  const activity = context.activity;
  if (input.kind === 'search') {
    // Anything but the choices (a refusal, an error) answers with none: a typeahead has no place for a card.
    const results = outcome.searchResults ?? [];
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { type: SEARCH_RESPONSE, value: { results } } } });
    return;
  }
  if (activity.type === ActivityTypes.Invoke) {
    const index = replies.findIndex(isCardReply);
    const card = index >= 0 ? (replies.splice(index, 1)[0] as CardReply) : undefined;
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: card ? { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: card.card } } : { status: 200, body: { statusCode: 200 } },
    });
  } else if (input.kind === 'card-action' && activity.replyToId && replies[0] && isCardReply(replies[0])) {
    const card = replies.shift() as CardReply;
    await context.updateActivity({ id: activity.replyToId, type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card.card)], summary: card.text.slice(0, 200) });
  }
  for (const reply of replies) await context.sendActivity(toActivity(reply));
  if (outcome.later) deps.background.start(TurnContext.getConversationReference(activity) as Record<string, unknown>, language, outcome.later);
}

function toActivity(reply: Reply): Partial<Activity> {
  if (isCardReply(reply)) return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(reply.card)], summary: reply.text.slice(0, 200) };
  return { type: ActivityTypes.Message, text: reply.text, ...(reply.markdown ? { textFormat: 'markdown' } : {}) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
