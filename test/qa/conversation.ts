import { buildAnswerCard } from '../../cards/answer-card.ts';
import type { Language } from '../../src/domain/model.ts';
import type { QaTopic } from '../../src/domain/qa-topic.ts';
import type { Answer } from '../../src/qa/answer.ts';
import type { QuestionAnswerer } from '../../src/qa/answer-questions.ts';

/**
 * Asking as the bot does, for the QA tests: the language decided from the words (else the
 * previous turn's, else Swedish), at a fixed time; `converse` hands each answer's topic to the
 * next turn. `answerer` is read on every call, so a test may build it in `beforeAll`.
 */
export function conversationWith(answerer: () => QuestionAnswerer, now: Date) {
  const ask = (text: string, previous?: QaTopic): Answer => {
    const qa = answerer();
    const language: Language = qa.languageOf(text) ?? previous?.language ?? 'sv';
    return qa.answer(text, { language, now, ...(previous ? { previous } : {}) });
  };
  const converse = (...turns: string[]): Answer[] => {
    const answers: Answer[] = [];
    let previous: QaTopic | undefined;
    for (const turn of turns) {
      const answer = ask(turn, previous);
      previous = answer.topic;
      answers.push(answer);
    }
    return answers;
  };
  return { ask, converse, shown: (answer: Answer) => buildAnswerCard(answer).text };
}
