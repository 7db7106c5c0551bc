import type { WeekKey } from './iso-week.ts';
import type { PlanItem } from './plan-item.ts';

/** Tasks and decisions together, for the reads that need both in one query. */
export interface PlanItemRepository {
  /** What the weekly summary lists: open tasks due by the end of `dueBy`, and decisions awaiting political anchoring. */
  openTasksAndUnanchoredDecisions(tenantId: string, dueBy: WeekKey): Promise<PlanItem[]>;
}
