import type { OutboxItem, OutboxKind, OutboxStatus } from '../domain/outbox.ts';
import type { OutboxRepository } from '../domain/outbox-repository.ts';
import type { Stored } from '../domain/repository.ts';
import { DocumentStore } from './document-store.ts';

export class OutboxStore extends DocumentStore<OutboxItem> implements OutboxRepository {
  withStatus(tenantId: string, kind: OutboxKind, week: string, statuses: readonly OutboxStatus[]): Promise<Stored<OutboxItem>[]> {
    return this.queryStored(tenantId, 'c.kind = @kind AND c.week = @week AND ARRAY_CONTAINS(@statuses, c.status)', [
      { name: '@kind', value: kind },
      { name: '@week', value: week },
      { name: '@statuses', value: [...statuses] },
    ]);
  }
}
