import { DateTime } from 'luxon';
import { AppError, isAppError } from '../domain/errors.ts';
import { ZONE, type WeekKey } from '../domain/iso-week.ts';
import type { RosterEntry } from '../domain/model.ts';
import type { Stored } from '../domain/repository.ts';
import type { Person } from '../domain/status-report.ts';
import type { Task, TaskFields, TaskStatus } from '../domain/task.ts';
import { applyTaskComment, applyTaskEdit, applyTaskStatus, newTask } from '../domain/task-change.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import { allocatePlanNumber } from './allocate-plan-number.ts';
import type { AuditLog } from './audit-log.ts';
import { requireSteering } from './require-steering.ts';

/** Told about every (re)assignment once the task is stored; queues the assignee's card. */
export interface AssignmentListener {
  assigned(task: Task, by: Person): Promise<void>;
}

export type TaskWriteResult =
  | { outcome: 'saved'; task: Task; reassigned: boolean }
  | { outcome: 'unchanged'; task: Task }
  /** The form was based on an older revision: refused, the current task is shown. */
  | { outcome: 'stale'; task: Task; changedBy: string }
  /** The status cannot follow the current one (someone changed it meanwhile, or a forged card). */
  | { outcome: 'bad-transition'; task: Task; requested: TaskStatus };

const MAX_WRITE_ATTEMPTS = 5;

/** The task as the audit log keeps it: its fields, without the history and comments it carries. */
const snapshot = (task: Task) => {
  const { history: _h, comments, ...rest } = task;
  return { ...rest, comments: comments.length, lastComment: comments.at(-1)?.text };
};

/**
 * The action plan (handlingsplanen). Every write: role check (refusals audited) → read with ETag →
 * pure domain rule → replace with IfMatch → audit entry with before/after; the task carries its own
 * history too. Concurrency, by kind of change:
 * - edits and assignments come from a form showing a revision; if the task changed since, the
 *   write is refused and the current task shown (silently merging a form over someone else's edit
 *   would undo it without either person knowing);
 * - status changes and comments do not depend on the rest of the form, so a lost race (412) is
 *   re-read and re-applied; a status that can no longer follow the current one is refused.
 */
export class TaskService {
  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'tasks' | 'planCounters' | 'roster'>;
      audit: AuditLog;
      assignments?: AssignmentListener;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  private get tasks() {
    return this.deps.repositories.tasks;
  }

  async rosterEntry(tenantId: string, aadObjectId: string | undefined): Promise<RosterEntry | undefined> {
    return aadObjectId ? (await this.deps.repositories.roster.read(tenantId, aadObjectId))?.doc : undefined;
  }

  async read(tenantId: string, taskId: string): Promise<Stored<Task> | undefined> {
    return this.tasks.read(tenantId, taskId);
  }

  /** The role check alone, before a form is read: a stranger learns nothing about what would be accepted. */
  async authorize(tenantId: string, actor: Person, action: string, id: string, alsoAllowed = false): Promise<void> {
    await this.guard(tenantId, actor, action, id, alsoAllowed);
  }

  private guard(tenantId: string, actor: Person, action: string, id: string, alsoAllowed = false) {
    return requireSteering(
      { roster: this.deps.repositories.roster, audit: this.deps.audit },
      { tenantId, actor, action, target: { kind: 'task', id }, alsoAllowed },
    );
  }

