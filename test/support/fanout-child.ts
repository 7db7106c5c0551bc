// A bot instance in its own process for the crash tests: runs the week's status request job against
// a shared Cosmos endpoint and exits. The tests kill one with SIGKILL mid-run; another takes over.
import { createRepositories } from '../../src/storage/create-repositories.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';
import { createJobsInstance } from './jobs-harness.ts';

const { COSMOS_ENDPOINT, COSMOS_KEY, TENANT, WEEK, OWNER, LEASE_MS, CLAIM_MS } = process.env;
const connection = await openCosmos({ endpoint: COSMOS_ENDPOINT!, key: COSMOS_KEY!, databaseId: 'samverkan-test' });
// Without LEASE_MS / CLAIM_MS: the production defaults.
const { jobs } = createJobsInstance(createRepositories(connection), OWNER!, {
  ...(LEASE_MS ? { leaseMs: Number(LEASE_MS) } : {}),
  ...(CLAIM_MS ? { claimMs: Number(CLAIM_MS) } : {}),
});
// Like the scheduler: a held week is watched until it can be claimed (its holder died) or is done.
const week = WEEK as `${number}-W${string}`;
let report = await jobs.run('status-request', TENANT!, week);
for (let attempt = 0; !report.ran && report.reason === 'held' && attempt < 240; attempt += 1) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  report = await jobs.run('status-request', TENANT!, week);
}
process.stdout.write(`${JSON.stringify(report)}\n`);
connection.dispose();
