import type { WeekKey } from './iso-week.ts';
import type { Repository } from './repository.ts';
import type { Task } from './task.ts';

/**
 * The action plan's tasks, with the reads answers, reminders and reports need; one query each.
 * `districtId`, where given, narrows to that district's tasks (city-wide ones have none).
 */
export interface TaskRepository extends Repository<Task> {
  assignedTo(tenantId: string, aadObjectId: string): Promise<Task[]>;
  open(tenantId: string, districtId?: string): Promise<Task[]>;
  /** Open tasks whose due date is before `today` (an ISO date). */
  openOverdue(tenantId: string, today: string, districtId?: string): Promise<Task[]>;
  /** Open tasks with an assignee, due in one of `weeks`: those whose assignee may need a reminder. */
  openAssignedDueIn(tenantId: string, weeks: readonly WeekKey[]): Promise<Task[]>;
  dueInWeek(tenantId: string, week: WeekKey, districtId?: string): Promise<Task[]>;
  inFocusArea(tenantId: string, focusAreaId: string, districtId?: string): Promise<Task[]>;
  /** What a report on a period covers: tasks due by the end of `dueBy`, and tasks done since `doneSince` (an ISO date). */
  dueByOrDoneSince(tenantId: string, dueBy: WeekKey, doneSince: string, districtId?: string): Promise<Task[]>;
}
