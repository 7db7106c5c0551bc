import { escapeMarkdown } from './escape-markdown.ts';
import { MAX_COORDINATOR_ANSWER, type AnswerTextProblem, type CoordinatorQuestion } from '../src/domain/coordinator-question.ts';
import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { t } from './texts/catalogue.ts';
import { COORDINATOR_TEXTS as T } from './texts/coordinators.ts';
import { ANSWER_TEXT_INPUT, executeAction } from './verbs.ts';

type Element = Record<string, unknown>;
type CardReply = { card: AdaptiveCardJson; text: string };

const text = (value: string, options: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...options });

/** The question, who asked, and what the bot had answered: the top of every channel card. */
function questionBlocks(question: CoordinatorQuestion, lang: Language): { body: Element[]; lines: string[] } {
  const title = t(T.questionTitle, lang);
  const askedBy = t(T.askedBy, lang, { name: escapeMarkdown(question.asker.name) });
  const body: Element[] = [
    text(title, { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    text(askedBy, { isSubtle: true, spacing: 'None', size: 'Small' }),
    { type: 'Container', style: 'emphasis', items: [text(`”${escapeMarkdown(question.question)}”`)] },
  ];
  const lines = [title, askedBy, `”${question.question}”`];
  if (question.attempted) {
    body.push(text(t(T.botAnswered, lang), { isSubtle: true, size: 'Small' }), text(escapeMarkdown(question.attempted), { isSubtle: true, size: 'Small', spacing: 'None', maxLines: 6 }));
    lines.push(t(T.botAnswered, lang), question.attempted);
  }
  return { body, lines };
}

/** The question as posted in the coordinators' channel: a coordinator answers in the card. */
export function buildCoordinatorQuestionCard(question: CoordinatorQuestion, lang: Language, problem?: AnswerTextProblem, draft?: string): CardReply {
  const { body, lines } = questionBlocks(question, lang);
  body.push({
    type: 'Input.Text',
    id: ANSWER_TEXT_INPUT,
    label: t(T.answerLabel, lang, { name: question.asker.name }),
    placeholder: t(T.answerPlaceholder, lang),
    isMultiline: true,
    maxLength: MAX_COORDINATOR_ANSWER,
    ...(draft ? { value: draft.slice(0, MAX_COORDINATOR_ANSWER) } : {}),
  });
  if (problem) {
    const message = problem === 'empty' ? t(T.answerEmpty, lang) : t(T.answerTooLong, lang, { max: MAX_COORDINATOR_ANSWER });
    body.push(text(message, { color: 'Attention', size: 'Small', spacing: 'None' }));
    lines.push(message);
  }
  const actions = [executeAction(t(T.sendAnswer, lang), 'question.answer', { questionId: question.id }, { lang, style: 'positive' })];
  const fallback = lines.join('\n');
  return { card: adaptiveCard(body, actions, fallback.slice(0, 1000)), text: fallback };
}

/** The channel card once answered: who answered and what, and "Spara som svar" until it is saved. */
export function buildAnsweredQuestionCard(question: CoordinatorQuestion, lang: Language, note?: string): CardReply {
  const { body, lines } = questionBlocks(question, lang);
  const answeredBy = t(T.answeredBy, lang, { name: escapeMarkdown(question.answeredBy?.name ?? '') });
  body.push(text(answeredBy, { weight: 'Bolder', color: 'Good', spacing: 'Medium' }), text(escapeMarkdown(question.answer ?? '')));
  lines.push(answeredBy, question.answer ?? '');
  if (note) {
    body.push(text(note, { color: 'Attention', size: 'Small' }));
    lines.push(note);
  }
  const actions: Element[] = [];
  if (question.curatedAnswerId) {
    const saved = t(T.saved, lang);
    body.push(text(saved, { isSubtle: true, size: 'Small' }));
    lines.push(saved);
  } else {
    body.push(text(t(T.saveHint, lang), { isSubtle: true, size: 'Small' }));
    lines.push(t(T.saveHint, lang));
    actions.push(executeAction(t(T.saveAsAnswer, lang), 'question.save', { questionId: question.id }, { lang }));
  }
  const fallback = lines.join('\n');
  return { card: adaptiveCard(body, actions, fallback.slice(0, 1000)), text: fallback };
}

/** What the asker gets 1:1: the coordinator's answer under their original question. */
export function buildCoordinatorAnswerCard(question: CoordinatorQuestion, lang: Language): CardReply {
  const title = t(T.answerFrom, lang, { name: escapeMarkdown(question.answeredBy?.name ?? '') });
  const asked = t(T.yourQuestion, lang, { question: escapeMarkdown(question.question) });
  const body = [text(title, { weight: 'Bolder', size: 'Medium', style: 'heading' }), text(asked, { isSubtle: true, size: 'Small' }), text(escapeMarkdown(question.answer ?? ''))];
  const fallback = [title, asked, question.answer ?? ''].join('\n');
  return { card: adaptiveCard(body, [], fallback.slice(0, 1000)), text: fallback };
}
