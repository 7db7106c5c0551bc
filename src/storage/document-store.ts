import type { Container, SqlParameter } from '@azure/cosmos';
import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import type { Repository, Stored } from '../domain/repository.ts';
import { isDeepStrictEqual } from 'node:util';
import { mapCosmosError } from './map-cosmos-error.ts';
import { retryTransient } from './retry-transient.ts';

export type { Stored };

export interface TenantDocument {
  tenantId: string;
  id: string;
}

/**
 * Typed access to one kind of document in one container. Reads validate with the kind's zod
 * schema (a stored document that no longer fits is an error, not silently used); writes that
 * update present the ETag they read, so concurrent writers never lose an update. Queries are
 * protected: a kind that needs one gets a store here with a named method (e.g. TaskStore), so SQL
 * never leaves src/storage. Transient faults (throttling, unavailability, resets) are retried here,
 * for every kind: reads, queries and writes that are safe to repeat.
 */
export class DocumentStore<T extends TenantDocument> implements Repository<T> {
  constructor(
    private readonly container: Container,
    private readonly schema: z.ZodType<T>,
    private readonly kind: string,
    /** Documents of several kinds may share a container; queries filter on this `type`. */
    private readonly type?: string,
  ) {}

  async read(tenantId: string, id: string): Promise<Stored<T> | undefined> {
    try {
      const { resource, etag } = await retryTransient(() => this.container.item(id, tenantId).read());
      return resource ? { doc: this.parse(resource), etag } : undefined;
    } catch (error) {
      if ((error as { code?: unknown }).code === 404) return undefined;
      throw mapCosmosError(error, `${this.kind} ${id}`);
    }
  }

  /** Ids are deterministic, so a repeated create whose 409 finds exactly what it wrote succeeded before. */
  async create(doc: T): Promise<Stored<T>> {
    const parsed = this.parse(doc);
    let repeated = false;
    try {
      const { resource, etag } = await retryTransient(() => this.container.items.create(parsed), { onRetry: () => (repeated = true) });
      return { doc: this.parse(resource), etag };
    } catch (error) {
      const ours = repeated && (error as { code?: unknown }).code === 409 ? await this.readIfWritten(parsed) : undefined;
      if (ours) return ours;
      throw mapCosmosError(error, `${this.kind} ${doc.id}`);
    }
  }

  /** Replaces the document only if it still has `etag`; otherwise `concurrent-change`. */
  /** A repeated replace whose 412 finds exactly what it wrote had succeeded before its answer was lost. */
  async replace(doc: T, etag: string): Promise<Stored<T>> {
    const parsed = this.parse(doc);
    let repeated = false;
    try {
      const { resource, etag: newEtag } = await retryTransient(
        () => this.container.item(doc.id, doc.tenantId).replace(parsed, { accessCondition: { type: 'IfMatch', condition: etag } }),
        { onRetry: () => (repeated = true) },
      );
      return { doc: this.parse(resource), etag: newEtag };
    } catch (error) {
      const ours = repeated && (error as { code?: unknown }).code === 412 ? await this.readIfWritten(parsed) : undefined;
      if (ours) return ours;
      throw mapCosmosError(error, `${this.kind} ${doc.id}`);
    }
  }

  /** Last writer wins: only for documents no one edits concurrently (seed data, references). */
  async upsert(doc: T): Promise<Stored<T>> {
    try {
      const parsed = this.parse(doc);
      const { resource, etag } = await retryTransient(() => this.container.items.upsert(parsed));
      return { doc: this.parse(resource), etag };
    } catch (error) {
      throw mapCosmosError(error, `${this.kind} ${doc.id}`);
    }
  }

  async delete(tenantId: string, id: string, etag?: string): Promise<void> {
    try {
      await retryTransient(() =>
        this.container.item(id, tenantId).delete(etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined),
      );
    } catch (error) {
      if ((error as { code?: unknown }).code === 404) return;
      throw mapCosmosError(error, `${this.kind} ${id}`);
    }
  }

  list(tenantId: string): Promise<T[]> {
    return this.query(tenantId);
  }

  /**
   * All documents of this kind in a tenant matching an optional extra condition (portable subset:
   * no OFFSET/LIMIT, GROUP BY, DISTINCT or LIKE). `where` refers to the document as `c`.
   */
  protected async query(tenantId: string, where = '', parameters: SqlParameter[] = []): Promise<T[]> {
    return (await this.queryStored(tenantId, where, parameters)).map((stored) => stored.doc);
  }

  /** Like `query`, with each document's ETag, for writes that follow without another read. */
  protected async queryStored(tenantId: string, where = '', parameters: SqlParameter[] = []): Promise<Stored<T>[]> {
    const conditions = ['c.tenantId = @tenantId'];
    if (this.type) conditions.push('c.type = @type');
    if (where) conditions.push(`(${where})`);
    const query = {
      query: `SELECT * FROM c WHERE ${conditions.join(' AND ')}`,
      parameters: [
        { name: '@tenantId', value: tenantId },
        ...(this.type ? [{ name: '@type', value: this.type }] : []),
        ...parameters,
      ],
    };
    try {
      const { resources } = await retryTransient(() =>
        this.container.items.query<Record<string, unknown>>(query, { partitionKey: tenantId }).fetchAll(),
      );
      return resources.map((resource) => ({ doc: this.parse(resource), etag: String(resource._etag) }));
    } catch (error) {
      throw mapCosmosError(error, `${this.kind} query`);
    }
  }

  /** The stored document, when its content is `written` (system fields aside). */
  private async readIfWritten(written: T): Promise<Stored<T> | undefined> {
    const stored = await this.read(written.tenantId, written.id);
    const asJson = (value: T) => JSON.parse(JSON.stringify(value)) as unknown;
    return stored && isDeepStrictEqual(asJson(stored.doc), asJson(written)) ? stored : undefined;
  }

  private parse(value: unknown): T {
    const result = this.schema.safeParse(value);
    if (!result.success) {
      throw new AppError('storage', `A stored ${this.kind} does not have the expected shape; fix or remove it.`, {
        details: result.error.issues,
      });
    }
    return result.data;
  }
}
