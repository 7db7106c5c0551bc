import { buildAnswerCard } from '../../cards/answer-card.ts';
import { buildHelpCard } from '../../cards/help-card.ts';
import { buildWelcomeCard } from '../../cards/welcome-card.ts';
import type { KnowledgeService } from '../../src/app/knowledge-service.ts';
import { districtsOf, isAdmin, isSteeringMember } from '../../src/domain/roles.ts';
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
    welcome: async (turn: Turn) => buildWelcomeCard(turn.language),
    classify: async (turn: Turn, text: string) => (await deps.knowledge.answerer(turn.tenantId)).answer(text, { language: turn.language }),
    answer: async (_turn: Turn, answer: Answer) => buildAnswerCard(answer),
    intents: {
      // What this user may do: contacts, steering members and admins each see their commands too.
      help: async (turn) =>
        buildHelpCard({
          language: turn.language,
          roles: { admin: isAdmin(turn.roster), steering: isSteeringMember(turn.roster), contact: districtsOf(turn.roster).length > 0 },
          inChannel: turn.conversation.scope !== 'personal',
        }),
    },
  };
}
