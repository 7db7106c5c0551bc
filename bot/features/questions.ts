import { buildAnswerCard } from '../../cards/answer-card.ts';
import type { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { Answer } from '../../src/qa/answer.ts';
import type { DetectLanguage } from '../decide-language.ts';
import type { Feature, RouterOptions } from '../router.ts';
import type { Turn } from '../turn.ts';

export interface QuestionsFeature extends Feature, Pick<RouterOptions, 'welcome' | 'classify' | 'answer'> {
  /** The language of a text by its words and the tenant's knowledge base (the pipeline's language hook). */
  detectLanguage(tenantId: string): Promise<DetectLanguage>;
}

/**
 * Questions about the agreement, answered from the knowledge base: the reader that classifies a
 * question, the answer card for every intent no other feature claims, the welcome and the help.
 */
export function questionsFeature(deps: { knowledge: KnowledgeService }): QuestionsFeature {
  return {
    detectLanguage: async (tenantId: string) => {
      const answerer = await deps.knowledge.answerer(tenantId);
      return (text) => answerer.languageOf(text);
    },
    welcome: async (turn: Turn) => buildAnswerCard({ kind: 'help', language: turn.language }),
    classify: async (turn: Turn, text: string) => (await deps.knowledge.answerer(turn.tenantId)).answer(text, { language: turn.language }),
    answer: async (_turn: Turn, answer: Answer) => buildAnswerCard(answer),
    intents: {
      help: async (turn) => buildAnswerCard({ kind: 'help', language: turn.language }),
    },
  };
}
