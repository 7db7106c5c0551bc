import type { WeekKey } from '../domain/iso-week.ts';
import type { Task } from '../domain/task.ts';
import type { TaskRepository } from '../domain/task-repository.ts';
import { OPEN_STATUSES } from '../domain/task-status.ts';
import { inDistrict } from './district-filter.ts';
import { DocumentStore } from './document-store.ts';

const OPEN = { name: '@open', value: [...OPEN_STATUSES] };

export class TaskStore extends DocumentStore<Task> implements TaskRepository {
  assignedTo(tenantId: string, aadObjectId: string): Promise<Task[]> {
    return this.query(tenantId, 'c.assignee.aadObjectId = @me', [{ name: '@me', value: aadObjectId }]);
  }

  open(tenantId: string, districtId?: string): Promise<Task[]> {
    return this.query(tenantId, ...inDistrict('ARRAY_CONTAINS(@open, c.status)', [OPEN], districtId));
  }

  openOverdue(tenantId: string, today: string, districtId?: string): Promise<Task[]> {
    return this.query(tenantId, ...inDistrict('ARRAY_CONTAINS(@open, c.status) AND c.due.date < @today', [OPEN, { name: '@today', value: today }], districtId));
  }

  openAssignedDueIn(tenantId: string, weeks: readonly WeekKey[]): Promise<Task[]> {
    return this.query(tenantId, 'ARRAY_CONTAINS(@weeks, c.due.week) AND ARRAY_CONTAINS(@open, c.status) AND IS_DEFINED(c.assignee)', [
      { name: '@weeks', value: [...weeks] },
      OPEN,
    ]);
  }

  dueInWeek(tenantId: string, week: WeekKey, districtId?: string): Promise<Task[]> {
    return this.query(tenantId, ...inDistrict('c.due.week = @week', [{ name: '@week', value: week }], districtId));
  }

  inFocusArea(tenantId: string, focusAreaId: string, districtId?: string): Promise<Task[]> {
    return this.query(tenantId, ...inDistrict('c.focusAreaId = @area', [{ name: '@area', value: focusAreaId }], districtId));
  }

  dueByOrDoneSince(tenantId: string, dueBy: WeekKey, doneSince: string, districtId?: string): Promise<Task[]> {
    const where = "c.due.week <= @dueBy OR (c.status = 'done' AND c.doneAt >= @doneSince)";
    return this.query(tenantId, ...inDistrict(where, [{ name: '@dueBy', value: dueBy }, { name: '@doneSince', value: doneSince }], districtId));
  }
}
