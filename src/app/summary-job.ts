import { isAppError } from '../domain/errors.ts';
import type { WeekKey } from '../domain/iso-week.ts';
import { SUMMARY_JOB_NAME } from '../domain/jobs.ts';
import type { Language } from '../domain/model.ts';
import type { Stored } from '../domain/repository.ts';
import { postedActivityIds, summaryPostId, type SummaryFailure, type SummaryPart, type SummaryPost } from '../domain/summary-post.ts';
import type { WeeklySummary } from '../domain/weekly-summary.ts';
import { DEFAULT_LEASE_MS, withLease } from '../scheduling/lease.ts';
import { SendError, type OutgoingMessage, type ProactiveSender } from '../scheduling/proactive-sender.ts';
import { DEFAULT_RETRY, sendWithRetry, type RetryPolicy } from '../scheduling/send-with-retry.ts';
import type { ScheduledJob } from '../scheduling/scheduler.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import { notifyAdmins } from './notify-admins.ts';
import type { ReachService } from './reach-service.ts';
import { readWeeklySummary, type SummarySources } from './read-weekly-summary.ts';

export type SummaryJobReport =
  | { job: typeof SUMMARY_JOB_NAME; week: WeekKey; ran: false; reason: 'held' | 'done' | 'already-posted' | 'failed-before'; status?: SummaryPost['status']; activityIds: string[] }
  | {
      job: typeof SUMMARY_JOB_NAME;
      week: WeekKey;
      ran: true;
      status: 'posted' | 'failed' | 'uncertain';
      activityIds: string[];
      cards: number;
      /** Why it failed (status `failed`). */
      failure?: SummaryFailure;
      adminsNotified: number;
    };

/** What the admins are told: the post failed (and why), or it may not have arrived. */
export type SummaryProblem = { what: 'failed'; failure: SummaryFailure } | { what: 'uncertain' };

/** Turns the summary job's data into messages; cards/ implements it (src/ never builds cards). */
export interface SummaryRenderer {
  /** The summary as the channel post's parts, each within Teams' size limit. */
  summaryCards(summary: WeeklySummary, language: Language): OutgoingMessage[];
  summaryProblem(week: WeekKey, problem: SummaryProblem, language: Language): OutgoingMessage;
}

export interface SummaryJobDeps extends Omit<SummarySources, 'repositories'> {
  repositories: Pick<Repositories, 'reports' | 'leases' | 'summaries' | 'steeringChannel' | 'conversations' | 'roster' | 'outbox'>;
  sender: ProactiveSender;
  renderer: SummaryRenderer;
  /** This instance, as recorded on the lease and the summary document. */
  owner: string;
  /** The week's lease, renewed every third of it (default DEFAULT_LEASE_MS, as the other jobs). */
  leaseMs?: number;
  /**
   * How long a claim on the summary document lasts: a poster that died is taken over after it.
   * Default: the lease time, so the claim never outlasts the lease that protects it by more than
   * one renewal (the living poster renews it with every part it writes).
   */
  claimMs?: number;
  retry?: RetryPolicy;
  /** Admins who never wrote to the bot are told of a failed summary through the team. */
  reach?: Pick<ReachService, 'reach'>;
  now?: () => Date;
}

export interface SummaryJob {
  run(tenantId: string, week: WeekKey, options?: { rerun?: boolean }): Promise<SummaryJobReport>;
}

/** Stops a run whose claim on the summary document was taken by another instance. */
class LostClaim extends Error {}

/**
 * The weekly summary post. Under the week's lease (one instance runs it), the week's summary
 * document decides: posted → nothing; otherwise claim it with its ETag, mark each card `sending`,
 * send with Teams' retry rules, record the activity id. A failed post is recorded and reported to
 * the admins; a rerun ("kör sammanfattning nu") tries again, but never re-sends a posted part.
 */
