import type { Repositories } from '../storage/create-repositories.ts';
import { AppError } from '../domain/errors.ts';
import { addWeeks, type WeekKey } from '../domain/iso-week.ts';
import type { District, FocusArea, RosterEntry } from '../domain/model.ts';
import { canReportFor, deputyDistrictsOf, isContactOf } from '../domain/roles.ts';
import { personalConversationId } from '../domain/conversation-id.ts';

/** Teams refreshes a card by itself for at most 60 users. */
export const MAX_REFRESH_USERS = 60;
import { absenceId, isAbsentInWeek } from '../domain/absence.ts';
import { districtPauseId, type DistrictPause } from '../domain/paused-weeks.ts';
import { defaultSchedule, slotInWeek, type Schedule } from '../domain/schedule.ts';
import {
  applySubmission,
  currentRevision,
  statusReportId,
  type Person,
  type ReportContent,
  type StatusReport,
  type SubmissionOutcome,
} from '../domain/status-report.ts';
import { AbsenceService } from './absence-service.ts';
import type { AuditLog } from './audit-log.ts';
import { retryOnLostRace } from './retry-lost-race.ts';
import { countSubmission } from '../telemetry-metrics.ts';

export interface ReportContext {
  district: District;
  focusAreas: FocusArea[];
  week: WeekKey;
  deadline: Date;
  /** This week's report, if any. */
  report?: StatusReport;
  /** What the form starts with: this week's current revision, else last week's. */
  prefill?: ReportContent;
  /** Where `prefill` came from, so the form can say so (or say nothing). */
  prefillSource: 'current' | 'last-week' | 'none';
  /** Set when the district's week is marked "ej aktuellt". */
  pause?: DistrictPause;
}


/** Weekly status reports: reading them for a form, and the submit rule with its checks. */
export class StatusService {
  /** Absences and paused district weeks, over the same store and audit log. */
  readonly absences: AbsenceService;
  private readonly reportListeners = new Set<(report: StatusReport) => void>();

  constructor(
    private readonly repositories: Pick<Repositories, 'districts' | 'focusAreas' | 'roster' | 'reports' | 'schedules' | 'absences' | 'districtPauses' | 'conversations'>,
    private readonly audit: AuditLog,
  ) {
    this.absences = new AbsenceService(repositories, audit);
  }

  /** Called with every report this instance stores (e.g. so the dashboard shows it at once). */
  onReportWritten(listener: (report: StatusReport) => void): void {
    this.reportListeners.add(listener);
  }

  async schedule(tenantId: string): Promise<Schedule> {
    return (await this.repositories.schedules.read(tenantId, 'schedule'))?.doc ?? defaultSchedule(tenantId);
  }

  async rosterEntry(tenantId: string, aadObjectId: string | undefined): Promise<RosterEntry | undefined> {
    return aadObjectId ? (await this.repositories.roster.read(tenantId, aadObjectId))?.doc : undefined;
  }

  async roster(tenantId: string): Promise<RosterEntry[]> {
    return this.repositories.roster.list(tenantId);
  }

  async context(tenantId: string, districtId: string, week: WeekKey): Promise<ReportContext> {
    const [district, focusAreas, schedule, report, previous, pause] = await Promise.all([
      this.repositories.districts.read(tenantId, districtId),
      this.repositories.focusAreas.list(tenantId),
      this.schedule(tenantId),
      this.repositories.reports.read(tenantId, statusReportId(districtId, week)),
      this.repositories.reports.read(tenantId, statusReportId(districtId, addWeeks(week, -1))),
      this.repositories.districtPauses.read(tenantId, districtPauseId(districtId, week)),
    ]);
    if (!district) throw new AppError('not-found', `There is no district "${districtId}".`);
    focusAreas.sort((a, b) => a.order - b.order);
    const source = report?.doc ?? previous?.doc;
    return {
      district: district.doc,
      focusAreas,
      week,
      deadline: slotInWeek(schedule.deadline, week),
      ...(report ? { report: report.doc } : {}),
      ...(source ? { prefill: currentRevision(source) } : {}),
      prefillSource: report ? 'current' : previous ? 'last-week' : 'none',
      ...(pause ? { pause: pause.doc } : {}),
    };
  }

