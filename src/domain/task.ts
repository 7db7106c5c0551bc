import { z } from 'zod';
import { isWeekKey } from './iso-week.ts';
import { PersonSchema } from './status-report.ts';
import { TASK_STATUSES } from './weekly-summary.ts';

export { TASK_STATUSES, type TaskStatus } from './weekly-summary.ts';

/** The kinds of owning organisation the agreement names: a board, an administration, a company, the police. */
export const ORGANISATION_KINDS = ['namnd', 'forvaltning', 'bolag', 'polisen'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MAX_TASK_TITLE = 200;
export const MAX_OWNER_NAME = 120;
export const MAX_TASK_COMMENT = 2000;

/** Short enough to type in chat ("uppgift t-0042"); see allocate-plan-id.ts. */
export const TASK_ID = /^t-\d{4,6}$/;
const RefIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id');

export const DueSchema = z.object({
  date: z.iso.date(),
  week: z.string().refine(isWeekKey, 'an ISO week key like 2026-W47'),
  givenAs: z.enum(['week', 'date']),
});

/** What a steering member fills in on the task form. */
export const TaskFieldsSchema = z.object({
  title: z.string().trim().min(1).max(MAX_TASK_TITLE),
  focusAreaId: RefIdSchema,
  /** Absent: city-wide (hela staden). */
  districtId: RefIdSchema.optional(),
  owner: z.object({ name: z.string().trim().min(1).max(MAX_OWNER_NAME), kind: z.enum(ORGANISATION_KINDS) }),
  assignee: PersonSchema.optional(),
  due: DueSchema,
});
export type TaskFields = z.infer<typeof TaskFieldsSchema>;

export const TaskCommentSchema = z.object({ at: z.iso.datetime(), by: PersonSchema, text: z.string().min(1).max(MAX_TASK_COMMENT) });
export type TaskComment = z.infer<typeof TaskCommentSchema>;

export const TASK_ACTIONS = ['created', 'edited', 'assigned', 'status', 'commented'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** One change as the task's own history shows it (the audit log has the full before/after). */
export const TaskHistoryEntrySchema = z.object({
  revision: z.number().int().min(1),
  at: z.iso.datetime(),
  by: PersonSchema,
  action: z.enum(TASK_ACTIONS),
  /** Field → [before, after] as short display strings. */
  changes: z.record(z.string(), z.tuple([z.string(), z.string()])),
});
export type TaskHistoryEntry = z.infer<typeof TaskHistoryEntrySchema>;

export const TaskSchema = TaskFieldsSchema.extend({
  tenantId: z.string().min(1),
  id: z.string().regex(TASK_ID),
  type: z.literal('task'),
  number: z.number().int().min(1),
  status: z.enum(TASK_STATUSES),
  /** Bumped on every change: forms carry it so a stale form is recognised. */
  revision: z.number().int().min(1),
  /** Bumped when the assignee changes: part of the notification's outbox id. */
  assignmentRevision: z.number().int().min(0),
  comments: z.array(TaskCommentSchema),
  history: z.array(TaskHistoryEntrySchema),
  createdAt: z.iso.datetime(),
  createdBy: PersonSchema,
  updatedAt: z.iso.datetime(),
  /** When it was last marked done, for the report back (återrapportering). */
  doneAt: z.iso.datetime().optional(),
  demo: z.boolean().default(false),
});
export type Task = z.infer<typeof TaskSchema>;

export const taskIdOf = (number: number) => `t-${String(number).padStart(4, '0')}`;
