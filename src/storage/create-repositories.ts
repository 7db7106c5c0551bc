import {
  AgreementSchema,
  ConversationRecordSchema,
  DistrictSchema,
  FocusAreaSchema,
  RosterEntrySchema,
  type Agreement,
  type ConversationRecord,
  type District,
  type FocusArea,
  type RosterEntry,
} from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import { AuditEntrySchema, type AuditEntry } from '../domain/audit.ts';
import { LeaseSchema, OutboxItemSchema, type Lease } from '../domain/outbox.ts';
import type { OutboxRepository } from '../domain/outbox-repository.ts';
import { ScheduleSchema, type Schedule } from '../domain/schedule.ts';
import { AbsenceSchema, type Absence } from '../domain/absence.ts';
import { DistrictPauseSchema, type DistrictPause } from '../domain/paused-weeks.ts';
import { StatusReportSchema } from '../domain/status-report.ts';
import type { StatusReportRepository } from '../domain/status-report-repository.ts';
import { SteeringChannelSchema, type SteeringChannel } from '../domain/steering-channel.ts';
import { SummaryPostSchema, type SummaryPost } from '../domain/summary-post.ts';
import { PlanItemSchema } from '../domain/plan-item.ts';
import type { PlanItemRepository } from '../domain/plan-item-repository.ts';
import { TaskSchema } from '../domain/task.ts';
import type { TaskRepository } from '../domain/task-repository.ts';
import { DecisionSchema, type Decision } from '../domain/decision.ts';
import { DocumentVersionSchema, type DocumentVersion } from '../domain/document-version.ts';
import { PlanCounterSchema, type PlanCounter } from '../domain/plan-counter.ts';
import { ConversationTopicSchema, type ConversationTopicRepository } from '../domain/conversation-topic.ts';
import { CoordinatorChannelSchema, type CoordinatorChannel } from '../domain/coordinator-channel.ts';
import { CoordinatorQuestionSchema, type CoordinatorQuestion } from '../domain/coordinator-question.ts';
import { CuratedAnswerSchema, type CuratedAnswer } from '../domain/curated-answer.ts';
import { QuestionFeedbackSchema, QuestionRefusalSchema, type QuestionRefusal } from '../domain/question-feedback.ts';
import type { QuestionFeedbackRepository } from '../domain/question-log-repository.ts';
import { ConversationTopicStore } from './conversation-topic-store.ts';
import { CachedRepository } from './cached-repository.ts';
import { DocumentStore } from './document-store.ts';
import { QuestionFeedbackStore } from './question-feedback-store.ts';
import type { CosmosConnection } from './open-cosmos.ts';
import { OutboxStore } from './outbox-store.ts';
import { PlanItemStore } from './plan-item-store.ts';
import { StatusReportStore } from './status-report-store.ts';
import { TaskStore } from './task-store.ts';
import { createTeamRepositories, type TeamRepositories } from './team-store.ts';

export interface Repositories extends TeamRepositories {
  agreements: Repository<Agreement>;
  /** Versions of agreements that an import replaced (`<id>@v<n>`); the current one is in `agreements`. */
  documentVersions: Repository<DocumentVersion>;
  focusAreas: Repository<FocusArea>;
  districts: Repository<District>;
  roster: Repository<RosterEntry>;
  conversations: Repository<ConversationRecord>;
  schedules: Repository<Schedule>;
  reports: StatusReportRepository;
  audit: Repository<AuditEntry>;
  outbox: OutboxRepository;
  leases: Repository<Lease>;
  steeringChannel: Repository<SteeringChannel>;
  summaries: Repository<SummaryPost>;
  /** Tasks and decisions together, for the weekly summary's one query. */
  planItems: PlanItemRepository;
  tasks: TaskRepository;
  decisions: Repository<Decision>;
  planCounters: Repository<PlanCounter>;
  /** Each conversation's last QA topic, for follow-up questions (kept in memory, written a moment later: `flush` at shutdown). */
  conversationTopics: ConversationTopicRepository & { flush(): Promise<void> };
  coordinatorChannel: Repository<CoordinatorChannel>;
  coordinatorQuestions: Repository<CoordinatorQuestion>;
  curatedAnswers: Repository<CuratedAnswer>;
  questionFeedback: QuestionFeedbackRepository;
  questionRefusals: Repository<QuestionRefusal>;
  /** People's absences (`absence:<id>`): their districts' requests go to the deputies meanwhile. */
  absences: Repository<Absence>;
  /** A district's week marked "ej aktuellt" (`district-pause:<district>:<week>`). */
  districtPauses: Repository<DistrictPause>;
}