  async create(tenantId: string, actor: Person, fields: TaskFields): Promise<Task> {
    await this.guard(tenantId, actor, 'task.create', 'new');
    for (let attempt = 1; ; attempt += 1) {
      const number = await allocatePlanNumber(this.deps.repositories.planCounters, tenantId, 'task');
      const task = newTask({ tenantId, number, fields, by: actor, at: this.now() });
      try {
        const stored = await this.tasks.create(task);
        await this.deps.audit.record({ tenantId, actor, action: 'task.create', target: { kind: 'task', id: task.id }, after: snapshot(stored.doc), outcome: 'done' });
        if (stored.doc.assignee) await this.deps.assignments?.assigned(stored.doc, actor);
        return stored.doc;
      } catch (error) {
        // A counter restored behind the tasks: take the next number.
        if (!isAppError(error, 'conflict') || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  }

  async edit(tenantId: string, actor: Person, taskId: string, basedOn: number, fields: TaskFields): Promise<TaskWriteResult> {
    await this.guard(tenantId, actor, 'task.edit', taskId);
    return this.update(tenantId, taskId, (current) => {
      // Stale only if the form's fields were changed since it was opened; a status change or a
      // comment in between touches nothing the form shows.
      const fieldsChanged = current.history.some((entry) => entry.revision > basedOn && (entry.action === 'edited' || entry.action === 'assigned'));
      if (fieldsChanged || basedOn > current.revision) return { stale: true };
      const { task, changed, reassigned } = applyTaskEdit(current, fields, actor, this.now());
      return { task, changed, reassigned, action: task.history.at(-1)?.action === 'assigned' ? 'task.assign' : 'task.edit' };
    }, actor);
  }

  /** Steering members and admins, and the task's assignee, may change its status. */
  async changeStatus(tenantId: string, actor: Person, taskId: string, status: TaskStatus): Promise<TaskWriteResult> {
    const existing = await this.mustRead(tenantId, taskId);
    await this.guard(tenantId, actor, 'task.status', taskId, existing.doc.assignee?.aadObjectId === actor.aadObjectId);
    return this.update(tenantId, taskId, (current) => {
      try {
        const { task, changed } = applyTaskStatus(current, status, actor, this.now());
        return { task, changed, reassigned: false, action: 'task.status' };
      } catch (error) {
        if (isAppError(error, 'invalid-input')) return { badTransition: status };
        throw error;
      }
    }, actor, existing);
  }

  async comment(tenantId: string, actor: Person, taskId: string, text: string): Promise<TaskWriteResult> {
    const existing = await this.mustRead(tenantId, taskId);
    await this.guard(tenantId, actor, 'task.comment', taskId, existing.doc.assignee?.aadObjectId === actor.aadObjectId);
    return this.update(tenantId, taskId, (current) => ({ task: applyTaskComment(current, text, actor, this.now()), changed: true, reassigned: false, action: 'task.comment' }), actor, existing);
  }

  private async mustRead(tenantId: string, taskId: string): Promise<Stored<Task>> {
    const found = await this.tasks.read(tenantId, taskId);
    if (!found) throw new AppError('not-found', `There is no task ${taskId}.`);
    return found;
  }

  /** Read → apply → replace with the ETag; a lost race (412) re-reads and applies again. */
  private async update(
    tenantId: string,
    taskId: string,
    apply: (current: Task) => { task: Task; changed: boolean; reassigned: boolean; action: string } | { stale: true } | { badTransition: TaskStatus },
    actor: Person,
    first?: Stored<Task>,
  ): Promise<TaskWriteResult> {
    let stored = first ?? (await this.mustRead(tenantId, taskId));
    for (let attempt = 1; ; attempt += 1) {
      const result = apply(stored.doc);
      if ('stale' in result) {
        const editor = [...stored.doc.history].reverse().find((entry) => entry.action === 'edited' || entry.action === 'assigned');
        return { outcome: 'stale', task: stored.doc, changedBy: editor?.by.name ?? stored.doc.createdBy.name };
      }
      if ('badTransition' in result) return { outcome: 'bad-transition', task: stored.doc, requested: result.badTransition };
      if (!result.changed) return { outcome: 'unchanged', task: stored.doc };
      try {
        const written = await this.tasks.replace(result.task, stored.etag);
        await this.deps.audit.record({ tenantId, actor, action: result.action, target: { kind: 'task', id: taskId }, before: snapshot(stored.doc), after: snapshot(written.doc), outcome: 'done' });
        if (result.reassigned) await this.deps.assignments?.assigned(written.doc, actor);
        return { outcome: 'saved', task: written.doc, reassigned: result.reassigned };
      } catch (error) {
        if (!isAppError(error, 'concurrent-change') || attempt >= MAX_WRITE_ATTEMPTS) throw error;
        stored = await this.mustRead(tenantId, taskId);
      }
    }
  }

  // Reads for answers: one query each (TaskRepository), sorted by due date.

  async assignedTo(tenantId: string, aadObjectId: string): Promise<Task[]> {
    return sortByDue(await this.tasks.assignedTo(tenantId, aadObjectId));
  }

  /** Open tasks due before today (Stockholm). */
  async overdue(tenantId: string, asOf: Date, districtId?: string): Promise<Task[]> {
    const today = DateTime.fromJSDate(asOf, { zone: ZONE }).toISODate()!;
    return sortByDue(await this.tasks.openOverdue(tenantId, today, districtId));
  }

  async open(tenantId: string, districtId?: string): Promise<Task[]> {
    return sortByDue(await this.tasks.open(tenantId, districtId));
  }

  async dueIn(tenantId: string, week: WeekKey, districtId?: string): Promise<Task[]> {
    return sortByDue(await this.tasks.dueInWeek(tenantId, week, districtId));
  }

  async inFocusArea(tenantId: string, focusAreaId: string, districtId?: string): Promise<Task[]> {
    return sortByDue(await this.tasks.inFocusArea(tenantId, focusAreaId, districtId));
  }
}

export const sortByDue = (tasks: Task[]) => tasks.sort((a, b) => a.due.date.localeCompare(b.due.date) || a.number - b.number);
