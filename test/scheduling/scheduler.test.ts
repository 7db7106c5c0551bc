import { afterEach, describe, expect, it } from 'vitest';
import { defaultSchedule } from '../../src/domain/schedule.ts';
import { Scheduler, type ScheduledJob } from '../../src/scheduling/scheduler.ts';

const quiet = { info: () => undefined, error: () => undefined };

/** A job that records its runs and answers from a script of outcomes. */
function recordingJob(name: string, slot: (s: ReturnType<typeof defaultSchedule>) => { weekday: number; time: string }, outcomes: Array<'ok' | 'held' | 'throw'>) {
  const runs: string[] = [];
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const job: ScheduledJob = {
    name,
    slot,
    async run(tenantId, week) {
      runs.push(`${tenantId}/${week}`);
      const outcome = outcomes[runs.length - 1] ?? 'ok';
      if (runs.length >= outcomes.length) resolveDone();
      if (outcome === 'throw') throw new Error('store unavailable');
      return outcome === 'held' ? { ran: false, reason: 'held' } : { ran: true };
    },
  };
  return { job, runs, done };
}

describe('Scheduler', () => {
  let scheduler: Scheduler | undefined;
  afterEach(async () => {
    await scheduler?.stop();
  });

  it('catches up at start on the jobs whose slot has passed this week, and only those', async () => {
    // Wednesday 25 November 2026, 12:00 in Stockholm: Monday's request has passed, Friday's summary has not.
    const now = () => new Date('2026-11-25T11:00:00Z');
    const request = recordingJob('status-request', (s) => s.request, ['ok']);
    const summary = recordingJob('weekly-summary', (s) => s.summary, ['ok']);
    scheduler = new Scheduler({ tenants: ['t'], loadSchedule: async (t) => defaultSchedule(t), jobs: [request.job, summary.job], logger: quiet, now });
    await scheduler.start();
    await request.done;
    expect(request.runs).toEqual(['t/2026-W48']);
    expect(summary.runs).toEqual([]);
    expect(scheduler.nextRuns('t').map((d) => d?.toISOString())).toEqual(expect.arrayContaining(['2026-11-27T13:00:00.000Z']));
  });

  it('tries a failed run and a held period again, a bounded number of times', async () => {
    const now = () => new Date('2026-11-25T11:00:00Z');
    const flaky = recordingJob('status-request', (s) => s.request, ['throw', 'held', 'ok']);
    scheduler = new Scheduler({ tenants: ['t'], loadSchedule: async (t) => defaultSchedule(t), jobs: [flaky.job], logger: quiet, now, retryDelayMs: 20 });
    await scheduler.start();
    await flaky.done;
    expect(flaky.runs).toHaveLength(3);
    const alwaysFails = recordingJob('status-reminder', (s) => s.request, ['throw', 'throw', 'throw']);
    await scheduler.stop();
    scheduler = new Scheduler({ tenants: ['t'], loadSchedule: async (t) => defaultSchedule(t), jobs: [alwaysFails.job], logger: quiet, now, retryDelayMs: 10, maxAttempts: 3 });
    await scheduler.start();
    await alwaysFails.done;
    // Ten retry delays later there is still no fourth attempt.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alwaysFails.runs).toHaveLength(3);
  });

  it('re-reads the schedule periodically, so an edit made on another instance takes effect here', async () => {
    const now = () => new Date('2026-11-23T06:00:00Z'); // Monday before 09:00: no catch-up
    let schedule = defaultSchedule('t');
    const request = recordingJob('status-request', (s) => s.request, []);
    scheduler = new Scheduler({ tenants: ['t'], loadSchedule: async () => schedule, jobs: [request.job], logger: quiet, now, refreshMs: 10 });
    await scheduler.start();
    const before = scheduler.nextRuns('t')[0]?.getTime();
    schedule = { ...schedule, request: { weekday: 2, time: '10:30' } };
    await expect.poll(() => scheduler!.nextRuns('t')[0]?.getTime(), { timeout: 5000 }).not.toBe(before);
    const next = scheduler.nextRuns('t')[0]!;
    expect(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(next)).toBe('tis 10:30');
  });
});
