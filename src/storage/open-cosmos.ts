import { CosmosClient, type Container } from '@azure/cosmos';
import { CONTAINERS, PARTITION_KEY_PATH, type ContainerName } from './containers.ts';
import { isTransientCosmosError, retryTransient } from './retry-transient.ts';

export interface CosmosConnection {
  containers: Record<ContainerName, Container>;
  dispose(): void;
}

/** How long a start waits for Cosmos DB to answer before it gives up. */
const START_WAIT_MS = 60_000;

/**
 * Connects to Cosmos DB (real or embedded) and makes sure the database and containers exist.
 * Throttling (429) is retried by the SDK, which honours the server's retry-after; the stores retry
 * what is left (retry-transient.ts). At start Cosmos may not answer yet (a container starting
 * beside us, a fault): it is waited for up to a minute, and `onWait` says so each time.
 */
export async function openCosmos(options: {
  endpoint: string;
  key: string;
  databaseId: string;
  onWait?: (details: { endpoint: string; attempt: number; waitedMs: number; reason: string }) => void;
}): Promise<CosmosConnection> {
  const isLocal = /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.endpoint);
  const client = new CosmosClient({
    endpoint: options.endpoint,
    key: options.key,
    connectionPolicy: {
      enableEndpointDiscovery: !isLocal,
      retryOptions: { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 30 },
    },
  });
  try {
    const started = Date.now();
    let attempt = 0;
    const ensure = <T>(create: () => Promise<T>) =>
      retryTransient(() => createIfMissing(create), {
        policy: { attempts: Number.MAX_SAFE_INTEGER, baseDelayMs: 200, maxDelayMs: 5_000 },
        // A start gives up after the minute; a refused connection is transient only here.
        isTransient: (error) => Date.now() - started < START_WAIT_MS && (isTransientCosmosError(error) || isRefused(error)),
        onRetry: (error) => {
          attempt += 1;
          options.onWait?.({ endpoint: options.endpoint, attempt, waitedMs: Date.now() - started, reason: describe(error) });
        },
      });
    const { database } = await ensure(() => client.databases.createIfNotExists({ id: options.databaseId }));
    const entries = await Promise.all(
      Object.values(CONTAINERS).map(async (id) => {
        const { container } = await ensure(() => database.containers.createIfNotExists({ id, partitionKey: { paths: [PARTITION_KEY_PATH] } }));
        return [id, container] as const;
      }),
    );
    return {
      containers: Object.fromEntries(entries) as Record<ContainerName, Container>,
      dispose: () => client.dispose(),
    };
  } catch (error) {
    client.dispose();
    throw error;
  }
}

/** createIfNotExists reads, then creates: another instance may create in between (409 = it exists now). */
async function createIfMissing<T>(create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if ((error as { code?: unknown }).code === 409) return create();
    throw error;
  }
}

function isRefused(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'ECONNREFUSED' || /ECONNREFUSED|fetch failed/.test(String(message));
}

function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return `${String(code ?? '')} ${String(message ?? error)}`.trim().slice(0, 200);
}
