import { buildAnsweredQuestionCard, buildCoordinatorQuestionCard } from '../../cards/coordinator-question-card.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { both, t } from '../../cards/texts/catalogue.ts';
import { COORDINATOR_NOTICES, COORDINATOR_TEXTS as T } from '../../cards/texts/coordinators.ts';
import { buildUnansweredQuestionsCard } from '../../cards/unanswered-questions-card.ts';
import { ANSWER_TEXT_INPUT } from '../../cards/verbs.ts';
import type { CoordinatorChannelService } from '../../src/app/channel-service.ts';
import type { CoordinatorQuestions } from '../../src/app/coordinator-questions.ts';
import type { QuestionLog } from '../../src/app/question-log.ts';
import { AppError } from '../../src/domain/errors.ts';
import type { Feature } from '../router.ts';
import { actorOf, type Turn } from '../turn.ts';
import { requireAdmin } from './require-role.ts';

export interface CoordinatorsDeps {
  channels: CoordinatorChannelService;
  questions: CoordinatorQuestions;
  questionLog: QuestionLog;
}

const BIND = /^(samordnar(e|na|nas)?(\s*kanal(en)?)?\s+(är\s+)?här|använd\s+(den\s+här|denna)\s+kanal(en)?\s+för\s+samordnar(e|na)|use\s+this\s+channel\s+for\s+(the\s+)?coordinators|coordinators?(\s+channel)?\s+here)\s*[.!]?$/i;
const UNANSWERED = /^((visa\s+)?(obesvarade|ej\s+besvarade)\s+frågor(na)?|(show\s+)?unanswered\s+questions)\s*[.!?]?$/i;

/** The person behind a card press, who must be known: answers and votes are kept per person. */
function knownActor(turn: Turn) {
  if (!turn.userAadObjectId) throw new AppError('forbidden', 'An anonymous user cannot ask or vote.');
  return actorOf(turn);
}

/**
 * "Fråga en samordnare" and the votes under every answer; the coordinators' channel ("samordnare
 * här", admins), answering and saving in its cards (steering members and admins), and the admins'
 * "obesvarade frågor".
 */
export function coordinatorsFeature(deps: CoordinatorsDeps): Feature {
  return {
    commands: [
      {
        name: 'bind-coordinator-channel',
        pattern: BIND,
        async handle(turn) {
          if (turn.conversation.scope !== 'channel') return buildNoticeCard(COORDINATOR_NOTICES.onlyInChannel, turn.language);
          const { teamId, channelName } = turn.conversation;
          const { outcome } = await deps.channels.bindByAdmin(
            { tenantId: turn.tenantId, conversationId: turn.conversation.id, ...(teamId ? { teamId } : {}), ...(channelName ? { channelName } : {}), language: turn.language },
            knownActor(turn),
          );
          const channel = channelName ?? T.thisChannel[turn.language];
          const text = both(outcome === 'unchanged' ? T.alreadyBound : T.bound, { channel });
          return buildNoticeCard({ title: T.boundTitle, text, tone: 'good' }, turn.language);
        },
      },
      {
        name: 'unanswered-questions',
        pattern: UNANSWERED,
        async handle(turn) {
          requireAdmin(turn);
          return buildUnansweredQuestionsCard(await deps.questionLog.unanswered(turn.tenantId), turn.language);
        },
      },
    ],
    verbs: {
      'question.ask': async (turn, data) => {
        const asked = await deps.questions.ask({
          tenantId: turn.tenantId,
          asker: knownActor(turn),
          conversationId: turn.conversation.id,
          language: turn.language,
          question: data.question,
          attempted: data.attempted,
        });
        return buildNoticeCard(asked ? COORDINATOR_NOTICES.questionSent : COORDINATOR_NOTICES.noChannel, turn.language);
      },
      'question.feedback': async (turn, data) => {
        await deps.questionLog.vote(turn.tenantId, knownActor(turn).aadObjectId, { question: data.question, kind: data.kind, vote: data.vote, language: turn.language });
        return buildNoticeCard(data.vote === 'up' ? COORDINATOR_NOTICES.thanksUp : COORDINATOR_NOTICES.thanksDown, turn.language);
      },
      'question.answer': async (turn, data) => {
        const written = data[ANSWER_TEXT_INPUT];
        const result = await deps.questions.answer(turn.tenantId, data.questionId, written, knownActor(turn));
        const lang = turn.language;
        switch (result.outcome) {
          case 'invalid':
            return buildCoordinatorQuestionCard(result.question, lang, result.problem, written);
          case 'already-answered':
            return buildAnsweredQuestionCard(result.question, lang, t(T.alreadyAnswered, lang, { name: result.question.answeredBy?.name ?? '' }));
          case 'answered':
            return buildAnsweredQuestionCard(result.question, lang);
        }
      },
      'question.save': async (turn, data) => buildAnsweredQuestionCard((await deps.questions.save(turn.tenantId, data.questionId, knownActor(turn))).question, turn.language),
    },
  };
}
