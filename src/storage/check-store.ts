import type { CosmosConnection } from './open-cosmos.ts';

export type StoreCheck = 'ok' | 'unreachable' | 'not-seeded';

/**
 * For the readiness probe: one in-partition query for any reference document of the tenant,
 * aborted after `timeoutMs`, so a probe never waits on the SDK's retries. Reachable and seeded
 * in one request (about 2-3 RU).
 */
export async function checkStore(connection: CosmosConnection, tenantId: string, timeoutMs: number): Promise<StoreCheck> {
  try {
    const { resources } = await connection.containers.reference.items
      .query<{ id: string }>(
        { query: 'SELECT TOP 1 c.id FROM c WHERE c.tenantId = @tenantId', parameters: [{ name: '@tenantId', value: tenantId }] },
        { partitionKey: tenantId, maxItemCount: 1, abortSignal: AbortSignal.timeout(timeoutMs) },
      )
      .fetchNext();
    return resources.length > 0 ? 'ok' : 'not-seeded';
  } catch {
    return 'unreachable';
  }
}
