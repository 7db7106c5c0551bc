import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeService } from '../../src/app/knowledge-service.ts';
import { planSummarySource } from '../../src/app/read-plan-for-summary.ts';
import { readWeeklySummary } from '../../src/app/read-weekly-summary.ts';
import { newDecision } from '../../src/domain/decision.ts';
import { applyTaskStatus, newTask } from '../../src/domain/task-change.ts';
import { dueOfDate, dueOfWeek } from '../../src/domain/task-due.ts';
import { PLAYGROUND_TENANT } from '../support/activities.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const by = { aadObjectId: 'demo-member', name: 'Demoledamot' };
const at = new Date('2026-11-02T10:00:00Z');

describe('the action plan and the decision log in the summary (embedded Cosmos)', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('reads open tasks due by next week and decisions awaiting anchoring, in one query', async () => {
    const task = (number: number, title: string, due: ReturnType<typeof dueOfWeek>) =>
      newTask({ tenantId: PLAYGROUND_TENANT, number, fields: { title, focusAreaId: 'kamerabevakning', districtId: 'farsta', owner: { name: 'Trafikkontoret', kind: 'forvaltning' }, due }, by, at });
    const { repositories } = store;
    await repositories.tasks.create(task(1, 'Kartlägga otrygga platser (demodata)', dueOfWeek('2026-W46')));
    await repositories.tasks.create(task(2, 'Nästa vecka (demodata)', dueOfDate('2026-11-25')!));
    await repositories.tasks.create(task(3, 'Långt fram (demodata)', dueOfWeek('2027-W10')));
    await repositories.tasks.create(applyTaskStatus(task(4, 'Klar (demodata)', dueOfWeek('2026-W40')), 'done', by, at).task);
    await repositories.decisions.create(newDecision({ tenantId: PLAYGROUND_TENANT, number: 1, fields: { date: '2026-11-03', text: 'Utöka kamerabevakningen (demodata)', boards: [], anchoring: 'behöver-förankras' }, by, at }));
    await repositories.decisions.create(newDecision({ tenantId: PLAYGROUND_TENANT, number: 2, fields: { date: '2026-10-03', text: 'Förankrat (demodata)', boards: [], anchoring: 'förankrad' }, by, at }));

    const sources = planSummarySource(repositories);
    const plan = await sources.readPlan(PLAYGROUND_TENANT, '2026-W47');
    expect(plan.tasks.map((t) => t.title).sort()).toEqual(['Kartlägga otrygga platser (demodata)', 'Nästa vecka (demodata)']);
    expect(plan.decisions.map((d) => d.text)).toEqual(['Utöka kamerabevakningen (demodata)']);
    const summary = await readWeeklySummary({ knowledge: new KnowledgeService(repositories), repositories, ...sources }, PLAYGROUND_TENANT, '2026-W47', new Date('2026-11-20T13:00:00Z'));
    expect(summary.overdueTasks?.map((t) => t.title)).toEqual(['Kartlägga otrygga platser (demodata)']);
    expect(summary.dueNextWeekTasks?.map((t) => [t.title, t.dueDate])).toEqual([['Nästa vecka (demodata)', '2026-11-25']]);
    expect(summary.pendingDecisions?.map((d) => d.text)).toEqual(['Utöka kamerabevakningen (demodata)']);
    expect(summary.missingDistricts).toHaveLength(13);
  });
});
