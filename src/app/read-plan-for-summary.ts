import { addWeeks, type WeekKey } from '../domain/iso-week.ts';
import type { Decision } from '../domain/decision.ts';
import type { PlanItemRepository } from '../domain/plan-item-repository.ts';
import type { Task } from '../domain/task.ts';
import type { SummaryDecision, SummaryTask } from '../domain/weekly-summary.ts';
import type { SummarySources } from './read-weekly-summary.ts';

/** A task as the summary needs it: the due date only when it was given as a date. */
export function toSummaryTask(task: Task): SummaryTask {
  return {
    id: task.id,
    title: task.title,
    ...(task.due.givenAs === 'date' ? { dueDate: task.due.date } : { dueWeek: task.due.week as WeekKey }),
    status: task.status,
    ...(task.districtId ? { districtId: task.districtId } : {}),
    focusAreaId: task.focusAreaId,
    owner: task.assignee ? `${task.owner.name} (${task.assignee.name})` : task.owner.name,
  };
}

export const toSummaryDecision = (decision: Decision): SummaryDecision => ({ id: decision.id, text: decision.text, date: decision.date, anchoring: decision.anchoring });

/**
 * The action plan and the decision log as a summary source, in one query: open tasks due by the
 * week after the summary's, and decisions awaiting anchoring.
 */
export function planSummarySource(repositories: { planItems: PlanItemRepository }): Required<Pick<SummarySources, 'readPlan'>> {
  return {
    async readPlan(tenantId, week) {
      const items = await repositories.planItems.openTasksAndUnanchoredDecisions(tenantId, addWeeks(week, 1));
      return {
        tasks: items.flatMap((item) => (item.type === 'task' ? [toSummaryTask(item)] : [])),
        decisions: items.flatMap((item) => (item.type === 'decision' ? [toSummaryDecision(item)] : [])),
      };
    },
  };
}
