import { z } from 'zod';

export const summaryPostId = (week: string) => `summary:${week}`;

/**
 * The record of one week's summary post (id `summary:<week>`, jobs container). It is what makes the
 * post happen once: an instance claims it with its ETag before sending, marks each card part
 * `sending` before and `sent` (with the activity id) after, so a restart or a second instance
 * sends only what is not yet recorded, and never re-sends a part whose fate is unknown.
 */
export const SummaryPartSchema = z.object({
  state: z.enum(['sending', 'sent', 'uncertain']),
  activityId: z.string().optional(),
});
export type SummaryPart = z.infer<typeof SummaryPartSchema>;

export const SummaryPostSchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().regex(/^summary:\d{4}-W\d{2}$/),
  type: z.literal('weekly-summary'),
  week: z.string(),
  status: z.enum(['posting', 'posted', 'failed', 'uncertain']),
  /** The conversation record id of the channel posted to. */
  channel: z.string().optional(),
  parts: z.array(SummaryPartSchema),
  /** How many runs tried to post (a failed post is retried by a rerun). */
  attempts: z.number().int().min(0),
  claimedBy: z.string().optional(),
  claimedUntil: z.iso.datetime().optional(),
  postedAt: z.iso.datetime().optional(),
  /** Why the last attempt failed: a `SummaryFailure` reason, or the error's message. */
  error: z.string().optional(),
  /** How many admins were told about a failure. */
  adminsNotified: z.number().int().min(0).optional(),
  updatedAt: z.iso.datetime(),
});
export type SummaryPost = z.infer<typeof SummaryPostSchema>;

/**
 * Why a week's summary was not posted: no steering channel is chosen, the chosen channel has no
 * conversation reference (the app is not installed in its team), or an error (its message).
 */
export type SummaryFailure = { reason: 'no-channel' } | { reason: 'no-reference' } | { reason: 'error'; message: string };

export const postedActivityIds = (post: SummaryPost): string[] => post.parts.flatMap((part) => (part.activityId ? [part.activityId] : []));
