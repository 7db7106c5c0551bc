import type { Container, SqlParameter } from '@azure/cosmos';
import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import type { Repository, Stored } from '../domain/repository.ts';
import { mapCosmosError } from './map-cosmos-error.ts';

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
 * never leaves src/storage.
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
      const { resource, etag } = await this.container.item(id, tenantId).read();
      return resource ? { doc: this.parse(resource), etag } : undefined;
    } catch (error) {
      if ((error as { code?: unknown }).code === 404) return undefined;
      throw mapCosmosError(error, `${this.kind} ${id}`);
    }
  }

  async create(doc: T): Promise<Stored<T>> {
    try {
      const { resource, etag } = await this.container.items.create(this.parse(doc));
      return { doc: this.parse(resource), etag };
    } catch (error) {
      throw mapCosmosError(error, `${this.kind} ${doc.id}`);
    }
  }

  /** Replaces the document only if it still has `etag`; otherwise `concurrent-change`. */
  async replace(doc: T, etag: string): Promise<Stored<T>> {
    try {
      const { resource, etag: newEtag } = await this.container
        .item(doc.id, doc.tenantId)
        .replace(this.parse(doc), { accessCondition: { type: 'IfMatch', condition: etag } });
      return { doc: this.parse(resource), etag: newEtag };
    } catch (error) {
      throw mapCosmosError(error, `${this.kind} ${doc.id}`);
    }
  }

  /** Last writer wins: only for documents no one edits concurrently (seed data, references). */
  async upsert(doc: T): Promise<Stored<T>> {
    try {
      const { resource, etag } = await this.container.items.upsert(this.parse(doc));
      return { doc: this.parse(resource), etag };
    } catch (error) {
      throw mapCosmosError(error, `${this.kind} ${doc.id}`);
    }
  }

  async delete(tenantId: string, id: string, etag?: string): Promise<void> {
    try {
      await this.container
        .item(id, tenantId)
        .delete(etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined);
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
      const { resources } = await this.container.items.query<Record<string, unknown>>(query, { partitionKey: tenantId }).fetchAll();
      return resources.map((resource) => ({ doc: this.parse(resource), etag: String(resource._etag) }));
    } catch (error) {
      throw mapCosmosError(error, `${this.kind} query`);
    }
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
