import { setTimeout as sleep } from 'node:timers/promises';

/** Status codes Cosmos DB answers when the request may simply be tried again. */
const TRANSIENT_STATUS = new Set([408, 429, 449, 503]);
/** Socket-level failures: the request may or may not have reached the server. */
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'TimeoutError']);

export interface TransientRetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Under the SDK's own retries (429 with its retry-after, resets of reads): what is left over. */
export const STORAGE_RETRY: TransientRetryPolicy = { attempts: 8, baseDelayMs: 100, maxDelayMs: 4_000 };

export function isTransientCosmosError(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  if (typeof code === 'number') return TRANSIENT_STATUS.has(code);
  return TRANSIENT_NETWORK.has(String(code)) || name === 'TimeoutError';
}

/** The server's own wait, from the SDK's parsed value or the headers (x-ms-retry-after-ms, retry-after in seconds). */
export function retryAfterMsOf(error: unknown): number | undefined {
  const { retryAfterInMs, headers } = (error ?? {}) as { retryAfterInMs?: unknown; headers?: Record<string, unknown> };
  if (typeof retryAfterInMs === 'number' && retryAfterInMs >= 0) return retryAfterInMs;
  const ms = Number(headers?.['x-ms-retry-after-ms']);
  if (Number.isFinite(ms) && ms >= 0 && headers?.['x-ms-retry-after-ms'] !== undefined) return ms;
  const seconds = Number(headers?.['retry-after']);
  return Number.isFinite(seconds) && headers?.['retry-after'] !== undefined ? seconds * 1000 : undefined;
}

/**
 * Runs a Cosmos operation, retrying transient faults (408, 429, 449, 503, resets, timeouts) with
 * exponential backoff and full jitter, waiting at least what the server's retry-after says. Only
 * for operations that are safe to repeat; `onRetry` lets the caller know a repeat happened (a
 * create's 409 or a replace's 412 after a repeat may be its own earlier attempt). Hand-written:
 * p-retry computes its delays itself and has no hook to replace them with retry-after.
 */
export async function retryTransient<T>(
  operation: () => Promise<T>,
  options: { policy?: TransientRetryPolicy; onRetry?: (error: unknown, delayMs: number) => void; isTransient?: (error: unknown) => boolean } = {},
): Promise<T> {
  const policy = options.policy ?? STORAGE_RETRY;
  const isTransient = options.isTransient ?? isTransientCosmosError;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error) || attempt >= policy.attempts) throw error;
      const backoff = Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.max(backoff, retryAfterMsOf(error) ?? 0);
      options.onRetry?.(error, delayMs);
      await sleep(delayMs);
    }
  }
}
