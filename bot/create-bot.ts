import type { DocumentService } from '../src/app/document-service.ts';
import type { KnowledgeService } from '../src/app/knowledge-service.ts';
import type { StatusService } from '../src/app/status-service.ts';
import type { Logger } from '../src/logger.ts';
import type { Repositories } from '../src/storage/create-repositories.ts';
import type { BackgroundReplies } from './edge/background-replies.ts';
import { ConversationCapture } from './edge/conversation-capture.ts';
import { createTurnPipeline } from './edge/turn-pipeline.ts';
import { adminFeature, type AdminDeps } from './features/admin.ts';
import { coordinatorsFeature, type CoordinatorsDeps } from './features/coordinators.ts';
import { documentsFeature } from './features/documents.ts';
import { jobsFeature } from './features/jobs.ts';
import { planFeature, type PlanDeps, type PlanFeatureDeps } from './features/plan.ts';
import { questionsFeature } from './features/questions.ts';
import { statusFeature } from './features/status.ts';
import { steeringFeature, type SteeringFeatureDeps } from './features/steering.ts';
import type { ReadAccess } from './features/require-role.ts';
import { createRouter, unhandledVerbs, type Router } from './router.ts';
import type { StatusJobs } from '../src/app/status-jobs.ts';
import type { TeamService } from '../src/app/team-service.ts';

export interface BotServices {
  repositories: Repositories;
  knowledge: KnowledgeService;
  documents: DocumentService;
  status: StatusService;
  jobs: StatusJobs;
  admin: AdminDeps;
  plan: PlanDeps;
  steering: Omit<SteeringFeatureDeps, 'repositories' | 'status'>;
  coordinators: CoordinatorsDeps;
  background: BackgroundReplies;
  /** The teams the app is installed in (stored on install and on channel activity). */
  teams?: TeamService;
  logger: Logger;
  /** Who may read status, summaries, tasks and decisions (READ_ACCESS); roster members by default. */
  readAccess?: ReadAccess;
  /** Signed download links for the report back's files ("återrapport v40-v47"). */
  reportFiles?: PlanFeatureDeps['reportFiles'];
}

/**
 * The bot: every feature's entries in one routing table, behind one turn pipeline. The order of
 * features is the order chat commands are tried in; questions come last.
 */
export function createBot(services: BotServices) {
  const { repositories, knowledge, status } = services;
  const readAccess = services.readAccess ?? 'roster';
  const questions = questionsFeature({ knowledge, topics: repositories.conversationTopics, questionLog: services.coordinators.questionLog, logger: services.logger, afterReply: (work) => services.background.track(work) });
  const router: Router = createRouter({
    features: [
      jobsFeature({ jobs: services.jobs, status }),
      adminFeature(services.admin),
      steeringFeature({ ...services.steering, repositories, status, readAccess }),
      planFeature({ ...services.plan, reportRepositories: repositories, readAccess, ...(services.reportFiles ? { reportFiles: services.reportFiles } : {}) }),
      statusFeature({ status, knowledge, repositories, readAccess }),
      coordinatorsFeature(services.coordinators),
      documentsFeature({ documents: services.documents }),
      questions,
    ],
    welcome: questions.welcome,
    classify: questions.classify,
    answer: questions.answer,
  });
  const missing = unhandledVerbs(router.table);
  if (missing.length > 0) throw new Error(`no handler for the card verbs ${missing.join(', ')}`);
  const onTurn = createTurnPipeline({
    router,
    rosterEntry: (tenantId, aadObjectId) => status.rosterEntry(tenantId, aadObjectId),
    detectLanguage: questions.detectLanguage,
    conversations: new ConversationCapture(repositories.conversations),
    ...(services.teams ? { teams: services.teams } : {}),
    background: services.background,
    logger: services.logger,
  });
  return { router, onTurn };
}
