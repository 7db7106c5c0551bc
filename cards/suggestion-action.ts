import type { Language } from '../src/domain/model.ts';
import { executeAction } from './verbs.ts';

/**
 * A suggestion button: the verb `ask` routes its question as if the user had written it, and the
 * answer replaces the card. Not an imBack: the Agents Playground cannot send one.
 */
export const suggestionAction = (question: string, language: Language): Record<string, unknown> =>
  executeAction(question, 'ask', { question }, { lang: language });
