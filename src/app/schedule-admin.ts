import type { RosterEntry } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import { defaultSchedule, type Schedule } from '../domain/schedule.ts';
import type { Person } from '../domain/status-report.ts';
import type { AuditLog } from './audit-log.ts';
import { requireAdmin } from './require-admin.ts';
import { lostRaceOrRemoved, retryOnLostRace } from './retry-lost-race.ts';

/** What an admin can change: the slots and the paused weeks. */
export type ScheduleSettings = Pick<Schedule, 'request' | 'reminder' | 'deadline' | 'summary' | 'pausedWeeks'> & Partial<Pick<Schedule, 'lastCall'>>;

export interface ScheduleSaveResult {
  schedule: Schedule;
  changed: boolean;
  /** Set when the schedule was stored but the running scheduler could not be re-armed. */
  reloadError?: unknown;
}


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
    // Another admin saved (or created) it meanwhile: re-read, so `before` in the audit is true.
    const saved = await retryOnLostRace(async (): Promise<{ schedule: Schedule; changed: boolean }> => {
      const stored = await this.deps.schedules.read(tenantId, 'schedule');
      const before = stored?.doc ?? defaultSchedule(tenantId);
      const schedule: Schedule = { ...before, ...settings, tenantId, id: 'schedule', type: 'schedule' };
      if (stored && JSON.stringify(comparable(stored.doc)) === JSON.stringify(comparable(schedule))) return { schedule: stored.doc, changed: false };
      const result = stored ? await this.deps.schedules.replace(schedule, stored.etag) : await this.deps.schedules.create(schedule);
      await this.deps.audit.record({
        tenantId,
        actor,
        action: 'schedule.update',
        target: { kind: 'schedule', id: 'schedule' },
        before: stored?.doc,
        after: result.doc,
        outcome: 'done',
      });
      return { schedule: result.doc, changed: true };
    }, { isLostRace: lostRaceOrRemoved });
    if (!saved.changed) return saved;
    try {
      await this.deps.onScheduleChanged?.(tenantId);
      return saved;
    } catch (reloadError) {
      return { ...saved, reloadError };
    }
  }
}

/** Key order fixed, so two equal schedules compare equal as JSON. */
const comparable = (s: Schedule) => [
  ...[s.request, s.reminder, s.lastCall, s.deadline, s.summary].map((slot) => [slot.weekday, slot.time]),
  [...s.pausedWeeks].sort((a, b) => a - b),
];
