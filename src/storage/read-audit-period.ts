import type { Container } from '@azure/cosmos';
import { AuditEntrySchema, type AuditEntry } from '../domain/audit.ts';
import { AppError } from '../domain/errors.ts';
import { mapCosmosError } from './map-cosmos-error.ts';

/**
 * A tenant's audit entries with `fromIso <= at < toIsoExclusive`, oldest first. `at` is stored as
 * `Date.toISOString()`, so comparing the strings compares the instants. One parameterized query
 * with a single ORDER BY (what both real Cosmos and the embedded server support), read page by page.
 */
export async function readAuditPeriod(
  container: Container,
  tenantId: string,
  period: { fromIso: string; toIsoExclusive: string },
): Promise<AuditEntry[]> {
  const query = {
    query:
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = @type AND c.at >= @from AND c.at < @to ORDER BY c.at ASC',
    parameters: [
      { name: '@tenantId', value: tenantId },
      { name: '@type', value: 'audit' },
      { name: '@from', value: period.fromIso },
      { name: '@to', value: period.toIsoExclusive },
    ],
  };
  const entries: AuditEntry[] = [];
  try {
    const iterator = container.items.query(query, { partitionKey: tenantId, maxItemCount: 500 });
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      for (const resource of resources ?? []) {
        const parsed = AuditEntrySchema.safeParse(resource);
        if (!parsed.success) {
          throw new AppError('storage', `Audit entry ${String((resource as { id?: unknown }).id)} does not have the expected shape; fix it before exporting.`, {
            details: parsed.error.issues,
          });
        }
        entries.push(parsed.data);
      }
    }
  } catch (error) {
    throw mapCosmosError(error, 'audit query');
  }
  return entries;
}
