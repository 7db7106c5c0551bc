import { ActivityTypes, CardFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { SendError, type OutgoingMessage, type ProactiveSender } from '../../src/scheduling/proactive-sender.ts';
import { connectorThrottledCount } from './count-connector-throttling.ts';

/**
 * Proactive sends through the Bot Framework adapter. Connector errors become SendError with the
 * HTTP status and Retry-After, which the outbox's retry rules read.
 */
export class BotProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    /** In anonymous (local) mode any non-empty id works; the SDK requires one. */
    private readonly appId: string,
    /** Shutdown: a send under way (the connector client retries by itself, unstoppably) is given up. */
    private readonly signal?: AbortSignal,
  ) {
    connectorThrottledCount(); // counting starts now, not at the first look
  }

  /** 429s the connector answered this process (the client retries them itself); an outbox drain reports the difference. */
  throttledCount(): number {
    return connectorThrottledCount();
  }

  async send(reference: Record<string, unknown>, message: OutgoingMessage): Promise<{ activityId?: string }> {
    const { signal } = this;
    if (!signal) return this.sendNow(reference, message);
    if (signal.aborted) throw new SendError('not sent: the bot is stopping', 0);
    const sending = this.sendNow(reference, message);
    sending.catch(() => undefined); // its outcome no longer matters once the race is lost
    let onAbort = () => undefined as void;
    const stopped = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(new SendError('given up: the bot is stopping (it may still arrive)', 0));
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([sending, stopped]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  private async sendNow(reference: Record<string, unknown>, message: OutgoingMessage): Promise<{ activityId?: string }> {
    let activityId: string | undefined;
    // The adapter hands errors thrown in the callback to onTurnError and resolves; keep ours.
    let failure: unknown;
    try {
      await this.adapter.continueConversationAsync(this.appId || 'samverkan-local', reference as Partial<ConversationReference>, async (context) => {
        try {
          const response = await context.sendActivity({
            type: ActivityTypes.Message,
            attachments: [CardFactory.adaptiveCard(message.card)],
            summary: message.text.slice(0, 200),
          });
          activityId = response?.id;
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined) throw toSendError(failure);
    return activityId ? { activityId } : {};
  }
}

function toSendError(error: unknown): SendError {
  const e = error as { statusCode?: number; code?: string; message?: string; response?: { headers?: { get?(name: string): string | undefined } }; details?: { error?: { code?: string } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  const retryAfter = e.response?.headers?.get?.('retry-after');
  const seconds = retryAfter !== undefined ? Number(retryAfter) : Number.NaN;
  return new SendError(e.message ?? 'send failed', status, Number.isFinite(seconds) ? seconds * 1000 : undefined, e.details?.error?.code ?? e.code);
}
