import { z } from 'zod';

/**
 * The next number for task (t-0042) and decision (b-0007) ids, one document per kind and tenant,
 * advanced with its ETag so two members creating at once never get the same number.
 */
export const PlanCounterSchema = z.object({
  tenantId: z.string().min(1),
  id: z.enum(['counter:task', 'counter:decision']),
  type: z.literal('plan-counter'),
  next: z.number().int().min(1),
});
export type PlanCounter = z.infer<typeof PlanCounterSchema>;
