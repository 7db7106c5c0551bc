import type { z } from 'zod';
import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { isVerb, VERB_SCHEMAS, type Verb } from '../cards/verbs.ts';
import type { Answer, AnswerKind } from '../src/qa/answer.ts';
import { toOutcome, type HandlerResult, type Outcome, type Turn } from './turn.ts';

/** What a turn asks for, read from the activity by the edge. */
export type TurnInput =
  | { kind: 'install' }
  | { kind: 'card-action'; verb: string; data: Record<string, unknown> }
  | { kind: 'message'; text: string }
  /** A typeahead search of an Input.ChoiceSet with `choices.data` (Teams' `application/search` invoke). */
  | { kind: 'search'; dataset: string; query: string; skip: number; top: number }
  | { kind: 'ignored' };

/** One choice a typeahead search offers: what the user sees, and the input's value if picked. */
export interface SearchChoice {
  title: string;
  value: string;
}

/** Answers a typeahead search of one dataset; at most `top` choices (Teams shows 15). */
export type SearchHandler = (turn: Turn, query: { text: string; skip: number; top: number }) => Promise<SearchChoice[]>;

/** Handlers of card verbs get the data already parsed by the verb's schema. */
export type VerbHandler<V extends Verb> = (turn: Turn, data: z.infer<(typeof VERB_SCHEMAS)[V]>) => Promise<HandlerResult>;
export type VerbHandlers = { [V in Exclude<Verb, 'ask'>]: VerbHandler<V> };

export type IntentHandler<K extends AnswerKind> = (turn: Turn, answer: Extract<Answer, { kind: K }>) => Promise<HandlerResult>;
export type IntentHandlers = { [K in AnswerKind]?: IntentHandler<K> };

/** A chat command that is not a question ("kör statusförfrågan nu"), matched on the trimmed text. */
export interface ChatCommand {
  name: string;
  pattern: RegExp;
  handle(turn: Turn, match: RegExpExecArray): Promise<HandlerResult>;
}

/** One feature's entries in the routing table. */
export interface Feature {
  verbs?: Partial<VerbHandlers>;
  commands?: ChatCommand[];
  intents?: IntentHandlers;
  /** Typeahead datasets (the `dataset` of a card's Data.Query) this feature answers. */
  searches?: Record<string, SearchHandler>;
}

export interface RouterOptions {
  features: Feature[];
  /** The card a new conversation gets (the app was installed or the bot added). */
  welcome(turn: Turn): Promise<HandlerResult>;
  /** Reads a question: its intent and the names and weeks in it. */
  classify(turn: Turn, text: string): Promise<Answer>;
  /** Intents no feature claims are answered from the knowledge base; `question` is the text as asked. */
  answer(turn: Turn, answer: Answer, question: string): Promise<HandlerResult>;
}

export interface RoutingTable {
  verbs: Partial<VerbHandlers>;
  commands: ChatCommand[];
  intents: IntentHandlers;
  searches: Record<string, SearchHandler>;
}

export interface Router {
  route(turn: Turn, input: TurnInput): Promise<Outcome>;
  /** The merged table, for tests and for the help text. */
  table: RoutingTable;
}

/**
 * The one routing table: activity type → install, card verb, chat command or question intent →
 * handler. Features contribute entries; a verb or intent claimed twice stops the start.
 */
export function createRouter(options: RouterOptions): Router {
  const table = mergeFeatures(options.features);

  async function routeText(turn: Turn, text: string): Promise<Outcome> {
    const trimmed = text.trim();
    if (!trimmed) return { replies: [buildNoticeCard(NOTICES.emptyMessage, turn.language)] };
    for (const command of table.commands) {
      const match = command.pattern.exec(trimmed);
      if (match) return toOutcome(await command.handle(turn, match));
    }
    const answer = await options.classify(turn, trimmed);
    const intent = table.intents[answer.kind] as IntentHandler<typeof answer.kind> | undefined;
    return toOutcome(await (intent ? intent(turn, answer as never) : options.answer(turn, answer, trimmed)));
  }

  async function routeVerb(turn: Turn, verb: string, data: Record<string, unknown>): Promise<Outcome> {
    if (!isVerb(verb)) return { replies: [buildNoticeCard(NOTICES.unknownAction, turn.language)] };
    const parsed = VERB_SCHEMAS[verb].safeParse({ ...data, verb });
    if (!parsed.success) return { replies: [buildNoticeCard(NOTICES.invalidCard, turn.language)] };
    // A suggestion button asks its question as if it had been written.
    if (parsed.data.verb === 'ask') return routeText(turn, parsed.data.question);
    const handler = table.verbs[parsed.data.verb] as VerbHandler<typeof parsed.data.verb> | undefined;
    if (!handler) return { replies: [buildNoticeCard(NOTICES.unknownAction, turn.language)] };
    return toOutcome(await handler(turn, parsed.data as never));
  }

  return {
    table,
    async route(turn, input) {
      switch (input.kind) {
        case 'install':
          return toOutcome(await options.welcome(turn));
        case 'card-action':
          return routeVerb(turn, input.verb, input.data);
        case 'message':
          return routeText(turn, input.text);
        case 'search': {
          const search = table.searches[input.dataset];
          const choices = search ? await search(turn, { text: input.query, skip: input.skip, top: input.top }) : [];
          return { replies: [], searchResults: choices };
        }
        case 'ignored':
          return { replies: [] };
      }
    },
  };
}

function mergeFeatures(features: Feature[]): RoutingTable {
  const verbs: Record<string, unknown> = {};
  const intents: Record<string, unknown> = {};
  const commands: ChatCommand[] = [];
  const searches: Record<string, SearchHandler> = {};
  for (const feature of features) {
    for (const [dataset, handler] of Object.entries(feature.searches ?? {})) {
      if (dataset in searches) throw new Error(`the search dataset ${dataset} has two handlers`);
      searches[dataset] = handler;
    }
    for (const [verb, handler] of Object.entries(feature.verbs ?? {})) {
      if (verb in verbs) throw new Error(`the card verb ${verb} has two handlers`);
      verbs[verb] = handler;
    }
    for (const [kind, handler] of Object.entries(feature.intents ?? {})) {
      if (kind in intents) throw new Error(`the intent ${kind} has two handlers`);
      intents[kind] = handler;
    }
    commands.push(...(feature.commands ?? []));
  }
  return { verbs: verbs as Partial<VerbHandlers>, intents: intents as IntentHandlers, commands, searches };
}

/** Card verbs no feature handles: the composition root refuses to start with any (a dead button is a bug). */
export const unhandledVerbs = (table: RoutingTable): string[] => Object.keys(VERB_SCHEMAS).filter((verb) => verb !== 'ask' && !(verb in table.verbs));
