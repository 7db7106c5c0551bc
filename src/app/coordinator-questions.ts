import { randomUUID } from 'node:crypto';
import {
  answerQuestion,
  checkAnswerText,
  MAX_ATTEMPTED_ANSWER,
  toCuratedAnswer,
  truncateText,
  type AnswerTextProblem,
  type CoordinatorQuestion,
} from '../domain/coordinator-question.ts';
import { AppError, isAppError } from '../domain/errors.ts';
import { addWeeks, weekKeyOf } from '../domain/iso-week.ts';
import type { Language } from '../domain/model.ts';
import type { OutboxItem, OutboxKind } from '../domain/outbox.ts';
import { isSteeringMember } from '../domain/roles.ts';
import type { Person } from '../domain/status-report.ts';
import type { OutboxSender } from '../scheduling/outbox-sender.ts';
import type { OutgoingMessage } from '../scheduling/proactive-sender.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { AuditLog } from './audit-log.ts';
import type { CoordinatorChannelService } from './channel-service.ts';
import { retryOnLostRace } from './retry-lost-race.ts';
import { WorkInProgress } from '../scheduling/work-in-progress.ts';

/** Turns a question into the channel's card and an answer into the asker's; cards/ implements it. */
export interface CoordinatorRenderer {
  questionForCoordinators(question: CoordinatorQuestion, language: Language): OutgoingMessage;
  answerForAsker(question: CoordinatorQuestion, language: Language): OutgoingMessage;
}

/** One post per question in the channel, one answer per question to the asker. */
export const questionPostOutboxId = (questionId: string) => `coordinator-question:${questionId}`;
export const questionAnswerOutboxId = (questionId: string) => `coordinator-answer:${questionId}`;

export interface AskInput {
  tenantId: string;
  asker: Person;
  conversationId: string;
  language: Language;
  question: string;
  attempted: string;
}

export type AnswerOutcome =
  | { outcome: 'answered' | 'already-answered'; question: CoordinatorQuestion }
  | { outcome: 'invalid'; problem: AnswerTextProblem; question: CoordinatorQuestion };
export type SaveOutcome = { outcome: 'saved' | 'already-saved'; question: CoordinatorQuestion };

/**
 * "Fråga en samordnare": an official's question goes to the coordinators' channel, a coordinator
 * (steering member or admin) answers in the card, the answer reaches the asker 1:1, and can be
 * saved as a curated answer the answerer serves from then on. Sends go through the outbox with
 * deterministic ids (as TaskNotifier's), drained in the background unless `delivery` is 'inline'.
 */
