// A bot instance in its own process for the crash test: runs the week's status request job against
// a shared Cosmos endpoint and exits. The test kills it with SIGKILL mid-run and starts another.
import { createRepositories } from '../../src/storage/create-repositories.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';
import { createJobsInstance } from './jobs-harness.ts';

const { COSMOS_ENDPOINT, COSMOS_KEY, TENANT, WEEK, OWNER } = process.env;
const connection = await openCosmos({ endpoint: COSMOS_ENDPOINT!, key: COSMOS_KEY!, databaseId: 'samverkan-test' });
const { jobs } = createJobsInstance(createRepositories(connection), OWNER!, { leaseMs: 1500, claimMs: 1500 });
// A restart may come before the dead holder's lease runs out: try again until it can be claimed.
let report = await jobs.run('status-request', TENANT!, WEEK as `${number}-W${string}`);
for (let attempt = 0; !report.ran && report.reason === 'held' && attempt < 40; attempt += 1) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  report = await jobs.run('status-request', TENANT!, WEEK as `${number}-W${string}`);
}
process.stdout.write(`${JSON.stringify(report)}\n`);
connection.dispose();
