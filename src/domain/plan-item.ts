import { z } from 'zod';
import { DecisionSchema } from './decision.ts';
import { TaskSchema } from './task.ts';

/** A task or a decision: read together, so the weekly summary gets both in one query. */
export const PlanItemSchema = z.discriminatedUnion('type', [TaskSchema, DecisionSchema]);
export type PlanItem = z.infer<typeof PlanItemSchema>;
