import { CosmosClient, type Container } from '@azure/cosmos';
import { CONTAINERS, PARTITION_KEY_PATH, type ContainerName } from './containers.ts';

export interface CosmosConnection {
  containers: Record<ContainerName, Container>;
  dispose(): void;
}

/**
 * Connects to Cosmos DB (real or embedded) and makes sure the database and containers exist.
 * Throttling (429) is retried by the SDK, which honours the server's retry-after; what is left
 * after its retries becomes a `retryable` error at the store boundary.
 */
export async function openCosmos(options: { endpoint: string; key: string; databaseId: string }): Promise<CosmosConnection> {
  const isLocal = /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.endpoint);
  const client = new CosmosClient({
    endpoint: options.endpoint,
    key: options.key,
    connectionPolicy: {
      enableEndpointDiscovery: !isLocal,
      retryOptions: { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 30 },
    },
  });
  const { database } = await client.databases.createIfNotExists({ id: options.databaseId });
  const entries = await Promise.all(
    Object.values(CONTAINERS).map(async (id) => {
      const { container } = await database.containers.createIfNotExists({
        id,
        partitionKey: { paths: [PARTITION_KEY_PATH] },
      });
      return [id, container] as const;
    }),
  );
  return {
    containers: Object.fromEntries(entries) as Record<ContainerName, Container>,
    dispose: () => client.dispose(),
  };
}
