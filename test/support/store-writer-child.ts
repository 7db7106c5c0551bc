// The embedded store in a process of its own for the kill test: it opens the store in DATA_DIR
// and writes documents as fast as it can, four at a time, printing `ack <id>` for every write the
// store acknowledged. The test kills it with SIGKILL and checks every acknowledged id is there.
import { personalConversationId } from '../../src/domain/conversation-id.ts';
import { createRepositories } from '../../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';

const { DATA_DIR, PREFIX } = process.env;
const cosmos = await startEmbeddedCosmos({ dataDir: DATA_DIR! });
const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'kill-test' });
const { conversations } = createRepositories(connection);
process.stdout.write('ready\n');
let next = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (;;) {
      const id = personalConversationId(`${PREFIX}-${next++}`);
      await conversations.upsert({ tenantId: 'kill-test', id, type: 'conversation', scope: 'personal', reference: { n: next }, language: 'sv', updatedAt: new Date().toISOString() });
      process.stdout.write(`ack ${id}\n`);
    }
  }),
);