const ROSTER_CACHE_MS = 5_000;

export interface RepositoryOptions {
  /** This process is the store's only user (the embedded store): what it keeps in memory needs no re-reading. */
  exclusive?: boolean;
  /** How long a conversation topic read from a shared store is trusted (default 5 s; tests shorten it). */
  topicCacheMs?: number;
  /** A conversation topic's delayed write failed. */
  onTopicWriteError?: (error: unknown, id: string) => void;
}

/** A conversation topic read from a store other instances also write is read again after this. */
const SHARED_TOPIC_CACHE_MS = 5_000;

export function createRepositories({ containers }: CosmosConnection, options: RepositoryOptions = {}): Repositories {
  return {
    agreements: new DocumentStore(containers.reference, AgreementSchema, 'agreement', 'agreement'),
    documentVersions: new DocumentStore(containers.reference, DocumentVersionSchema, 'document version', 'document-version'),
    focusAreas: new DocumentStore(containers.reference, FocusAreaSchema, 'focus area', 'focus-area'),
    districts: new DocumentStore(containers.reference, DistrictSchema, 'district', 'district'),
    // Read by every turn; a role change made on another instance is seen within the 5 s.
    roster: new CachedRepository(new DocumentStore(containers.reference, RosterEntrySchema, 'roster entry', 'roster-entry'), ROSTER_CACHE_MS),
    conversations: new DocumentStore(containers.conversations, ConversationRecordSchema, 'conversation', 'conversation'),
    schedules: new DocumentStore(containers.reference, ScheduleSchema, 'schedule', 'schedule'),
    reports: new StatusReportStore(containers.reports, StatusReportSchema, 'status report', 'status-report'),
    audit: new DocumentStore(containers.audit, AuditEntrySchema, 'audit entry', 'audit'),
    outbox: new OutboxStore(containers.jobs, OutboxItemSchema, 'outbox item', 'outbox'),
    leases: new DocumentStore(containers.jobs, LeaseSchema, 'lease', 'lease'),
    steeringChannel: new DocumentStore(containers.reference, SteeringChannelSchema, 'steering channel setting', 'steering-channel'),
    summaries: new DocumentStore(containers.jobs, SummaryPostSchema, 'weekly summary', 'weekly-summary'),
    planItems: new PlanItemStore(containers.plans, PlanItemSchema, 'task or decision'),
    tasks: new TaskStore(containers.plans, TaskSchema, 'task', 'task'),
    decisions: new DocumentStore(containers.plans, DecisionSchema, 'decision', 'decision'),
    planCounters: new DocumentStore(containers.plans, PlanCounterSchema, 'id counter', 'plan-counter'),
    conversationTopics: new ConversationTopicStore(new DocumentStore(containers.conversations, ConversationTopicSchema, 'conversation topic', 'qa-topic'), {
      readCacheMs: options.exclusive ? Infinity : (options.topicCacheMs ?? SHARED_TOPIC_CACHE_MS),
      ...(options.onTopicWriteError ? { onWriteError: options.onTopicWriteError } : {}),
    }),
    coordinatorChannel: new DocumentStore(containers.reference, CoordinatorChannelSchema, 'coordinator channel setting', 'coordinator-channel'),
    coordinatorQuestions: new DocumentStore(containers.questions, CoordinatorQuestionSchema, 'question to the coordinators', 'coordinator-question'),
    curatedAnswers: new DocumentStore(containers.reference, CuratedAnswerSchema, 'curated answer', 'curated-answer'),
    questionFeedback: new QuestionFeedbackStore(containers.questions, QuestionFeedbackSchema, 'answer feedback', 'question-feedback'),
    questionRefusals: new DocumentStore(containers.questions, QuestionRefusalSchema, 'unanswered question', 'question-refusal'),
    ...createTeamRepositories(containers.conversations),
    absences: new DocumentStore(containers.reference, AbsenceSchema, 'absence', 'absence'),
    districtPauses: new DocumentStore(containers.reference, DistrictPauseSchema, 'paused district week', 'district-pause'),
  };
}
