import { Cron } from 'croner';
import { weekKeyOf, ZONE, type WeekKey } from '../domain/iso-week.ts';
import { cronOf, slotInWeek, type Schedule, type Slot } from '../domain/schedule.ts';
import { recordJobDuration } from '../telemetry-metrics.ts';

/** With the default 10 s: a holder is watched for 20 minutes, longer than any fan-out runs. */
const HELD_WATCH_ATTEMPTS = 120;

export interface ScheduledJob {
  name: string;
  slot(schedule: Schedule): Slot;
  run(tenantId: string, week: WeekKey): Promise<unknown>;
}

export interface SchedulerLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * Fires each job at its weekly slot in Stockholm time (croner handles daylight saving), per
 * tenant. At start it also runs the jobs whose slot has passed this week: a run that already
 * happened is skipped by its lease, a run that never happened (or died) is made up.
 */
export class Scheduler {
  private readonly crons = new Map<string, Cron[]>();
  private readonly running = new Set<Promise<void>>();
  private readonly retries = new Set<NodeJS.Timeout>();

  constructor(
    private readonly options: {
      tenants: string[];
      loadSchedule(tenantId: string): Promise<Schedule>;
      jobs: ScheduledJob[];
      logger: SchedulerLogger;
      now?: () => Date;
      /** A run that failed is tried again after this… */
      retryDelayMs?: number;
      maxAttempts?: number;
      /** …and one that found the period held (its holder may have died) after this, until it is done: a dead holder is taken over within a lease time and this. */
      heldRetryDelayMs?: number;
      /** Re-reads every tenant's schedule this often, so an edit made on another instance takes effect here. */
      refreshMs?: number;
    },
  ) {}

  private refresh: NodeJS.Timeout | undefined;

  async start(): Promise<void> {
    for (const tenantId of this.options.tenants) await this.reload(tenantId, { catchUp: true });
    if (this.options.refreshMs) {
      this.refresh = setInterval(() => {
        for (const tenantId of this.options.tenants) {
          this.reload(tenantId).catch((error: unknown) => this.options.logger.error({ err: error, tenantId }, 'could not re-read the schedule'));
        }
      }, this.options.refreshMs);
      this.refresh.unref();
    }
  }

  /** Re-reads a tenant's schedule (after an admin changed it) and re-arms its jobs. */
  async reload(tenantId: string, { catchUp = false } = {}): Promise<void> {
    for (const cron of this.crons.get(tenantId) ?? []) cron.stop();
    const schedule = await this.options.loadSchedule(tenantId);
    const crons = this.options.jobs.map(
      (job) => new Cron(cronOf(job.slot(schedule)), { timezone: ZONE, protect: true }, () => this.fire(job, tenantId)),
    );
    this.crons.set(tenantId, crons);
    if (!catchUp) return;
    const now = this.options.now?.() ?? new Date();
    const week = weekKeyOf(now);
    for (const job of this.options.jobs) {
      if (slotInWeek(job.slot(schedule), week) <= now) void this.fire(job, tenantId, week);
    }
  }

  /** The next time each job fires for a tenant (for the admin's view and tests). */
  nextRuns(tenantId: string): Array<Date | null> {
    return (this.crons.get(tenantId) ?? []).map((cron) => cron.nextRun());
  }

  /** Stops firing and waits for runs under way (their leases and outbox make a cut-off run safe too). */
  async stop(): Promise<void> {
    clearInterval(this.refresh);
    for (const crons of this.crons.values()) for (const cron of crons) cron.stop();
    this.crons.clear();
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    await Promise.allSettled([...this.running]);
  }

  private fire(job: ScheduledJob, tenantId: string, week = weekKeyOf(this.options.now?.() ?? new Date()), attempt = 1): Promise<void> {
    const run = this.runLogged(job, tenantId, week, attempt).finally(() => this.running.delete(run));
    this.running.add(run);
    return run;
  }

  private async runLogged(job: ScheduledJob, tenantId: string, week: WeekKey, attempt: number): Promise<void> {
    let again = false;
    let held = false;
    const started = performance.now();
    try {
      const report = await job.run(tenantId, week);
      this.options.logger.info({ job: job.name, tenantId, week, report, attempt }, 'scheduled job finished');
      held = (report as { reason?: unknown } | undefined)?.reason === 'held';
      again = held;
      recordJobDuration(job.name, (performance.now() - started) / 1000, held ? 'held' : 'done');
    } catch (error) {
      this.options.logger.error({ err: error, job: job.name, tenantId, week, attempt }, 'scheduled job failed');
      recordJobDuration(job.name, (performance.now() - started) / 1000, 'failed');
      again = true;
    }
    // Held: watched every few seconds for a while (a long fan-out ends as done), so a dead holder is taken over soon.
    if (again && attempt < (held ? HELD_WATCH_ATTEMPTS : (this.options.maxAttempts ?? 4))) {
      const timer = setTimeout(() => {
        this.retries.delete(timer);
        void this.fire(job, tenantId, week, attempt + 1);
      }, held ? (this.options.heldRetryDelayMs ?? 10_000) : (this.options.retryDelayMs ?? 90_000));
      timer.unref();
      this.retries.add(timer);
    }
  }
}
