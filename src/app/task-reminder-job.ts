import { DateTime } from 'luxon';
import { addWeeks, weekKeyOf, ZONE, type WeekKey } from '../domain/iso-week.ts';
import { TASK_REMINDER_JOB_NAME } from '../domain/jobs.ts';
import type { Slot } from '../domain/schedule.ts';
import { needsReminder } from '../domain/task-deadlines.ts';
import { DEFAULT_LEASE_MS, withLease } from '../scheduling/lease.ts';
import type { DrainResult } from '../scheduling/outbox-sender.ts';
import type { ScheduledJob } from '../scheduling/scheduler.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { TaskNotifier } from './task-notifier.ts';

export type TaskReminderReport =
  | { job: typeof TASK_REMINDER_JOB_NAME; day: string; ran: true; queued: number; reminders: DrainResult; assignments: DrainResult }
  | { job: typeof TASK_REMINDER_JOB_NAME; day: string; ran: false; reason: 'held' | 'done' };

/**
 * Reminds assignees a week before a task is due. Meant to run every working day (see
 * `taskReminderScheduledJobs`): each run queues a reminder for every open, assigned task whose due
 * date is within the coming week (a task created or moved late still gets one), with an id per
 * task and due date, so daily runs never remind twice. It also drains assignment cards a failed
 * background send left pending. One instance runs per day (a lease on the date).
 */
export class TaskReminderJob {
  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'tasks' | 'leases'>;
      notifier: TaskNotifier;
      owner: string;
      leaseMs?: number;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** `week` is the scheduler's current week; the day that counts is today (Stockholm). */
  async run(tenantId: string, week: WeekKey = weekKeyOf(this.now()), options: { rerun?: boolean } = {}): Promise<TaskReminderReport> {
    const now = this.now();
    const day = DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
    const leaseMs = this.deps.leaseMs ?? DEFAULT_LEASE_MS;
    const leased = await withLease(
      this.deps.repositories.leases,
      { tenantId, job: TASK_REMINDER_JOB_NAME, period: day, owner: this.deps.owner, ttlMs: leaseMs, now, ...(options.rerun ? { rerunDone: true } : {}) },
      async (): Promise<TaskReminderReport> => {
        const current = weekKeyOf(now);
        // Due within a week from today: this ISO week or the next (one query).
        const tasks = await this.deps.repositories.tasks.openAssignedDueIn(tenantId, [current, addWeeks(current, 1)]);
        let queued = 0;
        for (const task of tasks.filter((t) => needsReminder(t, now))) if (await this.deps.notifier.queueReminder(task)) queued += 1;
        const reminders = await this.deps.notifier.drainWeeks(tenantId, 'task-reminder', current);
        const assignments = await this.deps.notifier.drainWeeks(tenantId, 'task-assigned', week);
        return { job: TASK_REMINDER_JOB_NAME, day, ran: true, queued, reminders, assignments };
      },
    );
    return leased.claimed ? leased.result : { job: TASK_REMINDER_JOB_NAME, day, ran: false, reason: leased.reason };
  }
}

/**
 * The Scheduler fires weekly slots, so "every working day" is five slots, Monday to Friday at
 * 07:30 Stockholm (before the working day; croner handles daylight saving).
 */
export function taskReminderScheduledJobs(job: TaskReminderJob, time = '07:30'): ScheduledJob[] {
  return [1, 2, 3, 4, 5].map((weekday) => ({
    name: `${TASK_REMINDER_JOB_NAME}-${weekday}`,
    slot: (): Slot => ({ weekday, time }),
    run: (tenantId, week) => job.run(tenantId, week),
  }));
}
