import { setTimeout as sleep } from 'node:timers/promises';
import { SendError } from './proactive-sender.ts';

const RETRYABLE = new Set([0, 412, 429, 502, 503, 504]);

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 500, maxDelayMs: 15_000 };

export interface RetryLimits {
  /** No retry starts after this (e.g. the end of the item's claim): the last error is thrown instead. */
  deadline?: Date;
  /** Aborts a wait between attempts (shutdown): the last error is thrown at once. */
  signal?: AbortSignal;
}

/**
 * Teams' rules for a send: on 429 wait what Retry-After says; 412/502/503/504 and network errors
 * are retried with exponential backoff and full jitter; anything else (403 blocked or uninstalled,
 * 404, 400) is final. Hand-written because the retry libraries do not honour Retry-After.
 */
export async function sendWithRetry<T>(
  send: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry: (error: SendError, delayMs: number) => void = () => undefined,
  limits: RetryLimits = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      const sendError = error instanceof SendError ? error : new SendError(String((error as Error)?.message ?? error), 0);
      if (!RETRYABLE.has(sendError.status) || attempt >= policy.attempts || limits.signal?.aborted) throw sendError;
      const backoff = Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delayMs = sendError.status === 429 && sendError.retryAfterMs !== undefined ? sendError.retryAfterMs : backoff;
      if (limits.deadline && Date.now() + delayMs >= limits.deadline.getTime()) throw sendError;
      onRetry(sendError, delayMs);
      try {
        await sleep(delayMs, undefined, limits.signal ? { signal: limits.signal } : undefined);
      } catch {
        throw sendError; // aborted: shutting down
      }
    }
  }
}
