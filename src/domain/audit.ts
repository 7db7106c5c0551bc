import { z } from 'zod';

/** One write, as recorded in the append-only audit log (allmän handling on request). */
export const AuditEntrySchema = z.object({
  tenantId: z.string().min(1),
  id: z.string().min(1),
  type: z.literal('audit'),
  at: z.iso.datetime(),
  actor: z.object({ aadObjectId: z.string(), name: z.string() }),
  action: z.string().min(1),
  /** The document written: kind and id. */
  target: z.object({ kind: z.string(), id: z.string() }),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  outcome: z.enum(['done', 'refused']),
  reason: z.string().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
