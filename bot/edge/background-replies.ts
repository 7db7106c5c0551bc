import { buildNoticeCard } from '../../cards/notice-card.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import type { Language } from '../../src/domain/model.ts';
import type { Logger } from '../../src/logger.ts';
import type { ProactiveSender } from '../../src/scheduling/proactive-sender.ts';
import type { CardReply } from '../turn.ts';

/**
 * Long work asked for in chat (an admin's "kör statusförfrågan nu" over a thousand contacts takes
 * about 20 s) runs after the turn has answered, within the 15 s Teams allows a bot; its result is
 * sent to the same conversation when done.
 */
export class BackgroundReplies {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly sender: ProactiveSender,
    private readonly logger: Logger,
  ) {}

  start(reference: Record<string, unknown>, language: Language, work: () => Promise<CardReply>): void {
    const task = work()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'background work asked for in chat failed');
        return buildNoticeCard(NOTICES.internalError, language);
      })
      .then((reply) => this.sender.send(reference, reply))
      .then(
        () => undefined,
        (error: unknown) => this.logger.error({ err: error }, 'could not send the result of background work'),
      )
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Waits for work under way (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
