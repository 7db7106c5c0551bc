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

export interface DrainResult {
  sent: number;
  failed: number;
  unreachable: number;
  uncertain: number;
  skipped: number;
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
  claimMs?: number;
  retry?: RetryPolicy;
  now?: () => Date;
}

/**
 * Drains the outbox: claims each pending item with its ETag (so two instances never send the same
 * one), looks up the recipient's conversation reference, sends through the rate limiters with
 * Teams' retry rules, and records the outcome on the item.
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
    const result: DrainResult = { sent: 0, failed: 0, unreachable: 0, uncertain: 0, skipped: 0, throttled: 0 };
    const statuses: OutboxStatus[] = options.retryUnreachable ? ['pending', 'sending', 'unreachable', 'failed'] : ['pending', 'sending'];
    const items = await this.options.outbox.withStatus(tenantId, kind, week, statuses);
    const queue = [...items];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        if (item.doc.status === 'sending' && options.waitForInFlight === false) {
          result.skipped += 1;
          continue;
        }
        // An item whose outcome could not be recorded stays `sending`: the next run reports it uncertain.
        const outcome = await this.sendOne(item, render, result).catch(() => 'uncertain' as const);
        result[outcome] += 1;
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 8 }, worker));
    return result;
  }

  private async sendOne(
    current: Stored<OutboxItem>,
    render: (item: OutboxItem, conversation: ConversationRecord) => Promise<OutgoingMessage>,
    result: DrainResult,
  ): Promise<Exclude<keyof DrainResult, 'throttled'>> {
    const { outbox } = this.options;
    const item = current.doc;
    if (current.doc.status === 'sending') {
      // Only one instance drains a job (its lease), so a claim not ours is one whose sender died,
      // perhaps after delivering. Wait out its claim, then never risk a duplicate: tell the admins.
      const waitMs = new Date(current.doc.claimedUntil ?? 0).getTime() - this.now().getTime();
      if (waitMs > 0) await sleep(waitMs);
      const after = await outbox.read(item.tenantId, item.id);
      if (!after || after.doc.status !== 'sending') return 'skipped';
      return (await this.finish(after, { status: 'uncertain', error: 'the sender stopped during the send' })) ? 'uncertain' : 'skipped';
    }
    const claimed = await this.update(current, {
      status: 'sending',
      claimedBy: this.options.owner,
      claimedUntil: new Date(this.now().getTime() + (this.options.claimMs ?? 120_000)).toISOString(),
      attempts: current.doc.attempts + 1,
    });
    if (!claimed) return 'skipped';
    let conversation: Stored<ConversationRecord> | undefined;
    let message: OutgoingMessage;
    try {
      conversation = await this.options.conversations.read(item.tenantId, personalConversationId(item.recipient)).then(
        (found) => found ?? this.options.conversations.read(item.tenantId, item.recipient),
      );
      if (!conversation) {
        await this.finish(claimed, { status: 'unreachable', error: 'no conversation reference: the app is not installed for the recipient' });
        return 'unreachable';
      }
      message = await render(claimed.doc, conversation.doc);
    } catch (error) {
      // Nothing was sent: record the failure so the item is not mistaken for one in flight.
      await this.finish(claimed, { status: 'failed', error: `before sending: ${String((error as Error)?.message ?? error)}` });
      return 'failed';
    }
    const reference = conversation.doc.reference;
    try {
      const conversationKey = JSON.stringify((reference as { conversation?: { id?: string } }).conversation?.id);
      const { activityId } = await sendWithRetry(
        () => this.appLimit(() => this.conversationLimit(conversationKey)(() => this.options.sender.send(reference, message))),
        this.options.retry ?? DEFAULT_RETRY,
        (error) => {
          if (error.status === 429) result.throttled += 1;
        },
      );
      await this.finish(claimed, { status: 'sent', sentAt: this.now().toISOString(), ...(activityId ? { activityId } : {}) });
      return 'sent';
    } catch (error) {
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
    const { claimedUntil: _until, ...rest } = stored.doc;
    try {
      return await this.options.outbox.replace({ ...rest, ...change }, stored.etag);
    } catch (error) {
      if (isAppError(error, 'concurrent-change')) return undefined;
      throw error;
    }
  }
}
