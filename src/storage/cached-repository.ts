import type { Repository, Stored } from '../domain/repository.ts';

/**
 * Point reads of a read-mostly kind (the roster entry every turn reads) kept in memory for a few
 * seconds. Writes through this instance refresh the entry; another instance's write is seen once
 * the entry has aged out (`ttlMs`); a replace that finds a newer ETag drops the entry, so the
 * caller's re-read is fresh. Lists and queries always go to the store.
 */
export class CachedRepository<T extends { tenantId: string; id: string }> implements Repository<T> {
  private readonly entries = new Map<string, { stored: Stored<T> | undefined; until: number }>();

  constructor(
    private readonly inner: Repository<T>,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async read(tenantId: string, id: string): Promise<Stored<T> | undefined> {
    const key = keyOf(tenantId, id);
    const cached = this.entries.get(key);
    if (cached && cached.until > Date.now()) return cached.stored;
    const stored = await this.inner.read(tenantId, id);
    this.remember(key, stored);
    return stored;
  }

  create(doc: T): Promise<Stored<T>> {
    return this.written(doc, () => this.inner.create(doc));
  }

  replace(doc: T, etag: string): Promise<Stored<T>> {
    return this.written(doc, () => this.inner.replace(doc, etag));
  }

  upsert(doc: T): Promise<Stored<T>> {
    return this.written(doc, () => this.inner.upsert(doc));
  }

  async delete(tenantId: string, id: string, etag?: string): Promise<void> {
    this.entries.delete(keyOf(tenantId, id));
    await this.inner.delete(tenantId, id, etag);
    this.entries.delete(keyOf(tenantId, id));
  }

  list(tenantId: string): Promise<T[]> {
    return this.inner.list(tenantId);
  }

  private async written(doc: T, write: () => Promise<Stored<T>>): Promise<Stored<T>> {
    const key = keyOf(doc.tenantId, doc.id);
    try {
      const stored = await write();
      this.remember(key, stored);
      return stored;
    } catch (error) {
      // Stale (a newer ETag, an existing document) or unknown after a failure: the next read goes to the store.
      this.entries.delete(key);
      throw error;
    }
  }

  private remember(key: string, stored: Stored<T> | undefined) {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { stored, until: Date.now() + this.ttlMs });
  }
}

const keyOf = (tenantId: string, id: string) => `${tenantId}\u0000${id}`;
