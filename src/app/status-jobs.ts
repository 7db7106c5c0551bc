import { isAppError } from '../domain/errors.ts';
import { slotInWeek, isPaused } from '../domain/schedule.ts';
import type { WeekKey } from '../domain/iso-week.ts';
import { STATUS_JOB_NAMES, type StatusJobName } from '../domain/jobs.ts';
import type { District, FocusArea, Language } from '../domain/model.ts';
import { outboxItemId, type OutboxItem } from '../domain/outbox.ts';
import type { ReportContent } from '../domain/status-report.ts';
import { DEFAULT_LEASE_MS, withLease } from '../scheduling/lease.ts';
import type { DrainResult, OutboxSender } from '../scheduling/outbox-sender.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { OutgoingMessage, ProactiveSender } from '../scheduling/proactive-sender.ts';
import type { ScheduledJob } from '../scheduling/scheduler.ts';
import { notifyAdmins } from './notify-admins.ts';
import type { ReportContext, StatusService } from './status-service.ts';

export type JobReport =
  | { job: StatusJobName; week: WeekKey; ran: true; queued: number; drain: DrainResult; unreachable: string[] }
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
}

/** Turns the status jobs' data into messages; cards/ implements it (src/ never builds cards). */
export interface StatusJobRenderer {
  statusRequest(view: StatusRequestView, language: Language): OutgoingMessage;
  /** What the admins are told about a run that could not reach everyone; `names`: roster id → name. */
  jobReport(report: JobReport, names: Map<string, string>, language: Language): OutgoingMessage;
}

/**
 * The weekly status jobs. Each run claims the week's lease (one instance runs it), writes one
 * outbox item per recipient with a deterministic id (a rerun or a second instance adds nothing),
 * then drains the outbox. A run that died half-way is resumed by the next claim of the lease.
 */
export class StatusJobs {
  constructor(
    private readonly deps: {
      repositories: Pick<Repositories, 'roster' | 'reports' | 'outbox' | 'leases' | 'schedules' | 'conversations'>;
      status: StatusService;
      sender: OutboxSender;
      renderer: StatusJobRenderer;
      /** When set, a scheduled run that could not reach everyone tells the admins in chat. */
      notify?: ProactiveSender;
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
      () => this.runClaimed(job, tenantId, week, slotInWeek(schedule.deadline, week), options.rerun ?? false),
    );
    if (!leased.claimed) {
      const { reason, lease } = leased;
      if (reason === 'held') return { job, week, ran: false, reason, ...(lease ? { since: lease.startedAt, holder: lease.owner } : {}) };
      const sent = (await this.deps.repositories.outbox.withStatus(tenantId, job, week, ['sent'])).length;
      return { job, week, ran: false, reason, sent };
    }
    const report = leased.result;
    // A re-run is answered in the admin's chat; a scheduled run has nobody watching.
    const problems = report.ran ? report.unreachable.length + report.drain.failed : 0;
    if (!options.rerun && problems > 0 && this.deps.notify) {
      const names = new Map((await this.deps.repositories.roster.list(tenantId)).map((person) => [person.id, person.name]));
      const deps = { repositories: this.deps.repositories, sender: this.deps.notify, owner: this.deps.owner };
      await notifyAdmins(deps, tenantId, { topic: job, week }, (language) => this.deps.renderer.jobReport(report, names, language));
    }
    return report;
  }

  private get leaseMs() {
    return this.deps.leaseMs ?? DEFAULT_LEASE_MS;
  }

  private async runClaimed(job: StatusJobName, tenantId: string, week: WeekKey, deadline: Date, rerun: boolean): Promise<JobReport> {
    const { queued, failed: notQueued } = await this.fanOut(job, tenantId, week);
    // One read of each district's reports per run, not per recipient.
    const contexts = new Map<string, ReturnType<StatusService['context']>>();
    const contextOf = (districtId: string) => {
      if (!contexts.has(districtId)) contexts.set(districtId, this.deps.status.context(tenantId, districtId, week));
      return contexts.get(districtId)!;
    };
    const drain = await this.deps.sender.drain(tenantId, job, week, async (item, conversation) => {
      const context = await contextOf(item.districtId ?? '');
      const view: StatusRequestView = {
        job,
        district: context.district,
        week,
        focusAreas: context.focusAreas.map(({ id, name }) => ({ id, name })),
        deadline,
        ...(context.prefill ? { prefill: context.prefill } : {}),
        prefillSource: context.prefillSource,
        basedOn: context.report?.current ?? 0,
      };
      return this.deps.renderer.statusRequest(view, conversation.language);
    }, { retryUnreachable: rerun });
    // Those that could not even be queued were not sent either: the next run queues them.
    drain.failed += notQueued;
    const unreachable = (await this.deps.repositories.outbox.withStatus(tenantId, job, week, ['unreachable'])).map((item) => item.doc.recipient);
    return { job, week, ran: true, queued, drain, unreachable };
  }

  /** One outbox item per contact and district; reminders only for districts that have not reported. */
  private async fanOut(kind: StatusJobName, tenantId: string, week: WeekKey): Promise<{ queued: number; failed: number }> {
    const roster = await this.deps.repositories.roster.list(tenantId);
    const reported = kind === 'status-reminder'
      ? new Set((await this.deps.repositories.reports.inWeeks(tenantId, [week])).map((r) => r.districtId))
      : new Set<string>();
    const items: OutboxItem[] = roster
      .filter((person) => person.roles.includes('contact'))
      .flatMap((person) =>
        person.districtIds
          .filter((districtId) => !reported.has(districtId))
          .map((districtId) => ({
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
    return { queued, failed };
  }
}

/** The scheduler's entries: each status job in its slot of the tenant's schedule. */
export function statusScheduledJobs(jobs: StatusJobs): ScheduledJob[] {
  const slots = { 'status-request': 'request', 'status-reminder': 'reminder' } as const satisfies Record<StatusJobName, string>;
  return STATUS_JOB_NAMES.map((job) => ({ name: job, slot: (schedule) => schedule[slots[job]], run: (tenantId, week) => jobs.run(job, tenantId, week) }));
}