  /** Refuses (and audits the attempt) unless the person reports for the district. */
  async authorize(tenantId: string, by: Person, districtId: string, week: WeekKey): Promise<void> {
    const entry = await this.rosterEntry(tenantId, by.aadObjectId);
    if (canReportFor(entry, districtId)) return;
    const target = { kind: 'status-report', id: statusReportId(districtId, week) };
    await this.audit.record({ tenantId, actor: by, action: 'status.submit', target, outcome: 'refused', reason: 'not a contact of the district' });
    throw new AppError('forbidden', 'Only the contacts of the district (and admins) can report for it.', { reason: 'contact-only' });
  }

  /**
   * Whose status cards refresh by themselves (Universal Actions `refresh.userIds`, at most 60):
   * the district's contacts and deputies, by the Teams user id their chat with the bot has, else
   * their Entra id as a Teams MRI (`8:orgid:<id>`).
   */
  async refreshUserIds(tenantId: string, districtId: string): Promise<string[]> {
    const people = (await this.repositories.roster.list(tenantId)).filter((p) => isContactOf(p, districtId) || deputyDistrictsOf(p).includes(districtId)).slice(0, MAX_REFRESH_USERS);
    const records = await Promise.all(people.map((p) => this.repositories.conversations.read(tenantId, personalConversationId(p.id))));
    return people.map((p, i) => {
      const user = records[i]?.doc.reference.user as { id?: unknown } | undefined;
      return typeof user?.id === 'string' && user.id ? user.id : `8:orgid:${p.id}`;
    });
  }

  /** A deputy (or admin) who is not a contact sends for the district's contacts that are away in the reported week. */
  private async absentContactsFor(tenantId: string, by: Person, districtId: string, week: WeekKey): Promise<Person[]> {
    const entry = await this.rosterEntry(tenantId, by.aadObjectId);
    if (isContactOf(entry, districtId)) return [];
    const contacts = (await this.repositories.roster.list(tenantId)).filter((person) => isContactOf(person, districtId));
    const absences = await Promise.all(contacts.map((person) => this.repositories.absences.read(tenantId, absenceId(person.id))));
    return contacts.filter((_, i) => isAbsentInWeek(absences[i]?.doc, week)).map((person) => ({ aadObjectId: person.id, name: person.name }));
  }

  /**
   * Stores a submission. Authorised first (refusals are audited); then read–apply–write with the
   * ETag, re-applied on a lost race, so two contacts sending at once both end up as revisions.
   */
  async submit(input: {
    tenantId: string;
    districtId: string;
    week: WeekKey;
    by: Person;
    content: ReportContent;
    basedOn: number;
    at: Date;
  }): Promise<{ report: StatusReport; outcome: SubmissionOutcome }> {
    const { tenantId, districtId, week } = input;
    await this.authorize(tenantId, input.by, districtId, week);
    const target = { kind: 'status-report', id: statusReportId(districtId, week) };
    const schedule = await this.schedule(tenantId);
    const deadline = slotInWeek(schedule.deadline, week);
    const onBehalfOf = await this.absentContactsFor(tenantId, input.by, districtId, week);
    return retryOnLostRace(async () => {
      const existing = await this.repositories.reports.read(tenantId, target.id);
      const { report, outcome } = applySubmission(existing?.doc, { tenantId, districtId, week }, {
        content: input.content,
        basedOn: input.basedOn,
        by: input.by,
        at: input.at,
        deadline,
        ...(onBehalfOf.length > 0 ? { onBehalfOf } : {}),
      });
      const stored = existing
        ? await this.repositories.reports.replace(report, existing.etag)
        : await this.repositories.reports.create(report);
      await this.audit.record({
        tenantId,
        actor: input.by,
        action: 'status.submit',
        target,
        before: existing ? currentRevision(existing.doc) : undefined,
        after: report.revisions.at(-1),
        outcome: 'done',
        ...(outcome === 'stale' ? { reason: 'sent from a stale card; kept as a revision' } : {}),
      });
      countSubmission();
      for (const listener of this.reportListeners) listener(stored.doc);
      return { report: stored.doc, outcome };
    });
  }
}
