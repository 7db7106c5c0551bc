// Benchmark of the dashboard tab's data API: 300 districts × 10 focus areas × 52 weeks of reports
// (15 600) plus an action plan, in the embedded Cosmos server, behind the real routes (token
// checked with the local key on every request, as in production with Entra's). Requests go over
// HTTP in a fixed mix: the week matrix, a district's history, a focus area across districts, the
// action plan and /me, after one cold round (printed). Prints per-endpoint figures, the tab's first-load size (when built), and
// last the line `bench:tab p50 <ms> p99 <ms>` over every request.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLocalTokenIssuer } from '../bot/edge/tab-auth.ts';
import { mountTabRoutes } from '../bot/edge/tab-routes.ts';
import { DashboardReadModel } from '../src/app/dashboard-read-model.ts';
import { KnowledgeService } from '../src/app/knowledge-service.ts';
import { newDecision } from '../src/domain/decision.ts';
import { addWeeks, type WeekKey } from '../src/domain/iso-week.ts';
import { newTask } from '../src/domain/task-change.ts';
import { dueOfWeek } from '../src/domain/task-due.ts';
import { createLogger } from '../src/logger.ts';
import { createRepositories } from '../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../src/storage/open-cosmos.ts';
import { firstLoadSize, FIRST_LOAD_BUDGET_BYTES, TAB_OUT_DIR } from './build-tab.ts';
import { makeDistricts, makeFocusAreas, makeReport, randomLevels } from '../test/support/summary-fixtures.ts';

const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 300);
const AREAS = Number(process.env.BENCH_AREAS ?? 10);
const WEEKS = Number(process.env.BENCH_WEEKS ?? 52);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const TENANT = 'bench-tenant';
const USER = 'bench-user';
const WEEK: WeekKey = '2026-W47';

const cosmos = await startEmbeddedCosmos({});
const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'samverkan-bench-tab' });
const repositories = createRepositories(connection);

const districts = makeDistricts(DISTRICTS, TENANT);
const focusAreas = makeFocusAreas(AREAS, TENANT);
const weeks = Array.from({ length: WEEKS }, (_, i) => addWeeks(WEEK, -i));
const by = { aadObjectId: 'bench', name: 'Bench (demodata)' };
const at = new Date('2026-11-02T10:00:00Z');
const seedStarted = performance.now();
const writes: Array<() => Promise<unknown>> = [
  () => repositories.roster.upsert({ tenantId: TENANT, id: USER, type: 'roster-entry', name: 'Bench (demodata)', roles: ['steering'], districtIds: [], demo: true }),
  ...districts.map((d) => () => repositories.districts.upsert(d)),
  ...focusAreas.map((f) => () => repositories.focusAreas.upsert(f)),
  ...weeks.flatMap((week, w) => districts.filter((_, i) => w > 0 || i % 17 !== 0).map((d, i) => () => repositories.reports.upsert(makeReport(TENANT, d.id, week, randomLevels(focusAreas, i * 7 + w + 1))))),
  ...Array.from({ length: 200 }, (_, n) => () => {
    const fields = { title: `Demouppgift ${n + 1}`, focusAreaId: focusAreas[n % AREAS]!.id, districtId: districts[n % DISTRICTS]!.id, owner: { name: `Demoförvaltning ${n % 7}`, kind: 'forvaltning' as const }, due: dueOfWeek(addWeeks(WEEK, (n % 9) - 4)) };
    return repositories.tasks.upsert(newTask({ tenantId: TENANT, number: n + 1, fields, by, at }));
  }),
  ...Array.from({ length: 30 }, (_, n) => () =>
    repositories.decisions.upsert(newDecision({ tenantId: TENANT, number: n + 1, fields: { date: '2026-11-03', text: `Demobeslut ${n + 1}`, boards: [], anchoring: n % 2 ? 'behöver-förankras' : 'förankrad' }, by, at })),
  ),
];
const queue = [...writes];
await Promise.all(
  Array.from({ length: 16 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await next();
  }),
);
console.log(`seeded ${writes.length} documents (${DISTRICTS} districts × ${AREAS} focus areas × ${WEEKS} weeks) in ${Math.round(performance.now() - seedStarted)} ms`);

const knowledge = new KnowledgeService(repositories, 10 * 60_000);
const dashboard = new DashboardReadModel({
  knowledge,
  repositories,
  tasks: { open: (tenantId) => repositories.tasks.open(tenantId) },
  decisions: { list: (tenantId) => repositories.decisions.list(tenantId) },
  now: () => new Date('2026-11-20T13:00:00Z'),
});
const issuer = await createLocalTokenIssuer(new Set([TENANT]));
const app = express();
mountTabRoutes(app, {
  dashboard,
  rules: issuer.rules,
  rosterEntry: async (tenantId, userId) => (await repositories.roster.read(tenantId, userId))?.doc,
  readAccess: 'roster',
  staticDir: TAB_OUT_DIR,
  logger: createLogger('silent'),
});
const server = await new Promise<import('node:http').Server>((resolve) => {
  const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const token = await issuer.sign({ tenantId: TENANT, userId: USER, name: 'Bench' });

const paths = (round: number) => [
  `/api/tab/week?week=${addWeeks(WEEK, -(round % 4))}`,
  `/api/tab/districts/${districts[(round * 37) % DISTRICTS]!.id}/history?to=${WEEK}`,
  `/api/tab/focus-areas/${focusAreas[round % AREAS]!.id}/history?to=${WEEK}`,
  '/api/tab/plan',
  '/api/tab/me',
];
const endpointOf = (path: string) => path.replace(/\?.*$/, '').replace(/\/(districts|focus-areas)\/[^/]+\//, '/$1/:id/');

async function timed(path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
  return ms;
}

// Warm-up: the knowledge base (reference data) loads once, as in a running bot, and the weeks'
// reads are cached for DASHBOARD_CACHE_MS (the first reader of a week pays for it; printed here).
for (const path of paths(0)) console.log(`cold ${endpointOf(path).padEnd(31)} ${(await timed(path)).toFixed(1)} ms`);

const samples: Array<{ endpoint: string; ms: number }> = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const path of paths(round)) samples.push({ endpoint: endpointOf(path), ms: await timed(path) });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
for (const endpoint of [...new Set(samples.map((s) => s.endpoint))]) {
  const values = samples.filter((s) => s.endpoint === endpoint).map((s) => s.ms);
  console.log(`${endpoint.padEnd(36)} n=${values.length} p50 ${percentile(values, 50).toFixed(1)} ms  p99 ${percentile(values, 99).toFixed(1)} ms  max ${Math.max(...values).toFixed(1)} ms`);
}
try {
  const size = await firstLoadSize();
  console.log(`tab first load: ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped JavaScript (budget ${FIRST_LOAD_BUDGET_BYTES / 1024} KB)`);
} catch {
  console.log('tab first load: not built (run npm run build:tab to measure it)');
}

server.close();
server.closeAllConnections();
await connection.dispose();
await cosmos.stop();
const all = samples.map((s) => s.ms);
console.log(`bench:tab p50 ${percentile(all, 50).toFixed(1)} p99 ${percentile(all, 99).toFixed(1)}`);
