/**
 * The app's counters, through the OpenTelemetry API: with Azure Monitor started (telemetry.ts)
 * they arrive in Application Insights as customMetrics; without it every call is a no-op.
 * App and bot code call these helpers and never import OpenTelemetry themselves.
 *
 * Instruments are created on first use, after telemetry.ts has registered the meter provider
 * (the API hands out no-op instruments before that, for good).
 */
import { metrics, type Counter, type Histogram } from '@opentelemetry/api';

interface Instruments {
  answers: Counter;
  refusals: Counter;
  submissions: Counter;
  sends: Counter;
  throttles: Counter;
  jobDuration: Histogram;
}

let instruments: Instruments | undefined;

function get(): Instruments {
  if (instruments) return instruments;
  const meter = metrics.getMeter('samverkan');
  instruments = {
    answers: meter.createCounter('samverkan.answers', { description: 'Questions answered from the knowledge base, by kind' }),
    refusals: meter.createCounter('samverkan.refusals', { description: 'Questions the bot could not answer' }),
    submissions: meter.createCounter('samverkan.status_submissions', { description: 'Weekly status reports submitted' }),
    sends: meter.createCounter('samverkan.proactive_sends', { description: 'Proactive messages from the outbox, by outcome' }),
    throttles: meter.createCounter('samverkan.throttles', { description: '429 answers, by service' }),
    jobDuration: meter.createHistogram('samverkan.job_duration', { description: 'Duration of scheduled jobs', unit: 's' }),
  };
  return instruments;
}

/** An answer card went out; `no-answer` is a refusal. */
export function countAnswer(kind: string): void {
  if (kind === 'no-answer') get().refusals.add(1);
  else get().answers.add(1, { kind });
}

export function countSubmission(): void {
  get().submissions.add(1);
}

/** One outbox item finished: sent, failed, unreachable or skipped. */
export function countSend(outcome: string): void {
  get().sends.add(1, { outcome });
}

export function countThrottle(service: 'bot-connector' | 'cosmos'): void {
  get().throttles.add(1, { service });
}

export function recordJobDuration(job: string, seconds: number, outcome: 'done' | 'held' | 'failed'): void {
  get().jobDuration.record(seconds, { job, outcome });
}
