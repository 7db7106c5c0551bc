import type { OutboxItem, OutboxKind, OutboxStatus } from './outbox.ts';
import type { Repository, Stored } from './repository.ts';

/** The outbox of proactive sends, read per job run: one kind of item in one week. */
export interface OutboxRepository extends Repository<OutboxItem> {
  /** A run's items in these states, each with the ETag its claim must present. */
  withStatus(tenantId: string, kind: OutboxKind, week: string, statuses: readonly OutboxStatus[]): Promise<Stored<OutboxItem>[]>;
}
