import type { TurnContext } from 'botbuilder';
import type { TurnInfo } from './samverkan-bot.ts';

/** A chat command that is not a question: checked before question answering. */
export interface ChatCommand {
  name: string;
  match(text: string): boolean;
  run(context: TurnContext, turn: TurnInfo, text: string): Promise<void>;
}