export function createSummaryJob(deps: SummaryJobDeps): SummaryJob {
  const now = () => deps.now?.() ?? new Date();
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const claimMs = deps.claimMs ?? leaseMs;
  const { summaries } = deps.repositories;

  async function run(tenantId: string, week: WeekKey, options: { rerun?: boolean } = {}): Promise<SummaryJobReport> {
    const existing = await summaries.read(tenantId, summaryPostId(week));
    if (existing?.doc.status === 'posted') return notRun(week, 'already-posted', existing.doc);
    const leased = await withLease(
      deps.repositories.leases,
      { tenantId, job: SUMMARY_JOB_NAME, period: week, owner: deps.owner, ttlMs: leaseMs, now: now(), ...(options.rerun ? { rerunDone: true } : {}) },
      () => runClaimed(tenantId, week, options.rerun ?? false),
    );
    return leased.claimed ? leased.result : notRun(week, leased.reason, existing?.doc);
  }

  async function runClaimed(tenantId: string, week: WeekKey, rerun: boolean): Promise<SummaryJobReport> {
    const stored = await summaries.read(tenantId, summaryPostId(week));
    const doc = stored?.doc;
    if (doc?.status === 'posted') return notRun(week, 'already-posted', doc);
    if (doc?.status === 'posting' && new Date(doc.claimedUntil ?? 0) > now()) return notRun(week, 'held', doc);
    if (doc && (doc.status === 'failed' || doc.status === 'uncertain') && !rerun) return notRun(week, 'failed-before', doc);

    // Claim the document before anything is sent; a part that was being sent when its poster died
    // may have arrived, so it is marked uncertain and never sent again.
    let post: Stored<SummaryPost>;
    try {
      post = await write(stored, {
        tenantId,
        id: summaryPostId(week),
        type: 'weekly-summary',
        week,
        status: 'posting',
        parts: (doc?.parts ?? []).map((part): SummaryPart => (part.state === 'sending' ? { ...part, state: 'uncertain' } : part)),
        attempts: (doc?.attempts ?? 0) + 1,
        claimedBy: deps.owner,
        claimedUntil: new Date(now().getTime() + claimMs).toISOString(),
        updatedAt: now().toISOString(),
      });
    } catch (error) {
      if (error instanceof LostClaim) return notRun(week, 'held', doc);
      throw error;
    }

    const setting = await deps.repositories.steeringChannel.read(tenantId, 'steering-channel');
    const language: Language = setting?.doc.language ?? 'sv';
    const conversation = setting ? await deps.repositories.conversations.read(tenantId, setting.doc.conversationId) : undefined;
    if (!setting || !conversation) return finishFailed(post, { reason: setting ? 'no-reference' : 'no-channel' }, 0);
    let cards: OutgoingMessage[];
    try {
      cards = deps.renderer.summaryCards(await readWeeklySummary(deps, tenantId, week, now()), language);
    } catch (error) {
      // Nothing was sent: record it and tell the admins rather than leave a claim to time out.
      return finishFailed(post, describe(error), 0);
    }
    try {
      for (let index = 0; index < cards.length; index += 1) {
        const part = post.doc.parts[index];
        if (part && part.state !== 'sending') continue; // sent, or uncertain: never twice
        post = await write(post, { ...post.doc, channel: setting.doc.conversationId, parts: setPart(post.doc.parts, index, { state: 'sending' }), ...renewed() });
        let activityId: string | undefined;
        try {
          ({ activityId } = await sendWithRetry(() => deps.sender.send(conversation.doc.reference, cards[index]!), deps.retry ?? DEFAULT_RETRY));
        } catch (error) {
          // Not delivered (the connector said no): the part may be sent by a later rerun.
          post = await write(post, { ...post.doc, parts: post.doc.parts.slice(0, index) });
          return finishFailed(post, describe(error), cards.length);
        }
        post = await write(post, { ...post.doc, parts: setPart(post.doc.parts, index, { state: 'sent', ...(activityId ? { activityId } : {}) }), ...renewed() });
      }
      const uncertain = post.doc.parts.some((part) => part.state === 'uncertain');
      const { claimedBy: _by, claimedUntil: _until, error: _error, ...rest } = post.doc;
      post = await write(post, { ...rest, status: uncertain ? 'uncertain' : 'posted', postedAt: now().toISOString(), updatedAt: now().toISOString() });
      const adminsNotified = uncertain ? await notifyAdminsOf(tenantId, week, { what: 'uncertain' }) : 0;
      if (adminsNotified > 0) post = await write(post, { ...post.doc, adminsNotified });
      return { job: SUMMARY_JOB_NAME, week, ran: true, status: post.doc.status as 'posted' | 'uncertain', activityIds: postedActivityIds(post.doc), cards: cards.length, adminsNotified };
    } catch (error) {
      if (error instanceof LostClaim) return notRun(week, 'held', post.doc);
      throw error;
    }
  }

  async function finishFailed(post: Stored<SummaryPost>, failure: SummaryFailure, cards: number): Promise<SummaryJobReport> {
    const { claimedBy: _by, claimedUntil: _until, ...rest } = post.doc;
    // The document keeps the code or the error's message; the renderer words it for people.
    const error = failure.reason === 'error' ? failure.message : failure.reason;
    let failed = await write(post, { ...rest, status: 'failed', error, updatedAt: now().toISOString() });
    const adminsNotified = await notifyAdminsOf(post.doc.tenantId, post.doc.week as WeekKey, { what: 'failed', failure });
    failed = await write(failed, { ...failed.doc, adminsNotified });
    return { job: SUMMARY_JOB_NAME, week: post.doc.week as WeekKey, ran: true, status: 'failed', activityIds: postedActivityIds(failed.doc), cards, failure, adminsNotified };
  }

  /** Tells the admins that the week's summary failed or may not have arrived. */
  function notifyAdminsOf(tenantId: string, week: WeekKey, problem: SummaryProblem): Promise<number> {
    return notifyAdmins(deps, tenantId, { topic: `${SUMMARY_JOB_NAME}-${problem.what}`, week }, (language) => deps.renderer.summaryProblem(week, problem, language));
  }

  /** Writes the summary document with its ETag; losing the race means another instance took over. */
  async function write(stored: Stored<SummaryPost> | undefined, doc: SummaryPost): Promise<Stored<SummaryPost>> {
    try {
      return stored ? await summaries.replace(doc, stored.etag) : await summaries.create(doc);
    } catch (error) {
      if (isAppError(error, 'concurrent-change') || isAppError(error, 'conflict')) throw new LostClaim();
      throw error;
    }
  }

  const renewed = () => ({ claimedUntil: new Date(now().getTime() + claimMs).toISOString(), updatedAt: now().toISOString() });

  return { run };
}

function setPart(parts: SummaryPart[], index: number, part: SummaryPart): SummaryPart[] {
  const next = [...parts];
  next[index] = part;
  return next;
}

function notRun(week: WeekKey, reason: Extract<SummaryJobReport, { ran: false }>['reason'], doc: SummaryPost | undefined): SummaryJobReport {
  return { job: SUMMARY_JOB_NAME, week, ran: false, reason, ...(doc ? { status: doc.status } : {}), activityIds: doc ? postedActivityIds(doc) : [] };
}

function describe(error: unknown): SummaryFailure {
  if (error instanceof SendError) return { reason: 'error', message: `${error.status} ${error.code ?? ''} ${error.message}`.replace(/\s+/g, ' ').trim() };
  return { reason: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** The scheduler's entry: Friday 14:00 Stockholm by default (the schedule's `summary` slot). */
export function summaryScheduledJob(job: SummaryJob): ScheduledJob {
  return { name: SUMMARY_JOB_NAME, slot: (schedule) => schedule.summary, run: (tenantId, week) => job.run(tenantId, week) };
}
