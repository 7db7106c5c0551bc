import { AppError } from './errors.ts';
import type { Person } from './status-report.ts';
import { taskIdOf, type Task, type TaskAction, type TaskFields, type TaskStatus } from './task.ts';
import { canChangeStatus } from './task-status.ts';

/** The fields as short strings, for the history's before/after. */
function displayFields(fields: TaskFields): Record<string, string> {
  return {
    title: fields.title,
    focusAreaId: fields.focusAreaId,
    districtId: fields.districtId ?? '',
    owner: `${fields.owner.name} (${fields.owner.kind})`,
    assignee: fields.assignee ? `${fields.assignee.name} <${fields.assignee.aadObjectId}>` : '',
    due: `${fields.due.date} (${fields.due.givenAs === 'week' ? fields.due.week : 'date'})`,
  };
}

const sameAssignee = (a: Person | undefined, b: Person | undefined) => a?.aadObjectId === b?.aadObjectId;

function withHistory(task: Task, action: TaskAction, changes: Record<string, [string, string]>, by: Person, at: Date): Task {
  const revision = task.revision + 1;
  return { ...task, revision, updatedAt: at.toISOString(), history: [...task.history, { revision, at: at.toISOString(), by, action, changes }] };
}

/** A new task: not started, revision 1, its creation the first history entry. */
export function newTask(input: { tenantId: string; number: number; fields: TaskFields; by: Person; at: Date; demo?: boolean }): Task {
  const at = input.at.toISOString();
  const shown = displayFields(input.fields);
  return {
    ...input.fields,
    tenantId: input.tenantId,
    id: taskIdOf(input.number),
    type: 'task',
    number: input.number,
    status: 'not-started',
    revision: 1,
    assignmentRevision: input.fields.assignee ? 1 : 0,
    comments: [],
    history: [{ revision: 1, at, by: input.by, action: 'created', changes: Object.fromEntries(Object.entries(shown).filter(([, v]) => v !== '').map(([k, v]) => [k, ['', v]])) }],
    createdAt: at,
    createdBy: input.by,
    updatedAt: at,
    demo: input.demo ?? false,
  };
}

export interface EditOutcome {
  task: Task;
  changed: boolean;
  /** The assignee is new (or another person): they get a card. */
  reassigned: boolean;
}

/** Applies the form's fields; only what differs is recorded. A new assignee bumps the assignment revision. */
export function applyTaskEdit(task: Task, fields: TaskFields, by: Person, at: Date): EditOutcome {
  const before = displayFields(task);
  const after = displayFields(fields);
  const changes = Object.fromEntries(Object.keys(after).filter((key) => before[key] !== after[key]).map((key) => [key, [before[key] ?? '', after[key] ?? '']])) as Record<string, [string, string]>;
  if (Object.keys(changes).length === 0) return { task, changed: false, reassigned: false };
  const reassigned = !sameAssignee(task.assignee, fields.assignee) && fields.assignee !== undefined;
  const onlyAssignee = Object.keys(changes).every((key) => key === 'assignee');
  const { districtId: _d, assignee: _a, ...rest } = task;
  const next: Task = {
    ...rest,
    ...fields,
    assignmentRevision: sameAssignee(task.assignee, fields.assignee) ? task.assignmentRevision : task.assignmentRevision + 1,
  };
  return { task: withHistory(next, onlyAssignee ? 'assigned' : 'edited', changes, by, at), changed: true, reassigned };
}

/** A status change along the allowed transitions; a not-allowed one is `invalid-input`. */
export function applyTaskStatus(task: Task, status: TaskStatus, by: Person, at: Date): { task: Task; changed: boolean } {
  if (task.status === status) return { task, changed: false };
  if (!canChangeStatus(task.status, status)) {
    throw new AppError('invalid-input', `A task that is ${task.status} cannot become ${status}.`, { details: { from: task.status, to: status } });
  }
  const next: Task = { ...task, status };
  if (status === 'done') next.doneAt = at.toISOString();
  return { task: withHistory(next, 'status', { status: [task.status, status] }, by, at), changed: true };
}

export function applyTaskComment(task: Task, text: string, by: Person, at: Date): Task {
  const comment = { at: at.toISOString(), by, text };
  return withHistory({ ...task, comments: [...task.comments, comment] }, 'commented', { comment: ['', text.slice(0, 200)] }, by, at);
}
