import { isAppError } from '../domain/errors.ts';

const lostRace = (error: unknown) => isAppError(error, 'concurrent-change') || isAppError(error, 'conflict');

/** For documents that may also be deleted meanwhile (404 on the write): a lost race too. */
export const lostRaceOrRemoved = (error: unknown) => lostRace(error) || isAppError(error, 'not-found');

/**
 * Runs a read–apply–write again when its write lost a race (412 on a stale ETag, 409 on a create
 * someone else made first): the next attempt reads the winner's document and applies to that.
 */
export async function retryOnLostRace<T>(attempt: () => Promise<T>, options: { attempts?: number; isLostRace?: (error: unknown) => boolean } = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const isLost = options.isLostRace ?? lostRace;
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isLost(error) || n >= attempts) throw error;
    }
  }
}
