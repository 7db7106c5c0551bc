import { setTimeout as sleep } from 'node:timers/promises';
import pThrottle from 'p-throttle';
import { isAppError } from '../domain/errors.ts';
import { personalConversationId } from '../domain/conversation-id.ts';
import type { ConversationRecord } from '../domain/model.ts';
import type { OutboxItem, OutboxKind, OutboxStatus } from '../domain/outbox.ts';
import type { OutboxRepository } from '../domain/outbox-repository.ts';
import type { Repository, Stored } from '../domain/repository.ts';
import { SendError, type OutgoingMessage, type ProactiveSender } from './proactive-sender.ts';
import { DEFAULT_RETRY, sendWithRetry, type RetryPolicy } from './send-with-retry.ts';
import { countSend } from '../telemetry-metrics.ts';

export interface DrainResult {
  sent: number;
  failed: number;
  unreachable: number;
  /** Sent again after a dead sender's claim ran out: each may have arrived twice. */
  resent: number;
  skipped: number;
  /** 429 answers from the connector (each retried after its Retry-After). */
  throttled: number;
}

export interface OutboxSenderOptions {
  outbox: OutboxRepository;
  conversations: Repository<ConversationRecord>;
  sender: ProactiveSender;
  owner: string;
  /** Teams allows 50 requests per second per app per tenant; 48 leaves room for clock jitter… */
  perAppPerSecond?: number;
  /** …and 7 sends per second per conversation. */
  perConversationPerSecond?: number;
  concurrency?: number;
  /** How long an item stays in flight at most: its retries stop before, a dead sender's items are re-sent after. */
  claimMs?: number;
  retry?: RetryPolicy;
  /** Shutdown: no new item is started, waits between retries end, unsent items go back to pending. */
  signal?: AbortSignal;
  /** Counts 429s seen below the retry loop (the Bot Framework client retries some by itself). */
  throttledSince?: () => number;
  now?: () => Date;
}

type Outcome = Exclude<keyof DrainResult, 'throttled' | 'resent'>;

/**
 * Drains the outbox at least once and never silently: an item is marked in flight (`sending`,
 * with the claim's end) only right before its HTTP call, and recorded right after. An item left
 * in flight by a sender that died is sent again once its claim has run out, and counted as
 * `resent` (it may have arrived just before the death). Sends go through the rate limiters with
 * Teams' retry rules; one item's failure never stops the drain.
 */
export class OutboxSender {
  private readonly appLimit: <T>(fn: () => Promise<T>) => Promise<T>;
  private readonly conversationLimits = new Map<string, <T>(fn: () => Promise<T>) => Promise<T>>();
  private readonly now: () => Date;

  constructor(private readonly options: OutboxSenderOptions) {
    this.now = options.now ?? (() => new Date());
    const throttle = pThrottle({ limit: options.perAppPerSecond ?? 48, interval: 1000, strict: true });
    this.appLimit = throttle(<T>(fn: () => Promise<T>) => fn()) as <T>(fn: () => Promise<T>) => Promise<T>;
  }

  private get claimMs() {
    return this.options.claimMs ?? 20_000;
  }

