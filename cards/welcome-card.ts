import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { suggestionAction } from './suggestion-action.ts';
import { t } from './texts/catalogue.ts';
import { WELCOME_TEXTS as T } from './texts/help.ts';

/**
 * The first card a user sees: what Samverkan does, that in personal chat you just write, that in
 * channels it answers when @mentioned, and three questions to start with.
 */
export function buildWelcomeCard(language: Language): { card: AdaptiveCardJson; text: string } {
  const l = language;
  const lines = [t(T.title, l), t(T.what, l), t(T.personal, l), t(T.channels, l), t(T.tryThese, l)];
  const questions = [t(T.askIncluded, l), t(T.askSchools, l), t(T.askHelp, l)];
  const body = [
    { type: 'TextBlock', text: lines[0], weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
    ...lines.slice(1).map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' })),
  ];
  const text = [...lines, ...questions.map((q) => `» ${q}`)].join('\n');
  return { card: adaptiveCard(body, questions.map((question) => suggestionAction(question, language)), text), text };
}
