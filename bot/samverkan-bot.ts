import { ActivityTypes, CardFactory, TurnContext, type Activity } from 'botbuilder';
import { buildAnswerCard } from '../cards/answer-card.ts';
import type { AdaptiveCardJson } from '../cards/card-json.ts';
import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import type { KnowledgeService } from '../src/app/knowledge-service.ts';
import { isAppError } from '../src/domain/errors.ts';
import { languageFromLocale } from '../src/domain/language.ts';
import { detectLanguage } from '../src/qa/detect-language.ts';
import type { Language } from '../src/domain/model.ts';
import type { Person } from '../src/domain/status-report.ts';
import type { Logger } from '../src/logger.ts';
import type { Answer } from '../src/qa/answer.ts';
import { tenantOf, type IncomingActivity } from './activity-schema.ts';
import type { ChatCommand } from './chat-command.ts';
import { readCardAction, runCardAction, type VerbTable } from './card-actions.ts';
import type { ConversationCapture } from './conversation-capture.ts';

export interface Reply {
  card: AdaptiveCardJson;
  text: string;
}

/** Answers that need live data (status, summaries) are resolved by the feature that owns it. */
export type AnswerResolver = (answer: Answer, turn: TurnInfo) => Promise<Reply[] | undefined>;

export interface TurnInfo {
  tenantId: string;
  language: Language;
  userAadObjectId?: string;
  userName?: string;
}

/** The person behind a turn, as recorded on what they write and in the audit log. */
export const actorOf = (turn: TurnInfo): Person => ({ aadObjectId: turn.userAadObjectId ?? 'unknown', name: turn.userName ?? turn.userAadObjectId ?? 'unknown' });

export interface BotDependencies {
  knowledge: KnowledgeService;
  conversations: ConversationCapture;
  logger: Logger;
  resolveAnswer?: AnswerResolver;
  verbs: VerbTable;
  /** Commands (admin jobs …) tried before the text is read as a question. */
  commands?: ChatCommand[];
}

interface Route {
  name: string;
  select(activity: Activity): boolean;
  handle(context: TurnContext, turn: TurnInfo): Promise<void>;
}

/**
 * The bot's turn logic as a routing table: the first route whose `select` matches the activity
 * handles it. Every turn also stores the conversation reference for later proactive messages.
 */
export function createBot(deps: BotDependencies): (context: TurnContext) => Promise<void> {
  const routes: Route[] = [
    {
      name: 'welcome',
      // Teams sends both installationUpdate and conversationUpdate on install; welcome once, on the
      // one every client sends (the other only stores the conversation reference).
      select: (a) => a.type === ActivityTypes.ConversationUpdate && (a.membersAdded ?? []).some((m) => m.id === a.recipient.id),
      handle: (context, turn) => sendReply(context, buildAnswerCard({ kind: 'help', language: turn.language } as Answer)),
    },
    {
      // Action.Execute: answered in the invoke response, which replaces the card in place.
      name: 'card-action-invoke',
      select: (a) => a.type === ActivityTypes.Invoke && a.name === 'adaptiveCard/action',
      handle: async (context, turn) => {
        const action = readCardAction(context.activity) ?? { verb: '', data: {} };
        const reply = await runCardAction(action, deps.verbs, turn, context);
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: reply.card } },
        });
      },
    },
    {
      // Action.Submit (clients without Universal Actions): the card message is updated in place.
      name: 'card-action-submit',
      select: (a) => a.type === ActivityTypes.Message && a.value !== undefined && a.value !== null,
      handle: async (context, turn) => {
        const action = readCardAction(context.activity) ?? { verb: '', data: {} };
        const reply = await runCardAction(action, deps.verbs, turn, context);
        await replaceCard(context, reply);
      },
    },
    {
      name: 'question',
      select: (a) => a.type === ActivityTypes.Message && typeof a.text === 'string' && a.value === undefined,
      handle: (context, turn) => answerQuestion(context, turn, deps),
    },
  ];

  return async (context) => {
    const activity = context.activity;
    const tenantId = tenantOf(activity as unknown as IncomingActivity);
    if (!tenantId) return; // the HTTP edge refuses these; proactive turns never reach here
    const turn: TurnInfo = {
      tenantId,
      language: languageOfTurn(activity),
      ...(activity.from?.aadObjectId ? { userAadObjectId: activity.from.aadObjectId } : {}),
      ...(activity.from?.name ? { userName: activity.from.name } : {}),
    };
    const route = routes.find((candidate) => candidate.select(activity));
    try {
      // Questions record the language of the answer (capture in answerQuestion); every other turn here.
      if (route?.name !== 'question') await deps.conversations.capture(activity, tenantId, turn.language);
      if (route) await route.handle(context, turn);
    } catch (error) {
      deps.logger.error({ err: error, route: route?.name, activityId: activity.id }, 'a turn failed');
      const notice = isAppError(error, 'retryable') ? NOTICES.busy : isAppError(error, 'forbidden') ? NOTICES.forbidden : NOTICES.internalError;
      const reply = buildNoticeCard(notice, turn.language);
      if (activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: reply.card } },
        });
      } else {
        await sendReply(context, reply);
      }
    }
  };
}

