import { buildAnswerCard } from '../../cards/answer-card.ts';
import type { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { Answer } from '../../src/qa/answer.ts';
import type { Feature, RouterOptions } from '../router.ts';
import type { Turn } from '../turn.ts';

/**
 * Questions about the agreement, answered from the knowledge base: the reader that classifies a
 * question, the answer card for every intent no other feature claims, the welcome and the help.
 */
export function questionsFeature(deps: { knowledge: KnowledgeService }): Feature & Pick<RouterOptions, 'welcome' | 'classify' | 'answer'> {
  return {
    welcome: async (turn: Turn) => buildAnswerCard({ kind: 'help', language: turn.language }),
    classify: async (turn: Turn, text: string) => (await deps.knowledge.answerer(turn.tenantId)).answer(text, { language: turn.language }),
    answer: async (_turn: Turn, answer: Answer) => buildAnswerCard(answer),
    intents: {
      help: async (turn) => buildAnswerCard({ kind: 'help', language: turn.language }),
    },
  };
}
