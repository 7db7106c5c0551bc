/** The status jobs: a form to every district contact (request), and again to the late (reminder). */
export const STATUS_JOB_NAMES = ['status-request', 'status-reminder', 'status-last-call'] as const;
export type StatusJobName = (typeof STATUS_JOB_NAMES)[number];

/** After the deadline: the admins get the districts still missing and their contacts (an admin notice, no job of its own). */
export const MISSING_LIST_JOB_NAME = 'status-missing';

/** The weekly summary posted in the steering group's channel. */
export const SUMMARY_JOB_NAME = 'weekly-summary';
/** The daily run that reminds assignees a week before a task is due. */
export const TASK_REMINDER_JOB_NAME = 'task-reminder';

/**
 * Every job by the name its lease, its schedule slot, its outbox items and the operations route
 * (`POST /api/jobs/<name>/run`) use; renaming one here renames it everywhere.
 */
export const JOB_NAMES = [...STATUS_JOB_NAMES, SUMMARY_JOB_NAME, TASK_REMINDER_JOB_NAME] as const;
export type JobName = (typeof JOB_NAMES)[number];