/**
 * The language to answer a turn in: the card's own for a card action, the text's for a message
 * (Stockholm officials often run English clients and write Swedish), else the client's locale.
 */
function languageOfTurn(activity: Activity): Language {
  const value = activity.value as { lang?: unknown; action?: { data?: { lang?: unknown } } } | undefined;
  const cardLanguage = value?.action?.data?.lang ?? value?.lang;
  if (cardLanguage === 'sv' || cardLanguage === 'en') return cardLanguage;
  if (typeof activity.text === 'string' && activity.text.trim()) return detectLanguage(activity.text, activity.locale);
  return languageFromLocale(activity.locale);
}

async function answerQuestion(context: TurnContext, turn: TurnInfo, deps: BotDependencies): Promise<void> {
  const activity = context.activity;
  const isPersonal = (activity.conversation.conversationType ?? 'personal') === 'personal';
  const mentioned = (activity.entities ?? []).some(
    (entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id,
  );
  // In channels and group chats Teams only sends @mentions, but never answer chatter we were not asked.
  if (!isPersonal && !mentioned) {
    await deps.conversations.capture(activity, turn.tenantId, turn.language);
    return;
  }
  const text = (mentioned ? TurnContext.removeRecipientMention(activity) : activity.text ?? '').trim();
  if (!text) {
    await deps.conversations.capture(activity, turn.tenantId, turn.language);
    await sendReply(context, buildNoticeCard(NOTICES.emptyMessage, turn.language));
    return;
  }
  const command = deps.commands?.find((candidate) => candidate.match(text));
  if (command) {
    await deps.conversations.capture(activity, turn.tenantId, turn.language);
    await command.run(context, turn, text);
    return;
  }
  const answerer = await deps.knowledge.answerer(turn.tenantId);
  const answer = answerer.answer(text, { ...(activity.locale ? { locale: activity.locale } : {}) });
  await deps.conversations.capture(activity, turn.tenantId, answer.language);
  const resolved = deps.resolveAnswer ? await deps.resolveAnswer(answer, { ...turn, language: answer.language }) : undefined;
  for (const reply of resolved ?? [buildAnswerCard(answer)]) await sendReply(context, reply);
}

/** Replaces the card the user pressed a button on; sends a new message when that is not possible. */
async function replaceCard(context: TurnContext, reply: Reply): Promise<void> {
  const replyToId = context.activity.replyToId;
  if (!replyToId) {
    await sendReply(context, reply);
    return;
  }
  await context.updateActivity({
    id: replyToId,
    type: ActivityTypes.Message,
    attachments: [CardFactory.adaptiveCard(reply.card)],
    summary: reply.text.slice(0, 200),
  });
}

export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.Message,
    attachments: [CardFactory.adaptiveCard(reply.card)],
    summary: reply.text.slice(0, 200),
  });
}
