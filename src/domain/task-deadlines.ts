import { DateTime } from 'luxon';
import { addWeeks, weekKeyOf, ZONE, type WeekKey } from './iso-week.ts';
import type { Task } from './task.ts';
import { isOpenStatus } from './task-status.ts';

const todayOf = (asOf: Date) => DateTime.fromJSDate(asOf, { zone: ZONE }).toISODate()!;

/** Overdue: open and its due date (a week's Friday) is before today in Stockholm. */
export function isTaskOverdue(task: Pick<Task, 'status' | 'due'>, asOf: Date): boolean {
  return isOpenStatus(task.status) && task.due.date < todayOf(asOf);
}

/** Open and due in the ISO week after the one `asOf` is in. */
export function isDueNextWeek(task: Pick<Task, 'status' | 'due'>, asOf: Date): boolean {
  return isOpenStatus(task.status) && task.due.week === addWeeks(weekKeyOf(asOf), 1);
}

/** The day the reminder is due: a week before the due date. */
export const reminderDateOf = (dueDate: string) => DateTime.fromISO(dueDate, { zone: ZONE }).minus({ weeks: 1 }).toISODate()!;

/** The ISO week the reminder belongs to (its outbox week). */
export const reminderWeekOf = (dueDate: string): WeekKey => weekKeyOf(DateTime.fromISO(reminderDateOf(dueDate), { zone: ZONE }).toJSDate());

/**
 * A reminder is due from a week before the due date until the due date itself, for an open task
 * with an assignee. One per task per due date: moving the due date earns a new reminder.
 */
export function needsReminder(task: Pick<Task, 'status' | 'due' | 'assignee'>, asOf: Date): boolean {
  if (!task.assignee || !isOpenStatus(task.status)) return false;
  const today = todayOf(asOf);
  return reminderDateOf(task.due.date) <= today && today <= task.due.date;
}
