import { appendAnswerActions } from '../../cards/answer-actions.ts';
import { buildAnswerCard } from '../../cards/answer-card.ts';
import { buildHelpCard } from '../../cards/help-card.ts';
import { buildWelcomeCard } from '../../cards/welcome-card.ts';
import type { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { QuestionLog } from '../../src/app/question-log.ts';
import type { ConversationTopicRepository } from '../../src/domain/conversation-topic.ts';
import { MAX_COORDINATOR_QUESTION, truncateText } from '../../src/domain/coordinator-question.ts';
import type { QaTopic } from '../../src/domain/qa-topic.ts';
import { districtsOf, isAdmin, isSteeringMember } from '../../src/domain/roles.ts';
import type { Logger } from '../../src/logger.ts';
import type { Answer } from '../../src/qa/answer.ts';
import type { DetectLanguage } from '../decide-language.ts';
import type { Feature, RouterOptions } from '../router.ts';
import type { Turn } from '../turn.ts';
import { countAnswer } from '../../src/telemetry-metrics.ts';

export interface QuestionsFeature extends Feature, Pick<RouterOptions, 'welcome' | 'classify' | 'answer'> {
  /** The language of a text by its words and the tenant's knowledge base (the pipeline's language hook). */
  detectLanguage(tenantId: string): Promise<DetectLanguage>;
}

export interface QuestionsDeps {
  knowledge: KnowledgeService;
  /** Each conversation's last topic, read before a question and written after its answer. */
  topics: ConversationTopicRepository;
  /** Where refusals are recorded for the admins' list. */
  questionLog: Pick<QuestionLog, 'recordRefusal'>;
  logger: Logger;
  /** Starts work that need not hold up the reply (shutdown waits for it); without it, the work is awaited. */
  afterReply?: (work: Promise<unknown>) => void;
  now?: () => Date;
}

/**
 * Questions about the agreement, answered from the knowledge base: the reader that classifies a
 * question (with the conversation's last topic, for follow-ups), the answer card for every intent
 * no other feature claims (with "Fråga en samordnare", 👍 and 👎), the welcome and the help.
 */
export function questionsFeature(deps: QuestionsDeps): QuestionsFeature {
  const now = () => deps.now?.() ?? new Date();
  // The answerer hands out the same answer to a repeated question (src/qa/cached-answerer.ts), so its card is built once.
  const cards = new WeakMap<Answer, { question: string; reply: Awaited<ReturnType<typeof buildAnswerCard>> }>();

  /** A topic that cannot be read makes the question a new one: logged, not shown. */
  async function previousTopic(turn: Turn): Promise<QaTopic | undefined> {
    try {
      return await deps.topics.current(turn.tenantId, turn.conversation.id, now());
    } catch (error) {
      deps.logger.warn({ err: error, conversationId: turn.conversation.id }, 'could not read the conversation topic');
      return undefined;
    }
  }

  /**
   * Remembers the answer's topic (awaited, so a quick follow-up reads it; the topic store keeps it
   * in memory and writes it a moment later) and records a refusal after the reply. A failed write
   * is logged and the answer still goes out.
   */
  async function recordAnswer(turn: Turn, answer: Answer, question: string): Promise<void> {
    const { tenantId, conversation } = turn;
    const topic = answer.topic;
    countAnswer(answer.kind);
    if (topic) {
      await deps.topics.remember(tenantId, conversation.id, { ...topic, at: now().toISOString() }, now()).catch((err: unknown) => deps.logger.warn({ err, conversationId: conversation.id }, 'could not store the conversation topic'));
    }
    if (answer.kind === 'no-answer') {
      const refusal = deps.questionLog.recordRefusal(tenantId, question, answer.language).catch((err: unknown) => deps.logger.warn({ err, conversationId: conversation.id }, 'could not record the unanswered question'));
      if (deps.afterReply) deps.afterReply(refusal);
      else await refusal;
    }
  }

  return {
    detectLanguage: async (tenantId: string) => {
      const answerer = await deps.knowledge.answerer(tenantId);
      return (text) => answerer.languageOf(text);
    },
    welcome: async (turn: Turn) => buildWelcomeCard(turn.language),
    classify: async (turn: Turn, text: string) => {
      const [answerer, previous] = await Promise.all([deps.knowledge.answerer(turn.tenantId), previousTopic(turn)]);
      return answerer.answer(text, { language: turn.language, ...(previous ? { previous } : {}) });
    },
    answer: async (turn: Turn, answer: Answer, text: string) => {
      const question = truncateText(text, MAX_COORDINATOR_QUESTION);
      await recordAnswer(turn, answer, question);
      const built = cards.get(answer);
      if (built?.question === question) return built.reply;
      const card = buildAnswerCard(answer);
      const reply = appendAnswerActions(card, { question, attempted: card.text, kind: answer.kind, language: answer.language });
      cards.set(answer, { question, reply });
      return reply;
    },
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
