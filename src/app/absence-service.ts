import {
  absenceId,
  addAbsencePeriods,
  cancelAbsence,
  currentAbsencePeriods,
  dateInStockholm,
  isAbsentOn,
  type Absence,
  type AbsencePeriod,
} from '../domain/absence.ts';
import { AppError } from '../domain/errors.ts';
import type { WeekKey } from '../domain/iso-week.ts';
import { canReportFor } from '../domain/roles.ts';
import { districtPauseId, type DistrictPause } from '../domain/paused-weeks.ts';
import type { Person } from '../domain/status-report.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { AuditLog } from './audit-log.ts';
import { lostRaceOrRemoved, retryOnLostRace } from './retry-lost-race.ts';

/** Who is away when, and which districts' weeks are "ej aktuellt": read by the status jobs, written from chat and cards. */
export class AbsenceService {
  constructor(
    private readonly repositories: Pick<Repositories, 'absences' | 'districtPauses' | 'roster'>,
    private readonly audit: AuditLog,
  ) {}

  async absenceOf(tenantId: string, personId: string): Promise<Absence | undefined> {
    return (await this.repositories.absences.read(tenantId, absenceId(personId)))?.doc;
  }

  /** Everyone's absences in one query: the jobs judge each recipient against it. */
  async absentOn(tenantId: string, date: string): Promise<Set<string>> {
    const all = await this.repositories.absences.list(tenantId);
    return new Set(all.filter((absence) => isAbsentOn(absence, date)).map((absence) => absence.personId));
  }

  /** Adds periods to the person's own absences (ETag; a concurrent change is re-read and applied on top). */
  async declare(tenantId: string, actor: Person, periods: AbsencePeriod[], at: Date): Promise<AbsencePeriod[]> {
    return this.change(tenantId, actor, at, 'absence.set', (existing, today) => addAbsencePeriods(existing, periods, today));
  }

  /** "inte frånvarande" / "tillbaka": the absences that have not ended are removed. */
  async cancel(tenantId: string, actor: Person, at: Date): Promise<AbsencePeriod[]> {
    return this.change(tenantId, actor, at, 'absence.cancel', (existing, today) => cancelAbsence(existing, today));
  }

  private async change(
    tenantId: string,
    actor: Person,
    at: Date,
    action: string,
    apply: (existing: AbsencePeriod[], today: string) => AbsencePeriod[],
  ): Promise<AbsencePeriod[]> {
    const entry = (await this.repositories.roster.read(tenantId, actor.aadObjectId))?.doc;
    const target = { kind: 'absence', id: absenceId(actor.aadObjectId) };
    if (!entry) {
      await this.audit.record({ tenantId, actor, action, target, outcome: 'refused', reason: 'not on the roster' });
      throw new AppError('forbidden', 'Only people on the roster can say they are away.', { reason: 'roster-only' });
    }
    const today = dateInStockholm(at);
    return retryOnLostRace(async () => {
      const stored = await this.repositories.absences.read(tenantId, target.id);
      const periods = apply(stored?.doc.periods ?? [], today);
      const doc: Absence = { tenantId, id: target.id, type: 'absence', personId: actor.aadObjectId, periods, updatedAt: at.toISOString() };
      if (stored) await this.repositories.absences.replace(doc, stored.etag);
      else await this.repositories.absences.create(doc);
      await this.audit.record({ tenantId, actor, action, target, before: stored?.doc.periods, after: periods, outcome: 'done' });
      return currentAbsencePeriods(doc, today);
    }, { isLostRace: lostRaceOrRemoved });
  }

  async pauseOf(tenantId: string, districtId: string, week: WeekKey): Promise<DistrictPause | undefined> {
    return (await this.repositories.districtPauses.read(tenantId, districtPauseId(districtId, week)))?.doc;
  }

  /** The paused districts of a week, by point reads (one per district). */
  async pausedDistricts(tenantId: string, districtIds: readonly string[], week: WeekKey): Promise<Map<string, DistrictPause>> {
    const pauses = await Promise.all(districtIds.map((id) => this.pauseOf(tenantId, id, week)));
    return new Map(pauses.flatMap((pause) => (pause ? [[pause.districtId, pause] as const] : [])));
  }

  /** "ej aktuellt denna vecka": by a contact or deputy of the district, or an admin; audited either way. */
  async pauseDistrict(input: { tenantId: string; actor: Person; districtId: string; week: WeekKey; reason: string; at: Date }): Promise<DistrictPause> {
    const { tenantId, actor, districtId, week } = input;
    const target = { kind: 'district-pause', id: districtPauseId(districtId, week) };
    await this.authorizeDistrict(tenantId, actor, districtId, 'district.pause', target);
    const doc: DistrictPause = { tenantId, id: target.id, type: 'district-pause', districtId, week, reason: input.reason, by: actor, at: input.at.toISOString() };
    const before = await this.pauseOf(tenantId, districtId, week);
    await this.repositories.districtPauses.upsert(doc);
    await this.audit.record({ tenantId, actor, action: 'district.pause', target, before, after: doc, outcome: 'done' });
    return doc;
  }

  async resumeDistrict(input: { tenantId: string; actor: Person; districtId: string; week: WeekKey }): Promise<boolean> {
    const { tenantId, actor, districtId, week } = input;
    const target = { kind: 'district-pause', id: districtPauseId(districtId, week) };
    await this.authorizeDistrict(tenantId, actor, districtId, 'district.resume', target);
    const before = await this.pauseOf(tenantId, districtId, week);
    if (!before) return false;
    await this.repositories.districtPauses.delete(tenantId, target.id);
    await this.audit.record({ tenantId, actor, action: 'district.resume', target, before, outcome: 'done' });
    return true;
  }

  private async authorizeDistrict(tenantId: string, actor: Person, districtId: string, action: string, target: { kind: string; id: string }): Promise<void> {
    const entry = (await this.repositories.roster.read(tenantId, actor.aadObjectId))?.doc;
    if (canReportFor(entry, districtId)) return;
    await this.audit.record({ tenantId, actor, action, target, outcome: 'refused', reason: 'not a contact of the district' });
    throw new AppError('forbidden', 'Only the contacts and deputies of the district (and admins) can mark its week.', { reason: 'contact-only' });
  }
}
