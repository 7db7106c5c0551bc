/** A message for one proactive send: an Adaptive Card with its plain-text fallback. */
export interface OutgoingMessage {
  card: Record<string, unknown>;
  text: string;
}

/**
 * How scheduled work reaches Teams. bot/ implements it with the Bot Framework adapter; tests and
 * benchmarks use the same implementation against a fake connector.
 */
export interface ProactiveSender {
  send(reference: Record<string, unknown>, message: OutgoingMessage): Promise<{ activityId?: string }>;
}

/** A failed send as the connector answered it; `status` 0 means no answer (network). */
export class SendError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SendError';
  }
}
