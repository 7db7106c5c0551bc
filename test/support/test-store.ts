import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { DEMO_ROSTER_FILE, readRosterFile, seedStore } from '../../src/seed/seed-store.ts';
import { createRepositories, type Repositories } from '../../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';
import { PLAYGROUND_TENANT } from './activities.ts';

export interface TestStore {
  repositories: Repositories;
  endpoint: string;
  key: string;
  stop(): Promise<void>;
}

/** The embedded Cosmos server (in memory), seeded like a local start: agreements, districts, demo roster. */
export async function startTestStore(options: { tenantId?: string; seed?: boolean } = {}): Promise<TestStore> {
  const cosmos = await startEmbeddedCosmos();
  const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'samverkan-test' });
  const repositories = createRepositories(connection);
  if (options.seed ?? true) {
    const tenantId = options.tenantId ?? PLAYGROUND_TENANT;
    await seedStore(repositories, await loadKnowledgeBaseFromFiles(tenantId), await readRosterFile(DEMO_ROSTER_FILE, tenantId, true), []);
  }
  return {
    repositories,
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    async stop() {
      await repositories.conversationTopics.flush();
      connection.dispose();
      await cosmos.stop();
    },
  };
}
