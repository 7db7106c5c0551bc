import type { TurnContext } from 'botbuilder';
import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { isVerb, VERB_SCHEMAS, type Verb } from '../cards/verbs.ts';
import type { Reply, TurnInfo } from './samverkan-bot.ts';

/** A card action normalised from either an Action.Execute invoke or an Action.Submit message. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

export type VerbHandler<V extends Verb> = (data: import('zod').infer<(typeof VERB_SCHEMAS)[V]>, turn: TurnInfo, context: TurnContext) => Promise<Reply>;
export type VerbTable = { [V in Verb]: VerbHandler<V> };

/** Reads `{verb, data}` from an adaptiveCard/action invoke value or an Action.Submit value. */
export function readCardAction(activity: TurnContext['activity']): CardAction | undefined {
  const value = activity.value as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object') return undefined;
  if (activity.type === 'invoke') {
    const action = value.action as { verb?: unknown; data?: unknown } | undefined;
    if (!action || typeof action !== 'object') return undefined;
    const data = action.data && typeof action.data === 'object' ? (action.data as Record<string, unknown>) : {};
    return { verb: typeof action.verb === 'string' ? action.verb : String(data.verb ?? ''), data };
  }
  return { verb: typeof value.verb === 'string' ? value.verb : '', data: value };
}

/**
 * Runs a card action through its verb's schema and handler. Unknown verbs and data that does not
 * fit the schema (an old card, a forged payload) get a notice; nothing is stored.
 */
export async function runCardAction(action: CardAction, verbs: VerbTable, baseTurn: TurnInfo, context: TurnContext): Promise<Reply> {
  const lang = action.data.lang;
  const turn: TurnInfo = lang === 'sv' || lang === 'en' ? { ...baseTurn, language: lang } : baseTurn;
  if (!isVerb(action.verb)) return buildNoticeCard(NOTICES.unknownAction, turn.language);
  const parsed = VERB_SCHEMAS[action.verb].safeParse({ ...action.data, verb: action.verb });
  if (!parsed.success) return buildNoticeCard(NOTICES.invalidCard, turn.language);
  const handler = verbs[action.verb] as VerbHandler<typeof action.verb>;
  return handler(parsed.data as never, turn, context);
}
