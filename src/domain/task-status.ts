import type { TaskStatus } from './task.ts';

/**
 * Which status may follow which. Finished tasks can be reopened (done → in progress, cancelled →
 * not started) but not jump straight to another end state; a same-status change is no change.
 */
export const STATUS_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  'not-started': ['in-progress', 'blocked', 'done', 'cancelled'],
  'in-progress': ['not-started', 'blocked', 'done', 'cancelled'],
  blocked: ['not-started', 'in-progress', 'done', 'cancelled'],
  done: ['in-progress'],
  cancelled: ['not-started'],
};

export const canChangeStatus = (from: TaskStatus, to: TaskStatus) => STATUS_TRANSITIONS[from].includes(to);

/** Finished tasks are never overdue or due. */
export const isOpenStatus = (status: TaskStatus) => status !== 'done' && status !== 'cancelled';
export const OPEN_STATUSES: readonly TaskStatus[] = ['not-started', 'in-progress', 'blocked'];
