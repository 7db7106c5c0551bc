import { isAppError } from '../domain/errors.ts';
import type { RosterEntry } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import { defaultSchedule, type Schedule } from '../domain/schedule.ts';
import type { Person } from '../domain/status-report.ts';
import type { AuditLog } from './audit-log.ts';
import { requireAdmin } from './require-admin.ts';

/** What an admin can change: the slots and the paused weeks. */
export type ScheduleSettings = Pick<Schedule, 'request' | 'reminder' | 'deadline' | 'summary' | 'pausedWeeks'>;

export interface ScheduleSaveResult {
  schedule: Schedule;
  changed: boolean;
  /** Set when the schedule was stored but the running scheduler could not be re-armed. */
  reloadError?: unknown;
}

const MAX_WRITE_ATTEMPTS = 5;

/** The tenant's reporting schedule for admins: read it, change it (ETag), re-arm the scheduler. */
export class ScheduleAdmin {
  constructor(
    private readonly deps: {
      schedules: Repository<Schedule>;
      roster: Repository<RosterEntry>;
      audit: AuditLog;
      /** Re-arms the scheduler's timers for the tenant (Scheduler.reload). */
      onScheduleChanged?: (tenantId: string) => Promise<void> | void;
    },
  ) {}

  authorize(tenantId: string, actor: Person, action: string): Promise<void> {
    return requireAdmin(this.deps, { tenantId, actor, action, target: { kind: 'schedule', id: 'schedule' } });
  }

  /** `action` names what the admin is doing, for the audit entry of a refusal. */
  async view(tenantId: string, actor: Person, action = 'schedule.view'): Promise<Schedule> {
    await this.authorize(tenantId, actor, action);
    return (await this.deps.schedules.read(tenantId, 'schedule'))?.doc ?? defaultSchedule(tenantId);
  }

  async save(tenantId: string, actor: Person, settings: ScheduleSettings): Promise<ScheduleSaveResult> {
    await this.authorize(tenantId, actor, 'schedule.update');
    for (let attempt = 1; ; attempt += 1) {
      const stored = await this.deps.schedules.read(tenantId, 'schedule');
      const before = stored?.doc ?? defaultSchedule(tenantId);
      const schedule: Schedule = { ...before, ...settings, tenantId, id: 'schedule', type: 'schedule' };
      if (stored && JSON.stringify(comparable(stored.doc)) === JSON.stringify(comparable(schedule))) {
        return { schedule: stored.doc, changed: false };
      }
      try {
        const written = stored ? await this.deps.schedules.replace(schedule, stored.etag) : await this.deps.schedules.create(schedule);
        await this.deps.audit.record({
          tenantId,
          actor,
          action: 'schedule.update',
          target: { kind: 'schedule', id: 'schedule' },
          before: stored?.doc,
          after: written.doc,
          outcome: 'done',
        });
        try {
          await this.deps.onScheduleChanged?.(tenantId);
          return { schedule: written.doc, changed: true };
        } catch (reloadError) {
          return { schedule: written.doc, changed: true, reloadError };
        }
      } catch (error) {
        // Another admin saved (or created) it meanwhile: re-read, so `before` in the audit is true.
        const lostRace = isAppError(error, 'concurrent-change') || isAppError(error, 'conflict') || isAppError(error, 'not-found');
        if (!lostRace || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  }
}

/** Key order fixed, so two equal schedules compare equal as JSON. */
const comparable = (s: ScheduleSettings) => [
  ...[s.request, s.reminder, s.deadline, s.summary].map((slot) => [slot.weekday, slot.time]),
  [...s.pausedWeeks].sort((a, b) => a - b),
];
