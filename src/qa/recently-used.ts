/** A map of at most `size` entries that forgets the least recently used first: the answerer's memory of repeated questions. */
export class RecentlyUsed<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, V>();
  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The value kept for `key`, else `compute()`'s, kept when `remember` (off: measure every computation). */
  getOrCompute(key: string, compute: () => V, remember = true): V {
    const kept = remember ? this.get(key) : undefined;
    if (kept !== undefined) return kept;
    const value = compute();
    if (remember) this.set(key, value);
    return value;
  }
}
