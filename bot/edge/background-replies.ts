import { buildNoticeCard } from '../../cards/notice-card.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import type { Language } from '../../src/domain/model.ts';
import type { Logger } from '../../src/logger.ts';
import type { ProactiveSender } from '../../src/scheduling/proactive-sender.ts';
import { WorkInProgress } from '../../src/scheduling/work-in-progress.ts';
import type { CardReply } from '../turn.ts';

/**
 * Long work asked for in chat (an admin's "kör statusförfrågan nu" over a thousand contacts takes
 * about 20 s) runs after the turn has answered, within the 15 s Teams allows a bot; its result is
 * sent to the same conversation when done.
 */
export class BackgroundReplies {
  private readonly background: WorkInProgress;

  constructor(
    private readonly sender: ProactiveSender,
    private readonly logger: Logger,
  ) {
    this.background = new WorkInProgress((error) => this.logger.error({ err: error }, 'could not send the result of background work'));
  }

  start(reference: Record<string, unknown>, language: Language, work: () => Promise<CardReply>): void {
    const reply = work().catch((error: unknown) => {
      this.logger.error({ err: error }, 'background work asked for in chat failed');
      return buildNoticeCard(NOTICES.internalError, language);
    });
    this.background.start(reply.then((card) => this.sender.send(reference, card)));
  }

  /** Work a turn started that need not hold up its reply (a record written after it); shutdown waits for it too. */
  track(work: Promise<unknown>): void {
    this.background.start(work);
  }

  /** Waits for work under way (shutdown, tests). */
  idle(): Promise<void> {
    return this.background.idle();
  }
}
