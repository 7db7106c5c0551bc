import { z } from 'zod';
import { AppError } from './errors.ts';
import { isWeekKey, type WeekKey } from './iso-week.ts';

export const LEVELS = ['green', 'yellow', 'red', 'not-applicable'] as const;
export type Level = (typeof LEVELS)[number];
export const TRENDS = ['better', 'same', 'worse'] as const;
export type Trend = (typeof TRENDS)[number];

// Sized so that a report with every field full still fits one Teams message (~28 KB card):
// 10 × 500 + 1000 + 2000 characters, two bytes each for å, ä, ö.
export const MAX_COMMENT = 500;
export const MAX_PRIORITY_COMMENT = 1000;
export const MAX_OVERALL_COMMENT = 2000;

const comment = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

export const StatusEntrySchema = z.object({
  focusAreaId: z.string().min(1),
  level: z.enum(LEVELS),
  trend: z.enum(TRENDS),
  comment: comment(MAX_COMMENT).default(''),
});
export type StatusEntry = z.infer<typeof StatusEntrySchema>;

/** What a contact fills in: one entry per focus area, and free text. */
export const ReportContentSchema = z.object({
  entries: z.array(StatusEntrySchema),
  priorityComment: comment(MAX_PRIORITY_COMMENT).default(''),
  overallComment: comment(MAX_OVERALL_COMMENT).default(''),
});
export type ReportContent = z.infer<typeof ReportContentSchema>;

export const PersonSchema = z.object({ aadObjectId: z.string().min(1), name: z.string().min(1) });
export type Person = z.infer<typeof PersonSchema>;

export const RevisionSchema = ReportContentSchema.extend({
  revision: z.number().int().min(1),
  submittedBy: PersonSchema,
  submittedAt: z.iso.datetime(),
  late: z.boolean(),
  /** The revision the sender's card showed; differs from revision - 1 when they sent a stale card. */
  basedOn: z.number().int().min(0),
  /** Sent by a deputy (or an admin) while these contacts were away: "Inskickad av X för Y". */
  onBehalfOf: z.array(PersonSchema).optional(),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const StatusReportSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().min(1),
  type: z.literal('status-report'),
  districtId: z.string().min(1),
  week: z.string().refine(isWeekKey, 'an ISO week key like 2026-W47'),
  /** The revision number that is current. */
  current: z.number().int().min(1),
  /** Every revision ever sent, oldest first, including ones sent from a stale card. */
  revisions: z.array(RevisionSchema).min(1),
});
export type StatusReport = z.infer<typeof StatusReportSchema>;

/** Deterministic id: one report per district per ISO week, read with a point read. */
export const statusReportId = (districtId: string, week: WeekKey | string) => `${districtId}:${week}`;

export function currentRevision(report: StatusReport): Revision {
  const revision = report.revisions.find((r) => r.revision === report.current);
  if (!revision) throw new AppError('storage', `Status report ${report.id} has no revision ${report.current}.`);
  return revision;
}

export interface Submission {
  content: ReportContent;
  /** The revision number the sender's card was built from (0 for a fresh report). */
  basedOn: number;
  by: Person;
  at: Date;
  deadline: Date;
  /** The absent contacts a deputy sends for. */
  onBehalfOf?: Person[];
}

export type SubmissionOutcome = 'created' | 'updated' | 'stale';

/**
 * The rule for a submission. Based on the current revision, it becomes the new current one.
 * Sent from a stale card (someone else sent meanwhile), it is kept as a revision, the current one
 * stays, and the sender is told: nothing is lost silently and nobody overwrites unseen work.
 */
export function applySubmission(
  existing: StatusReport | undefined,
  key: { tenantId: string; districtId: string; week: WeekKey },
  submission: Submission,
): { report: StatusReport; outcome: SubmissionOutcome } {
  const revisions = existing?.revisions ?? [];
  const revision: Revision = {
    ...submission.content,
    revision: revisions.length + 1,
    submittedBy: submission.by,
    submittedAt: submission.at.toISOString(),
    late: submission.at.getTime() > submission.deadline.getTime(),
    basedOn: submission.basedOn,
    ...(submission.onBehalfOf?.length ? { onBehalfOf: submission.onBehalfOf } : {}),
  };
  const currentNumber = existing?.current ?? 0;
  const outcome: SubmissionOutcome = !existing ? 'created' : submission.basedOn === currentNumber ? 'updated' : 'stale';
  const report: StatusReport = {
    tenantId: key.tenantId,
    id: statusReportId(key.districtId, key.week),
    type: 'status-report',
    districtId: key.districtId,
    week: key.week,
    current: outcome === 'stale' ? currentNumber : revision.revision,
    revisions: [...revisions, revision],
  };
  return { report, outcome };
}
