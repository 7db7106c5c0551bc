import { isAppError } from '../domain/errors.ts';
import { addWeeks, weekKeyOf, type WeekKey } from '../domain/iso-week.ts';
import type { ConversationRecord, Language, Localized } from '../domain/model.ts';
import type { OutboxItem } from '../domain/outbox.ts';
import type { Person } from '../domain/status-report.ts';
import type { Task } from '../domain/task.ts';
import type { ReachReport, UnreachableReason } from '../domain/team.ts';
import { reminderWeekOf } from '../domain/task-deadlines.ts';
import type { DrainResult, OutboxSender } from '../scheduling/outbox-sender.ts';
import type { OutgoingMessage } from '../scheduling/proactive-sender.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { AssignmentListener } from './task-service.ts';
import { WorkInProgress } from '../scheduling/work-in-progress.ts';

/** One card per assignment: a reassignment (new revision) earns a new one, a re-save does not. */
export const taskAssignedOutboxId = (task: Task) => `task-assigned:${task.id}:${task.assignmentRevision}:${task.assignee?.aadObjectId ?? '-'}`;
/** One reminder per task per due date and assignee: moving the due date earns a new one. */
export const taskReminderOutboxId = (task: Task) => `task-reminder:${task.id}:${task.due.date}:${task.assignee?.aadObjectId ?? '-'}`;

export type TaskOutboxKind = 'task-assigned' | 'task-reminder';

/** What the assignee's card about a task shows: a new assignment, or the reminder before it is due. */
export interface TaskNotificationView {
  kind: 'assigned' | 'reminder';
  task: Task;
  focusAreaName?: Localized;
  districtName?: string;
  /** Who assigned it, as the task's history says. */
  by?: string;
  now: Date;
}

/** What a task's creator is told when its assignee could not be reached. */
export interface AssigneeUnreachableView {
  kind: 'assigned' | 'reminder';
  task: Task;
  assigneeName: string;
  /** Why: the reach step's reason, or `blocked` when Teams refused the send (blocked, app removed). */
  reason: UnreachableReason | 'blocked';
}

/** Turns a task notification into a message; cards/ implements it (src/ never builds cards). */
export interface TaskRenderer {
  taskNotification(view: TaskNotificationView, language: Language): OutgoingMessage;
  assigneeUnreachable(view: AssigneeUnreachableView, language: Language): OutgoingMessage;
}

/**
 * Notifies assignees through the outbox, like the status jobs: an outbox item with a deterministic
 * id is written (a retry, a second instance or a rerun finds it instead of adding one), then
 * `OutboxSender.drain` sends it with the rate limits and records the outcome. The item's `week` is
 * the ISO week of the assignment (task-assigned) or of the reminder day (task-reminder), which is
 * what `drain(tenantId, kind, week, …)` selects on.
 *
 * After an assignment the drain runs in the background (the card action answers at once); an item
 * a failed drain left pending is sent by the next TaskReminderJob run, which drains this and last
 * week's assignments too.
 */
export class TaskNotifier implements AssignmentListener {
  private readonly background: WorkInProgress;

  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'outbox' | 'tasks' | 'focusAreas' | 'districts'>;
      sender: OutboxSender;
      renderer: TaskRenderer;
      /** Makes assignees without a personal conversation reachable through the team (ReachService). */
      reach?: { reach(tenantId: string, people: string[]): Promise<ReachReport> };
      /** 'inline' waits for the send (tests, scripts); 'background' (default) does not. */
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

  async assigned(task: Task, _by: Person): Promise<void> {
    if (!task.assignee) return;
    const week = weekKeyOf(this.now());
    await this.queue(task, 'task-assigned', taskAssignedOutboxId(task), week);
    // Quick drains run beside each other (one per assignment): none waits out another's send.
    const drain = this.drain(task.tenantId, 'task-assigned', week, { waitForInFlight: false });
    if (this.deps.delivery === 'inline') {
      await drain;
      return;
    }
    this.background.start(drain);
  }

  /** Waits for background sends under way (tests, shutdown). */
  idle(): Promise<void> {
    return this.background.idle();
  }

  /** Queues the task's reminder; false when it was queued before. */
  queueReminder(task: Task): Promise<boolean> {
    return this.queue(task, 'task-reminder', taskReminderOutboxId(task), reminderWeekOf(task.due.date));
  }

  /** Sends what is pending of a kind in a week (and of last week: an item may be queued late). */
  async drainWeeks(tenantId: string, kind: TaskOutboxKind, week: WeekKey): Promise<DrainResult> {
    const results = [await this.drain(tenantId, kind, addWeeks(week, -1)), await this.drain(tenantId, kind, week)];
    return results.reduce((sum, r) => ({
      sent: sum.sent + r.sent,
      failed: sum.failed + r.failed,
      unreachable: sum.unreachable + r.unreachable,
      resent: sum.resent + r.resent,
      skipped: sum.skipped + r.skipped,
      throttled: sum.throttled + r.throttled,
    }));
  }

