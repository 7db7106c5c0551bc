import { isAppError } from '../domain/errors.ts';
import { slotInWeek, isPaused, type Schedule } from '../domain/schedule.ts';
import { weekKeyOf, type WeekKey } from '../domain/iso-week.ts';
import { MISSING_LIST_JOB_NAME, STATUS_JOB_NAMES, type StatusJobName } from '../domain/jobs.ts';
import type { District, FocusArea, Language, RosterEntry } from '../domain/model.ts';
import { dateInStockholm, isAbsentOn, recipientsOfDistrict, type DistrictRecipients } from '../domain/absence.ts';
import { deputyDistrictsOf, isContactOf } from '../domain/roles.ts';
import { districtPauseId } from '../domain/paused-weeks.ts';
import { outboxItemId, type OutboxItem } from '../domain/outbox.ts';
import type { ReportContent } from '../domain/status-report.ts';
import type { ReachReport } from '../domain/team.ts';
import { DEFAULT_LEASE_MS, withLease } from '../scheduling/lease.ts';
import type { DrainResult, OutboxSender } from '../scheduling/outbox-sender.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { OutgoingMessage, ProactiveSender } from '../scheduling/proactive-sender.ts';
import type { ScheduledJob } from '../scheduling/scheduler.ts';
import { notifyAdmins } from './notify-admins.ts';
import type { ReportContext, StatusService } from './status-service.ts';

export type JobReport =
  | {
      job: StatusJobName;
      week: WeekKey;
      ran: true;
      queued: number;
      drain: DrainResult;
      unreachable: string[];
      /** Districts nobody got the card for: every contact away and no deputy present (names, for the admins). */
      uncovered?: Array<{ districtId: string; name: string }>;
      /** How each recipient was reached (direct, via the team) or why not; absent without a team directory. */
      reach?: ReachReport;
    }
  | {
      job: StatusJobName;
      week: WeekKey;
      ran: false;
      reason: 'paused' | 'held' | 'done';
      /** Held: when the instance holding it started, and which one. */
      since?: string;
      holder?: string;
      /** Done: how many of the week's items were sent. */
      sent?: number;
    };

/** What a contact's status form for a district and week shows (the request, or the reminder). */
export interface StatusRequestView {
  job: StatusJobName;
  district: Pick<District, 'id' | 'name' | 'localPriorities' | 'demo'>;
  week: WeekKey;
  focusAreas: Array<Pick<FocusArea, 'id' | 'name'>>;
  deadline: Date;
  /** What the form starts with: this week's current revision, else last week's. */
  prefill?: ReportContent;
  /** Where `prefill` came from, so the card can say so. */
  prefillSource: ReportContext['prefillSource'];
  /** The revision the form is based on (0: none yet). */
  basedOn: number;
  /** Sent to a deputy: the names of the contacts who are away. */
  deputyFor?: string[];
  /** Who the card refreshes for (Universal Actions `refresh.userIds`): the district's contacts and deputies, at most 60. */
  refreshUserIds: string[];
}

/** After the deadline, for the admins: the districts still missing, with their contacts (and who is away). */
export interface MissingListView {
  week: WeekKey;
  deadline: Date;
  missing: Array<{ districtId: string; name: string; people: Array<{ name: string; role: 'contact' | 'deputy'; absent: boolean }> }>;
  /** Districts whose week is marked "ej aktuellt", with the reason; not missing. */
  paused: Array<{ districtId: string; name: string; reason: string }>;
}

/** Turns the status jobs' data into messages; cards/ implements it (src/ never builds cards). */
export interface StatusJobRenderer {
  statusRequest(view: StatusRequestView, language: Language): OutgoingMessage;
  /** What the admins are told about a run that could not reach everyone; `names`: roster id → name. */
  jobReport(report: JobReport, names: Map<string, string>, language: Language): OutgoingMessage;
  missingList(view: MissingListView, language: Language): OutgoingMessage;
}

/**
 * The weekly status jobs. Each run claims the week's lease (one instance runs it), writes one
 * outbox item per recipient with a deterministic id (a rerun or a second instance adds nothing),
 * then drains the outbox. A run that died half-way is resumed by the next claim of the lease.
 */
