import { MAX_ATTEMPTED_ANSWER, MAX_COORDINATOR_QUESTION, truncateText } from '../src/domain/coordinator-question.ts';
import type { Language } from '../src/domain/model.ts';
import type { AdaptiveCardJson } from './card-json.ts';
import { t } from './texts/catalogue.ts';
import { COORDINATOR_TEXTS as T } from './texts/coordinators.ts';
import { executeAction } from './verbs.ts';

export interface AnswerActionsView {
  /** The question as the user asked it. */
  question: string;
  /** What the bot answered (the card's plain text), sent along to the coordinators. */
  attempted: string;
  /** The answer's kind, recorded with a vote. */
  kind: string;
  language: Language;
}

/**
 * Adds "Fråga en samordnare", 👍 and 👎 under a built answer card, as an ActionSet of its own (the
 * card's actions stay its suggestions). The texts they carry are cut, so the card keeps its budget.
 */
export function appendAnswerActions<R extends { card: AdaptiveCardJson; text: string }>(reply: R, view: AnswerActionsView): R {
  const lang = view.language;
  const question = truncateText(view.question.trim(), MAX_COORDINATOR_QUESTION);
  const attempted = truncateText(view.attempted, MAX_ATTEMPTED_ANSWER);
  const vote = (value: 'up' | 'down') => ({
    ...executeAction(t(value === 'up' ? T.voteUp : T.voteDown, lang), 'question.feedback', { question, kind: view.kind, vote: value }, { lang }),
    tooltip: t(value === 'up' ? T.voteUpTip : T.voteDownTip, lang),
  });
  const actionSet = {
    type: 'ActionSet',
    separator: true,
    spacing: 'Medium',
    actions: [executeAction(t(T.askCoordinator, lang), 'question.ask', { question, attempted }, { lang }), vote('up'), vote('down')],
  };
  return { ...reply, card: { ...reply.card, body: [...reply.card.body, actionSet] } };
}
