/** A document as read, with the ETag a later write must present. */
export interface Stored<T> {
  doc: T;
  etag: string;
}

/**
 * What the domain needs of storage for one kind of document; src/storage implements it over
 * Cosmos. `replace` fails with `concurrent-change` when the ETag is stale.
 */
export interface Repository<T extends { tenantId: string; id: string }> {
  read(tenantId: string, id: string): Promise<Stored<T> | undefined>;
  create(doc: T): Promise<Stored<T>>;
  replace(doc: T, etag: string): Promise<Stored<T>>;
  upsert(doc: T): Promise<Stored<T>>;
  delete(tenantId: string, id: string, etag?: string): Promise<void>;
  list(tenantId: string): Promise<T[]>;
}