  /**
   * Sends what is pending: assignees without a personal chat are reached through the team first;
   * for each assignee who still cannot be reached, the task's creator is told (once per card).
   */
  async drain(tenantId: string, kind: TaskOutboxKind, week: WeekKey, options: { waitForInFlight?: boolean } = {}): Promise<DrainResult> {
    let reach: ReachReport | undefined;
    if (this.deps.reach) {
      const pending = await this.deps.repositories.outbox.withStatus(tenantId, kind, week, ['pending']);
      if (pending.length > 0) reach = await this.deps.reach.reach(tenantId, pending.map((item) => item.doc.recipient));
    }
    const result = await this.deps.sender.drain(tenantId, kind, week, (item, conversation) => this.render(item, conversation), options);
    if (result.unreachable > 0) await this.tellCreators(tenantId, kind, week, reach);
    return result;
  }

  /** One notice per unreachable card (deterministic id), to the task's creator unless they are the assignee. */
  private async tellCreators(tenantId: string, kind: TaskOutboxKind, week: WeekKey, reach: ReachReport | undefined): Promise<void> {
    const { repositories } = this.deps;
    const reasons = new Map((reach?.unreachable ?? []).map(({ id, reason }) => [id, reason] as const));
    const unreachable = await repositories.outbox.withStatus(tenantId, kind, week, ['unreachable']);
    const creators: string[] = [];
    for (const { doc: item } of unreachable) {
      const task = item.taskId ? (await repositories.tasks.read(tenantId, item.taskId))?.doc : undefined;
      if (!task || task.createdBy.aadObjectId === item.recipient) continue;
      const view: AssigneeUnreachableView = {
        kind: kind === 'task-reminder' ? 'reminder' : 'assigned',
        task,
        assigneeName: task.assignee?.aadObjectId === item.recipient ? task.assignee.name : item.recipient,
        reason: reasons.get(item.recipient) ?? 'blocked',
      };
      const notice: OutboxItem = {
        tenantId,
        id: `task-unreachable:${item.id}`,
        type: 'outbox',
        kind: 'task-unreachable',
        week,
        taskId: task.id,
        recipient: task.createdBy.aadObjectId,
        status: 'pending',
        attempts: 0,
        message: { sv: this.deps.renderer.assigneeUnreachable(view, 'sv'), en: this.deps.renderer.assigneeUnreachable(view, 'en') },
        createdAt: this.now().toISOString(),
      };
      try {
        await repositories.outbox.create(notice);
        creators.push(notice.recipient);
      } catch (error) {
        if (!isAppError(error, 'conflict')) throw error; // told before
      }
    }
    if (unreachable.length === 0) return;
    if (this.deps.reach && creators.length > 0) await this.deps.reach.reach(tenantId, creators);
    await this.deps.sender.drain(tenantId, 'task-unreachable', week, async (item, conversation) => {
      const message = item.message?.[conversation.language];
      if (!message) throw new Error(`notice ${item.id} has no message`);
      return message;
    });
  }

  private async queue(task: Task, kind: TaskOutboxKind, id: string, week: WeekKey): Promise<boolean> {
    const item: OutboxItem = {
      tenantId: task.tenantId,
      id,
      type: 'outbox',
      kind,
      week,
      ...(task.districtId ? { districtId: task.districtId } : {}),
      taskId: task.id,
      recipient: task.assignee!.aadObjectId,
      status: 'pending',
      attempts: 0,
      createdAt: this.now().toISOString(),
    };
    try {
      await this.deps.repositories.outbox.create(item);
      return true;
    } catch (error) {
      if (isAppError(error, 'conflict')) return false;
      throw error;
    }
  }

  private async render(item: OutboxItem, conversation: ConversationRecord): Promise<OutgoingMessage> {
    const { repositories } = this.deps;
    const stored = await repositories.tasks.read(item.tenantId, item.taskId ?? '');
    if (!stored) throw new Error(`task ${item.taskId ?? '?'} of outbox item ${item.id} no longer exists`);
    const task = stored.doc;
    const [area, district] = await Promise.all([
      repositories.focusAreas.read(item.tenantId, task.focusAreaId),
      task.districtId ? repositories.districts.read(item.tenantId, task.districtId) : Promise.resolve(undefined),
    ]);
    const assigner = [...task.history].reverse().find((entry) => 'assignee' in entry.changes)?.by.name;
    const view: TaskNotificationView = {
      kind: item.kind === 'task-reminder' ? 'reminder' : 'assigned',
      task,
      ...(area ? { focusAreaName: area.doc.name } : {}),
      ...(district ? { districtName: district.doc.name } : {}),
      ...(assigner ? { by: assigner } : {}),
      now: this.now(),
    };
    return this.deps.renderer.taskNotification(view, conversation.language);
  }
}