  async drain(
    tenantId: string,
    kind: OutboxKind,
    week: string,
    render: (item: OutboxItem, conversation: ConversationRecord) => Promise<OutgoingMessage>,
    options: {
      /** An admin's re-run also retries those who could not be reached (they may have installed the app since). */
      retryUnreachable?: boolean;
      /** Off for quick drains beside the job's own (e.g. right after an assignment): leave items in flight alone. */
      waitForInFlight?: boolean;
    } = {},
  ): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, failed: 0, unreachable: 0, resent: 0, skipped: 0, throttled: 0 };
    const throttledBefore = this.options.throttledSince?.() ?? 0;
    // `uncertain`: what earlier versions left a dead sender's items in; at least once means they go out again.
    const statuses: OutboxStatus[] = options.retryUnreachable ? ['pending', 'sending', 'uncertain', 'unreachable', 'failed'] : ['pending', 'sending', 'uncertain'];
    const items = await this.options.outbox.withStatus(tenantId, kind, week, statuses);
    // Pending items first: those in flight elsewhere are waited out at the end, not in the way.
    const queue = [...items].sort((a, b) => Number(a.doc.status === 'sending') - Number(b.doc.status === 'sending'));
    const worker = async () => {
      for (let item = queue.shift(); item && !this.options.signal?.aborted; item = queue.shift()) {
        if (item.doc.status === 'sending' && options.waitForInFlight === false) {
          result.skipped += 1;
          continue;
        }
        // The item keeps its state when its outcome cannot be recorded: a later drain sends it.
        const outcome = await this.sendOne(item, render, result).catch(() => 'failed' as const);
        result[outcome] += 1;
        countSend(outcome);
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 8 }, worker));
    // Cut short: fail the run, so its lease is given up and another instance finishes it at once.
    if (this.options.signal?.aborted && queue.length > 0) throw new Error('the drain was stopped by a shutdown; the rest stays in the outbox');
    result.throttled += (this.options.throttledSince?.() ?? 0) - throttledBefore;
    return result;
  }

  private async sendOne(
    found: Stored<OutboxItem>,
    render: (item: OutboxItem, conversation: ConversationRecord) => Promise<OutgoingMessage>,
    result: DrainResult,
  ): Promise<Outcome> {
    let current = found;
    // Left in flight by a sender of an earlier version that died: it may have arrived, so it counts as resent.
    let resending = current.doc.status === 'uncertain';
    if (current.doc.status === 'sending') {
      // Only the job's lease holder drains it, so a claim not ours is one whose sender died,
      // perhaps after delivering: wait out the claim, then send again (at least once).
      const waitMs = new Date(current.doc.claimedUntil ?? 0).getTime() - this.now().getTime();
      if (waitMs > 0) await sleep(waitMs, undefined, this.options.signal ? { signal: this.options.signal } : undefined).catch(() => undefined);
      if (this.options.signal?.aborted) return 'skipped';
      const after = await this.options.outbox.read(current.doc.tenantId, current.doc.id);
      if (!after || after.doc.status !== 'sending') return 'skipped';
      current = after;
      resending = true;
    }
    const item = current.doc;
    let conversation: Stored<ConversationRecord> | undefined;
    let message: OutgoingMessage;
    try {
      conversation = await this.options.conversations.read(item.tenantId, personalConversationId(item.recipient)).then(
        (stored) => stored ?? this.options.conversations.read(item.tenantId, item.recipient),
      );
      if (!conversation) {
        await this.finish(current, { status: 'unreachable', error: 'no conversation reference: the app is not installed for the recipient' });
        return 'unreachable';
      }
      message = await render(item, conversation.doc);
    } catch (error) {
      // Nothing was sent: record the failure so the item is not mistaken for one in flight.
      await this.finish(current, { status: 'failed', error: `before sending: ${String((error as Error)?.message ?? error)}` });
      return 'failed';
    }
    const reference = conversation.doc.reference;
    const conversationKey = JSON.stringify((reference as { conversation?: { id?: string } }).conversation?.id);
    let claimed: Stored<OutboxItem> | undefined;
    let lost = false;
    let claimedUntil = new Date(this.now().getTime() + this.claimMs);
    // In flight from here: claimed inside the rate limiter's slot, right before the HTTP call.
    const attempt = async (): Promise<{ activityId?: string } | undefined> => {
      if (!claimed) {
        claimedUntil = new Date(this.now().getTime() + this.claimMs);
        claimed = await this.update(current, { status: 'sending', claimedBy: this.options.owner, claimedUntil: claimedUntil.toISOString(), attempts: item.attempts + 1 });
        lost = !claimed;
        if (lost) return undefined;
      }
      return this.options.sender.send(reference, message);
    };
    try {
      const answer = await sendWithRetry(
        () => this.appLimit(() => this.conversationLimit(conversationKey)(attempt)),
        this.options.retry ?? DEFAULT_RETRY,
        (error) => {
          if (error.status === 429 && !this.options.throttledSince) result.throttled += 1;
        },
        // Retries end well before the claim does, so no one else starts while one may still land.
        { deadline: new Date(claimedUntil.getTime() - Math.min(5_000, this.claimMs / 4)), ...(this.options.signal ? { signal: this.options.signal } : {}) },
      );
      if (lost || !answer || !claimed) return 'skipped'; // another sender claimed it first
      const { activityId } = answer;
      if (resending) result.resent += 1;
      await this.finish(claimed, { status: 'sent', sentAt: this.now().toISOString(), ...(activityId ? { activityId } : {}) });
      return 'sent';
    } catch (error) {
      if (!claimed) return 'failed'; // the claim could not be written: still pending, nothing sent
      if (this.options.signal?.aborted) {
        // Shutting down with the send unsettled: back to pending, for the next holder to send at once.
        await this.finish(claimed, { status: 'pending', error: 'the sender was stopped during the send' });
        return 'failed';
      }
      const sendError = error instanceof SendError ? error : undefined;
      const blocked = sendError?.status === 403 || sendError?.status === 404;
      await this.finish(claimed, {
        status: blocked ? 'unreachable' : 'failed',
        error: sendError ? `${sendError.status} ${sendError.code ?? ''} ${sendError.message}`.trim() : String(error),
      });
      return blocked ? 'unreachable' : 'failed';
    }
  }

  private conversationLimit(key: string) {
    let limit = this.conversationLimits.get(key);
    if (!limit) {
      const throttle = pThrottle({ limit: this.options.perConversationPerSecond ?? 7, interval: 1000, strict: true });
      limit = throttle(<T>(fn: () => Promise<T>) => fn()) as <T>(fn: () => Promise<T>) => Promise<T>;
      this.conversationLimits.set(key, limit);
    }
    return limit;
  }

  private async update(stored: { doc: OutboxItem; etag: string }, change: Partial<OutboxItem>) {
    try {
      return await this.options.outbox.replace({ ...stored.doc, ...change }, stored.etag);
    } catch (error) {
      if (isAppError(error, 'concurrent-change')) return undefined;
      throw error;
    }
  }

  private async finish(stored: { doc: OutboxItem; etag: string }, change: Partial<OutboxItem>) {
    const { claimedUntil: _until, claimedBy: _by, ...rest } = stored.doc;
    try {
      return await this.options.outbox.replace({ ...rest, ...change }, stored.etag);
    } catch (error) {
      if (isAppError(error, 'concurrent-change')) return undefined;
      throw error;
    }
  }
}