export class StatusJobs {
  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'roster' | 'reports' | 'outbox' | 'leases' | 'schedules' | 'conversations' | 'absences' | 'districtPauses' | 'districts'>;
      status: StatusService;
      sender: OutboxSender;
      renderer: StatusJobRenderer;
      /** When set, a scheduled run that could not reach everyone tells the admins in chat. */
      notify?: ProactiveSender;
      /** Makes recipients without a personal conversation reachable through the team (ReachService). */
      reach?: { reach(tenantId: string, people: string[]): Promise<ReachReport> };
      owner: string;
      /** How long a claim lasts without renewal: how soon a crashed run is resumed elsewhere. */
      leaseMs?: number;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  async run(job: StatusJobName, tenantId: string, week: WeekKey, options: { rerun?: boolean } = {}): Promise<JobReport> {
    const schedule = await this.deps.status.schedule(tenantId);
    if (isPaused(schedule, week)) return { job, week, ran: false, reason: 'paused' };
    const leased = await withLease(
      this.deps.repositories.leases,
      { tenantId, job, period: week, owner: this.deps.owner, ttlMs: this.leaseMs, now: this.now(), ...(options.rerun ? { rerunDone: true } : {}) },
      () => this.runClaimed(job, tenantId, week, schedule, options.rerun ?? false),
    );
    if (!leased.claimed) {
      const { reason, lease } = leased;
      if (reason === 'held') return { job, week, ran: false, reason, ...(lease ? { since: lease.startedAt, holder: lease.owner } : {}) };
      const sent = (await this.deps.repositories.outbox.withStatus(tenantId, job, week, ['sent'])).length;
      return { job, week, ran: false, reason, sent };
    }
    const report = leased.result;
    // A re-run is answered in the admin's chat; a scheduled run has nobody watching.
    const problems = report.ran ? report.unreachable.length + report.drain.failed + (report.uncovered?.length ?? 0) : 0;
    if (!options.rerun && problems > 0 && this.deps.notify) {
      const names = new Map((await this.deps.repositories.roster.list(tenantId)).map((person) => [person.id, person.name]));
      const deps = { repositories: this.deps.repositories, sender: this.deps.notify, owner: this.deps.owner, ...(this.deps.reach ? { reach: this.deps.reach } : {}) };
      await notifyAdmins(deps, tenantId, { topic: job, week }, (language) => this.deps.renderer.jobReport(report, names, language));
    }
    return report;
  }

