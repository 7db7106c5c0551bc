import { z } from 'zod';
import { JOB_NAMES } from './jobs.ts';

/**
 * Each job's sends are items of its name; assignment cards, admin notices and coordinator questions and answers are sent outside jobs too;
 * `task-unreachable` tells a task's creator that its assignee could not be reached.
 */
export const OUTBOX_KINDS = [...JOB_NAMES, 'task-assigned', 'admin-notice', 'coordinator-question', 'coordinator-answer', 'task-unreachable'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * One proactive send. Its id is deterministic (kind, week, district, recipient), so a second
 * instance or a restart that fans out again finds the item instead of making another.
 * `sending`: in flight until `claimedUntil`; left so by a sender that died, it is sent again after
 * that (at least once: a rare duplicate is counted, never a loss). `uncertain`: the state earlier
 * versions left such items in; no longer written, and sent again (counted as resent) like them.
 */
export const OutboxItemSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().min(1),
  type: z.literal('outbox'),
  kind: z.enum(OUTBOX_KINDS),
  week: z.string(),
  districtId: z.string().optional(),
  /** The action-plan task a 'task-assigned' or 'task-reminder' item is about. */
  taskId: z.string().optional(),
  /** Whom it is for: a person's aadObjectId, or a channel's conversation record id. */
  recipient: z.string().min(1),
  status: z.enum(['pending', 'sending', 'sent', 'failed', 'unreachable', 'uncertain']),
  attempts: z.number().int().min(0),
  claimedBy: z.string().optional(),
  claimedUntil: z.iso.datetime().optional(),
  sentAt: z.iso.datetime().optional(),
  activityId: z.string().optional(),
  error: z.string().optional(),
  /** A message composed when queued (admin notices), in both languages; others are rendered at send time. */
  message: z
    .object({
      sv: z.object({ card: z.record(z.string(), z.unknown()), text: z.string() }),
      en: z.object({ card: z.record(z.string(), z.unknown()), text: z.string() }),
    })
    .optional(),
  createdAt: z.iso.datetime(),
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;
export type OutboxStatus = OutboxItem['status'];

export const outboxItemId = (kind: OutboxKind, week: string, districtId: string | undefined, recipient: string) =>
  [kind, week, districtId ?? '-', recipient].join(':');

/** A claim on one run of a job for one period (e.g. the status request of 2026-W47). */
export const LeaseSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().min(1),
  type: z.literal('lease'),
  job: z.string().min(1),
  period: z.string().min(1),
  owner: z.string().min(1),
  expiresAt: z.iso.datetime(),
  state: z.enum(['running', 'done']),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().optional(),
});
export type Lease = z.infer<typeof LeaseSchema>;
export const leaseId = (job: string, period: string) => `lease:${job}:${period}`;
