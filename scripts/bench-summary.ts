// Benchmark of the weekly summary: 300 districts × 12 focus areas with 4 weeks of reports in the
// embedded Cosmos server. Counts the HTTP requests the Cosmos client makes to the server while the
// summary is read and its cards built, with the reference data already in the in-memory knowledge
// base (as in a running bot; its cold load is reported separately). The last line is
// `summary: <n> cosmos requests, <ms> ms` for the median warm run.
import type { IncomingMessage } from 'node:http';
import { createSummaryRenderer } from '../cards/renderers.ts';
import { lagetDeepLink } from '../cards/weekly-summary-card.ts';
import { KnowledgeService } from '../src/app/knowledge-service.ts';
import { planSummarySource } from '../src/app/read-plan-for-summary.ts';
import { readWeeklySummary } from '../src/app/read-weekly-summary.ts';
import { newDecision } from '../src/domain/decision.ts';
import { addWeeks, type WeekKey } from '../src/domain/iso-week.ts';
import { newTask } from '../src/domain/task-change.ts';
import { dueOfWeek } from '../src/domain/task-due.ts';
import { createRepositories } from '../src/storage/create-repositories.ts';
import { startEmbeddedCosmos } from '../src/storage/embedded-cosmos.ts';
import { openCosmos } from '../src/storage/open-cosmos.ts';
import { makeDistricts, makeFocusAreas, makeReport, randomLevels } from '../test/support/summary-fixtures.ts';

const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 300);
const AREAS = Number(process.env.BENCH_AREAS ?? 12);
const WEEKS = 4;
const RUNS = 5;
/** BENCH_WITH_PLAN=1 adds the action plan and the decision log (one more query for both). */
const WITH_PLAN = process.env.BENCH_WITH_PLAN === '1';
const TENANT = 'bench-tenant';
const WEEK: WeekKey = '2026-W47';

// The server the app embeds (in memory), counting every request it answers.
let requests = 0;
const kinds = new Map<string, number>();
const countRequest = (req: IncomingMessage) => {
  requests += 1;
  const kind = req.headers['x-ms-cosmos-is-query-plan-request'] ? 'query plan' : req.headers['x-ms-documentdb-isquery'] ? 'query' : `${req.method} ${req.url?.replace(/\/docs\/.*$/, '/docs/<id>')}`;
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
};
const cosmos = await startEmbeddedCosmos({ onRequest: countRequest });
const connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'samverkan-bench' });
const repositories = createRepositories(connection);

const districts = makeDistricts(DISTRICTS, TENANT);
const focusAreas = makeFocusAreas(AREAS, TENANT);
const weeks = Array.from({ length: WEEKS }, (_, i) => addWeeks(WEEK, -i));
const seedStarted = performance.now();
const writes: Array<() => Promise<unknown>> = [
  ...districts.map((d) => () => repositories.districts.upsert(d)),
  ...focusAreas.map((f) => () => repositories.focusAreas.upsert(f)),
  // Every district reports every week except a few this week, so "not reported" has content.
  ...weeks.flatMap((week, w) =>
    districts.filter((_, i) => w > 0 || i % 17 !== 0).map((d, i) => () => repositories.reports.upsert(makeReport(TENANT, d.id, week, randomLevels(focusAreas, i * 7 + w + 1)))),
  ),
];
if (WITH_PLAN) {
  const by = { aadObjectId: 'bench', name: 'Bench (demodata)' };
  const at = new Date('2026-11-02T10:00:00Z');
  for (let n = 1; n <= 100; n += 1) {
    const fields = { title: `Demouppgift ${n}`, focusAreaId: focusAreas[n % AREAS]!.id, districtId: districts[n % DISTRICTS]!.id, owner: { name: 'Demoförvaltning', kind: 'forvaltning' as const }, due: dueOfWeek(addWeeks(WEEK, (n % 9) - 4)) };
    writes.push(() => repositories.tasks.upsert(newTask({ tenantId: TENANT, number: n, fields, by, at })));
  }
  for (let n = 1; n <= 20; n += 1) {
    const fields = { date: '2026-11-03', text: `Demobeslut ${n}`, boards: [], anchoring: n % 2 ? ('behöver-förankras' as const) : ('förankrad' as const) };
    writes.push(() => repositories.decisions.upsert(newDecision({ tenantId: TENANT, number: n, fields, by, at })));
  }
}
const queue = [...writes];
await Promise.all(Array.from({ length: 16 }, async () => {
  for (let next = queue.shift(); next; next = queue.shift()) await next();
}));
const seedMs = performance.now() - seedStarted;

const knowledge = new KnowledgeService(repositories, 10 * 60_000);
const sources = { knowledge, repositories, ...(WITH_PLAN ? planSummarySource(repositories) : {}) };
const asOf = new Date('2026-11-20T13:00:00Z');
// As the app renders it: with the "Öppna Läget" link, the chart and the districts' blocks.
const renderer = createSummaryRenderer({ lagetUrl: lagetDeepLink('82ea2075-ea53-4187-8a26-786fb8b0430f') });

async function measure() {
  const before = requests;
  const started = performance.now();
  const summary = await readWeeklySummary(sources, TENANT, WEEK, asOf);
  const cards = renderer.summaryCards(summary, 'sv');
  return { requests: requests - before, ms: performance.now() - started, cards: cards.length, largestBytes: Math.max(...cards.map((c) => Buffer.byteLength(JSON.stringify(c)))), summary };
}

const cold = await measure();
kinds.clear();
const warm = [];
for (let i = 0; i < RUNS; i += 1) warm.push(await measure());
warm.sort((a, b) => a.ms - b.ms);
const median = warm[Math.floor(warm.length / 2)]!;

process.stdout.write(
  [
    `${WITH_PLAN ? 'with' : 'without'} the action plan and decision log (BENCH_WITH_PLAN=1 adds them)`,
    `seeded ${districts.length} districts × ${focusAreas.length} focus areas, ${weeks.length} weeks of reports in ${Math.round(seedMs)} ms`,
    `reported this week: ${median.summary.totals.reported} of ${median.summary.totals.districts}; cards: ${median.cards}, the largest ${median.largestBytes} bytes (budget 28000)`,
    `cold (knowledge base loaded from the store): ${cold.requests} cosmos requests, ${Math.round(cold.ms)} ms`,
    `warm runs (ms): ${warm.map((r) => Math.round(r.ms)).join(', ')}; requests each: ${warm.map((r) => r.requests).join(', ')}`,
    `requests in the warm runs by kind: ${[...kinds].map(([kind, n]) => `${kind} ×${n / RUNS}`).join(', ')} (per run)`,
    `summary: ${median.requests} cosmos requests, ${Math.round(median.ms)} ms`,
  ].join('\n') + '\n',
);
connection.dispose();
await cosmos.stop();
