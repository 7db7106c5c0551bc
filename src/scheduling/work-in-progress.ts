/**
 * Work that outlives the call that started it (a drain after a card action, a chat command's
 * report): tracked so that shutdown and tests can wait for it. A failure goes to `onError`.
 */
export class WorkInProgress {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  start(work: Promise<unknown>): void {
    const tracked: Promise<void> = work.then(
      () => undefined,
      (error: unknown) => this.onError(error),
    );
    const done = tracked.finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Waits until nothing is under way, including work started while waiting. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