  private get leaseMs() {
    return this.deps.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /**
   * The day whose absences count: the job's slot in the week, or today for a run-now in the
   * current week (a Thursday re-run of Wednesday's reminder follows Thursday's absences).
   */
  private dayOf(job: StatusJobName, schedule: Schedule, week: WeekKey): string {
    const now = this.now();
    if (weekKeyOf(now) === week) return dateInStockholm(now);
    return dateInStockholm(slotInWeek(schedule[JOB_SLOTS[job]], week));
  }

  private async runClaimed(job: StatusJobName, tenantId: string, week: WeekKey, schedule: Schedule, rerun: boolean): Promise<JobReport> {
    const deadline = slotInWeek(schedule.deadline, week);
    const routing = await this.route(job, tenantId, week, this.dayOf(job, schedule, week));
    const { queued, failed: notQueued, recipients } = await this.fanOut(job, tenantId, week, routing);
    const reach = this.deps.reach ? await this.deps.reach.reach(tenantId, recipients) : undefined;
    const byDistrict = new Map(routing.map((r) => [r.districtId, r]));
    const refreshIds = new Map<string, Promise<string[]>>();
    const refreshUserIdsOf = (districtId: string) => {
      if (!refreshIds.has(districtId)) refreshIds.set(districtId, this.deps.status.refreshUserIds(tenantId, districtId));
      return refreshIds.get(districtId)!;
    };
    // One read of each district's reports per run, not per recipient.
    const contexts = new Map<string, ReturnType<StatusService['context']>>();
    const contextOf = (districtId: string) => {
      if (!contexts.has(districtId)) contexts.set(districtId, this.deps.status.context(tenantId, districtId, week));
      return contexts.get(districtId)!;
    };
    const drain = await this.deps.sender.drain(tenantId, job, week, async (item, conversation) => {
      const context = await contextOf(item.districtId ?? '');
      const absent = byDistrict.get(item.districtId ?? '')?.absentContacts ?? [];
      const deputy = absent.length > 0 && !absent.some((p) => p.id === item.recipient) && !(await this.isContact(tenantId, item.recipient, item.districtId ?? ''));
      const view: StatusRequestView = {
        job,
        district: context.district,
        week,
        focusAreas: context.focusAreas.map(({ id, name }) => ({ id, name })),
        deadline,
        ...(context.prefill ? { prefill: context.prefill } : {}),
        prefillSource: context.prefillSource,
        basedOn: context.report?.current ?? 0,
        ...(deputy ? { deputyFor: absent.map((p) => p.name) } : {}),
        refreshUserIds: await refreshUserIdsOf(item.districtId ?? ''),
      };
      return this.deps.renderer.statusRequest(view, conversation.language);
    }, { retryUnreachable: rerun });
    // Those that could not even be queued were not sent either: the next run queues them.
    drain.failed += notQueued;
    const unreachable = (await this.deps.repositories.outbox.withStatus(tenantId, job, week, ['unreachable'])).map((item) => item.doc.recipient);
    const uncovered = await this.uncovered(tenantId, routing);
    return { job, week, ran: true, queued, drain, unreachable, ...(uncovered.length > 0 ? { uncovered } : {}), ...(reach ? { reach } : {}) };
  }

  /** The districts whose contacts are all away with no deputy to stand in: the admins are told, so they can appoint one. */
  private async uncovered(tenantId: string, routing: DistrictRecipients[]): Promise<Array<{ districtId: string; name: string }>> {
    const empty = routing.filter((district) => district.recipients.length === 0);
    if (empty.length === 0) return [];
    const names = new Map((await this.deps.repositories.districts.list(tenantId)).map((district) => [district.id, district.name]));
    return empty.map(({ districtId }) => ({ districtId, name: names.get(districtId) ?? districtId }));
  }

  /**
   * After the deadline: one notice to every admin naming the districts that have not reported
   * (paused ones apart) and their contacts and deputies, marking who is away. Through the outbox
   * with one id per admin and week, so a rerun or a second instance tells nobody twice.
   */
  async sendMissingList(tenantId: string, week: WeekKey): Promise<{ missing: number; notified: number }> {
    const schedule = await this.deps.status.schedule(tenantId);
    if (isPaused(schedule, week)) return { missing: 0, notified: 0 };
    const view = await this.missingList(tenantId, week, schedule);
    if (view.missing.length === 0 || !this.deps.notify) return { missing: view.missing.length, notified: 0 };
    const deps = { repositories: this.deps.repositories, sender: this.deps.notify, owner: this.deps.owner, ...(this.deps.reach ? { reach: this.deps.reach } : {}) };
    const notified = await notifyAdmins(deps, tenantId, { topic: MISSING_LIST_JOB_NAME, week }, (language) => this.deps.renderer.missingList(view, language));
    return { missing: view.missing.length, notified };
  }

  /** The districts missing a report for the week (not paused), with their people. */
  async missingList(tenantId: string, week: WeekKey, schedule?: Schedule): Promise<MissingListView> {
    const deadline = slotInWeek((schedule ?? (await this.deps.status.schedule(tenantId))).deadline, week);
    const [{ roster, absentIds }, districts, reports] = await Promise.all([
      this.rosterAndAbsences(tenantId, dateInStockholm(deadline)),
      this.deps.repositories.districts.list(tenantId),
      this.deps.repositories.reports.inWeeks(tenantId, [week]),
    ]);
    districts.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const reported = new Set(reports.map((r) => r.districtId));
    const pauses = await Promise.all(districts.map((d) => this.deps.repositories.districtPauses.read(tenantId, districtPauseId(d.id, week))));
    const paused = districts.flatMap((d, i) => (pauses[i] ? [{ districtId: d.id, name: d.name, reason: pauses[i]!.doc.reason }] : []));
    const missing = districts
      .filter((d, i) => !reported.has(d.id) && !pauses[i])
      .map((d) => ({
        districtId: d.id,
        name: d.name,
        people: [
          ...roster.filter((p) => isContactOf(p, d.id)).map((p) => ({ name: p.name, role: 'contact' as const, absent: absentIds.has(p.id) })),
          ...roster.filter((p) => deputyDistrictsOf(p).includes(d.id) && !isContactOf(p, d.id)).map((p) => ({ name: p.name, role: 'deputy' as const, absent: absentIds.has(p.id) })),
        ],
      }));
    return { week, deadline, missing, paused };
  }

  private async isContact(tenantId: string, personId: string, districtId: string): Promise<boolean> {
    return isContactOf((await this.deps.repositories.roster.read(tenantId, personId))?.doc, districtId);
  }

  /**
   * Who gets the week's card, per district: its present contacts, and its present deputies while
   * a contact is away (on `day`). Paused districts get nothing; reminders and the last call skip
   * districts that have reported.
   */
  private async route(kind: StatusJobName, tenantId: string, week: WeekKey, day: string): Promise<DistrictRecipients[]> {
    const { roster, absentIds } = await this.rosterAndAbsences(tenantId, day);
    const districtIds = [...new Set(roster.flatMap((person) => [...(person.roles.includes('contact') ? person.districtIds : []), ...deputyDistrictsOf(person)]))];
    const skipped = await this.pausedDistricts(tenantId, districtIds, week);
    if (kind !== 'status-request') {
      for (const report of await this.deps.repositories.reports.inWeeks(tenantId, [week])) skipped.add(report.districtId);
    }
    return districtIds.filter((id) => !skipped.has(id)).map((id) => recipientsOfDistrict(roster, id, (personId) => absentIds.has(personId)));
  }

  private async rosterAndAbsences(tenantId: string, day: string): Promise<{ roster: RosterEntry[]; absentIds: Set<string> }> {
    const [roster, absences] = await Promise.all([this.deps.repositories.roster.list(tenantId), this.deps.repositories.absences.list(tenantId)]);
    return { roster, absentIds: new Set(absences.filter((a) => isAbsentOn(a, day)).map((a) => a.personId)) };
  }

  private async pausedDistricts(tenantId: string, districtIds: string[], week: WeekKey): Promise<Set<string>> {
    const reads = await Promise.all(districtIds.map((id) => this.deps.repositories.districtPauses.read(tenantId, districtPauseId(id, week))));
    return new Set(districtIds.filter((_, i) => reads[i] !== undefined));
  }

  /** One outbox item per recipient and district (deterministic id: per job, week and person). */
  private async fanOut(kind: StatusJobName, tenantId: string, week: WeekKey, routing: DistrictRecipients[]): Promise<{ queued: number; failed: number; recipients: string[] }> {
    const items: OutboxItem[] = routing.flatMap(({ districtId, recipients }) =>
      recipients.map((person) => ({
        tenantId,
        id: outboxItemId(kind, week, districtId, person.id),
        type: 'outbox' as const,
        kind,
        week,
        districtId,
        recipient: person.id,
        status: 'pending' as const,
        attempts: 0,
        createdAt: this.now().toISOString(),
      })),
    );
    let queued = 0;
    let failed = 0;
    // Created a few at a time: an item that exists already (a rerun, another instance) is kept as is.
    const queue = [...items];
    const createNext = async (): Promise<void> => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        try {
          await this.deps.repositories.outbox.create(item);
          queued += 1;
        } catch (error) {
          // One item the store would not take (after its retries) never stops the others.
          if (!isAppError(error, 'conflict')) failed += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, createNext));
    return { queued, failed, recipients: [...new Set(items.map((item) => item.recipient))] };
  }
}

const JOB_SLOTS = { 'status-request': 'request', 'status-reminder': 'reminder', 'status-last-call': 'lastCall' } as const satisfies Record<StatusJobName, keyof Schedule>;

/** The scheduler's entries: each status job in its slot of the tenant's schedule, and the admins' list of the missing at the deadline. */
export function statusScheduledJobs(jobs: StatusJobs): ScheduledJob[] {
  return [
    ...STATUS_JOB_NAMES.map((job): ScheduledJob => ({ name: job, slot: (schedule) => schedule[JOB_SLOTS[job]], run: (tenantId, week) => jobs.run(job, tenantId, week) })),
    { name: MISSING_LIST_JOB_NAME, slot: (schedule) => schedule.deadline, run: (tenantId, week) => jobs.sendMissingList(tenantId, week) },
  ];
}
