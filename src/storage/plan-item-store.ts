import type { WeekKey } from '../domain/iso-week.ts';
import type { PlanItem } from '../domain/plan-item.ts';
import type { PlanItemRepository } from '../domain/plan-item-repository.ts';
import { OPEN_STATUSES } from '../domain/task-status.ts';
import { DocumentStore } from './document-store.ts';

/** Tasks and decisions share the plans container; this store reads both kinds (no type filter). */
export class PlanItemStore extends DocumentStore<PlanItem> implements PlanItemRepository {
  openTasksAndUnanchoredDecisions(tenantId: string, dueBy: WeekKey): Promise<PlanItem[]> {
    return this.query(
      tenantId,
      "(c.type = 'task' AND ARRAY_CONTAINS(@open, c.status) AND c.due.week <= @dueBy) OR (c.type = 'decision' AND c.anchoring = 'behöver-förankras')",
      [
        { name: '@open', value: [...OPEN_STATUSES] },
        { name: '@dueBy', value: dueBy },
      ],
    );
  }
}