export class CoordinatorQuestions {
  private readonly background: WorkInProgress;

  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'coordinatorQuestions' | 'curatedAnswers' | 'outbox' | 'roster'>;
      channels: CoordinatorChannelService;
      audit: AuditLog;
      sender: OutboxSender;
      renderer: CoordinatorRenderer;
      /** The knowledge cache to refresh when a curated answer is saved. */
      knowledge: { invalidate(tenantId: string): void };
      delivery?: 'inline' | 'background';
      onError?: (error: unknown) => void;
      now?: () => Date;
    },
  ) {
    this.background = new WorkInProgress((error) => this.deps.onError?.(error));
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** Stores the question and posts it to the coordinators; undefined when no channel is bound. */
  async ask(input: AskInput): Promise<CoordinatorQuestion | undefined> {
    const channelId = await this.deps.channels.target(input.tenantId);
    if (!channelId) return undefined;
    const question: CoordinatorQuestion = {
      tenantId: input.tenantId,
      id: `q-${randomUUID()}`,
      type: 'coordinator-question',
      asker: input.asker,
      conversationId: input.conversationId,
      channelId,
      language: input.language,
      question: input.question,
      attempted: truncateText(input.attempted, MAX_ATTEMPTED_ANSWER),
      status: 'open',
      askedAt: this.now().toISOString(),
    };
    const stored = await this.deps.repositories.coordinatorQuestions.create(question);
    await this.deps.audit.record({ tenantId: input.tenantId, actor: input.asker, action: 'coordinator-question.create', target: this.targetOf(question), after: stored.doc, outcome: 'done' });
    await this.send('coordinator-question', questionPostOutboxId(question.id), channelId, stored.doc, (language) => this.deps.renderer.questionForCoordinators(stored.doc, language));
    return stored.doc;
  }

  /** A coordinator's answer as written in the card: stored once (the first answer counts), then sent to the asker. */
  async answer(tenantId: string, questionId: string, written: unknown, by: Person): Promise<AnswerOutcome> {
    await this.requireCoordinator(tenantId, by, 'coordinator-question.answer', questionId);
    const result = await retryOnLostRace(async (): Promise<AnswerOutcome> => {
      const current = await this.read(tenantId, questionId);
      const checked = checkAnswerText(written);
      if (!checked.ok) return { outcome: 'invalid', problem: checked.problem, question: current.doc };
      const answered = answerQuestion(current.doc, checked.text, by, this.now());
      if (!answered) return { outcome: 'already-answered', question: current.doc };
      const stored = await this.deps.repositories.coordinatorQuestions.replace(answered, current.etag);
      await this.deps.audit.record({ tenantId, actor: by, action: 'coordinator-question.answer', target: this.targetOf(answered), before: current.doc, after: stored.doc, outcome: 'done' });
      return { outcome: 'answered', question: stored.doc };
    });
    if (result.outcome === 'answered') {
      const question = result.question;
      await this.send('coordinator-answer', questionAnswerOutboxId(question.id), question.asker.aadObjectId, question, (language) => this.deps.renderer.answerForAsker(question, language));
    }
    return result;
  }

  /** "Spara som svar": the answer becomes a curated answer, and the knowledge base is reloaded. */
  async save(tenantId: string, questionId: string, by: Person): Promise<SaveOutcome> {
    await this.requireCoordinator(tenantId, by, 'curated-answer.create', questionId);
    const result = await retryOnLostRace(async (): Promise<SaveOutcome> => {
      const current = await this.read(tenantId, questionId);
      if (current.doc.curatedAnswerId) return { outcome: 'already-saved', question: current.doc };
      const curated = toCuratedAnswer(current.doc, by, this.now());
      const created = await this.deps.repositories.curatedAnswers.create(curated).catch(async (error: unknown) => {
        // Saved before by a write whose question update was lost: keep that one.
        if (!isAppError(error, 'conflict')) throw error;
        return undefined;
      });
      const stored = await this.deps.repositories.coordinatorQuestions.replace({ ...current.doc, curatedAnswerId: curated.id }, current.etag);
      if (created) {
        await this.deps.audit.record({ tenantId, actor: by, action: 'curated-answer.create', target: { kind: 'curated-answer', id: curated.id }, after: created.doc, outcome: 'done' });
      }
      return { outcome: 'saved', question: stored.doc };
    });
    if (result.outcome === 'saved') this.deps.knowledge.invalidate(tenantId);
    return result;
  }

  /** Waits for background sends under way (tests, shutdown). */
  idle(): Promise<void> {
    return this.background.idle();
  }

  private async read(tenantId: string, questionId: string) {
    const current = await this.deps.repositories.coordinatorQuestions.read(tenantId, questionId);
    if (!current) throw new AppError('not-found', `There is no question ${questionId}.`);
    return current;
  }

  /** Steering members and admins answer; a refusal is audited and names the role. */
  private async requireCoordinator(tenantId: string, by: Person, action: string, questionId: string): Promise<void> {
    const entry = (await this.deps.repositories.roster.read(tenantId, by.aadObjectId))?.doc;
    if (isSteeringMember(entry)) return;
    await this.deps.audit.record({ tenantId, actor: by, action, target: { kind: 'coordinator-question', id: questionId }, outcome: 'refused', reason: 'not a steering-group member or admin' });
    throw new AppError('forbidden', 'Only the coordinators (steering-group members and administrators) can answer questions.', { reason: 'steering-only' });
  }

  private targetOf(question: CoordinatorQuestion) {
    return { kind: 'coordinator-question', id: question.id };
  }

  /** Queues the message (composed now, in both languages) and drains this and last week's items of its kind. */
  private async send(kind: OutboxKind, id: string, recipient: string, question: CoordinatorQuestion, message: (language: Language) => OutgoingMessage): Promise<void> {
    const week = weekKeyOf(this.now());
    const item: OutboxItem = {
      tenantId: question.tenantId,
      id,
      type: 'outbox',
      kind,
      week,
      recipient,
      status: 'pending',
      attempts: 0,
      message: { sv: message('sv'), en: message('en') },
      createdAt: this.now().toISOString(),
    };
    await this.deps.repositories.outbox.create(item).catch((error: unknown) => {
      if (!isAppError(error, 'conflict')) throw error;
    });
    const drain = (async () => {
      for (const w of [addWeeks(week, -1), week]) {
        await this.deps.sender.drain(question.tenantId, kind, w, async (queued, conversation) => {
          const composed = queued.message?.[conversation.language];
          if (!composed) throw new Error(`outbox item ${queued.id} has no message`);
          return composed;
        }, { waitForInFlight: false });
      }
    })();
    if (this.deps.delivery === 'inline') return drain;
    this.background.start(drain);
  }
}
