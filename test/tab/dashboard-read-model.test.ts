import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardAccess, DashboardReadModel, weeksUpTo } from '../../src/app/dashboard-read-model.ts';
import { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { WeekKey } from '../../src/domain/iso-week.ts';
import type { RosterEntry } from '../../src/domain/model.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';
import { demoReport, TENANT, variedEntries } from './tab-support.ts';

/** The tab's read model over the embedded store, seeded like a local start (13 districts, demo roster). */
describe('the dashboard read model', () => {
  let store: TestStore;
  let clock = 0;
  let model: DashboardReadModel;
  let areas: string[];
  const week: WeekKey = '2026-W47';

  beforeAll(async () => {
    store = await startTestStore();
    const { repositories } = store;
    areas = (await repositories.focusAreas.list(TENANT)).sort((a, b) => a.order - b.order).map((a) => a.id);
    model = new DashboardReadModel({
      knowledge: new KnowledgeService(repositories),
      repositories,
      tasks: { open: (tenantId) => repositories.tasks.open(tenantId) },
      decisions: { list: (tenantId) => repositories.decisions.list(tenantId) },
      now: () => new Date('2026-11-20T12:00:00Z'),
      cacheMs: 30_000,
      clock: () => clock,
    });
    await repositories.reports.create(demoReport('farsta', '2026-W46', variedEntries(areas, 1)));
    await repositories.reports.create(demoReport('farsta', week, variedEntries(areas, 2), 'Demo: övergripande.'));
  }, 60_000);

  afterAll(async () => store?.stop());

  it('gives each cell the level, the contact’s own trend, the change since last week and the comment', async () => {
    const data = await model.week(TENANT, week);
    const farsta = data.rows.find((row) => row.districtId === 'farsta')!;
    expect(farsta.reported).toBe(true);
    expect(farsta.overallComment).toBe('Demo: övergripande.');
    const entries = variedEntries(areas, 2);
    const before = variedEntries(areas, 1);
    expect(farsta.cells.map((c) => [c.level, c.trend])).toEqual(entries.map((e) => [e.level, e.trend]));
    const rank = { green: 0, yellow: 1, red: 2 } as Record<string, number | undefined>;
    farsta.cells.forEach((cell, i) => {
      const now = rank[entries[i]!.level];
      const then = rank[before[i]!.level];
      const expected = entries[i]!.level === before[i]!.level ? 'same' : now === undefined || then === undefined ? 'new' : now < then ? 'better' : 'worse';
      expect(cell.change).toBe(expected);
    });
    expect(data.missing.find((d) => d.id === 'farsta')).toBeUndefined();
    expect(data.missing.find((d) => d.id === 'rinkeby-kista')?.contacts).toEqual(['Demoanvändare (Agents Playground)', 'Demokontakt Rinkeby-Kista']);
  });

  it('reuses a week for the cache time, then answers it while reading it again (stale while revalidating)', async () => {
    await model.week(TENANT, week);
    await store.repositories.reports.create(demoReport('bromma', week, variedEntries(areas, 3)));
    expect((await model.week(TENANT, week)).totals.reported).toBe(1);
    clock += 30_001;
    expect((await model.week(TENANT, week)).totals.reported).toBe(1);
    await expect.poll(async () => (await model.week(TENANT, week)).totals.reported).toBe(2);
  });

  it('shows a report this instance stored at once, whatever the cache time', async () => {
    const earlier: WeekKey = '2026-W45';
    expect((await model.week(TENANT, earlier)).totals.reported).toBe(0);
    const report = demoReport('skarholmen', earlier, variedEntries(areas, 4));
    await store.repositories.reports.create(report);
    expect((await model.week(TENANT, earlier)).totals.reported).toBe(0); // still the cached week
    model.reportWritten(report);
    expect((await model.week(TENANT, earlier)).totals.reported).toBe(1);
  });

  it('reads a district’s last 12 weeks and a focus area across districts', async () => {
    const history = (await model.districtHistory(TENANT, 'farsta', week))!;
    expect(history.weeks).toEqual(weeksUpTo(week, 12));
    expect(history.weeks.at(-1)).toBe(week);
    expect(history.reported.filter(Boolean)).toHaveLength(2);
    expect(history.areas[0]!.levels.at(-1)).toBe(variedEntries(areas, 2)[0]!.level);
    const across = (await model.focusAreaHistory(TENANT, areas[0]!, week))!;
    expect(across.counts.at(-1)![variedEntries(areas, 2)[0]!.level]).toBeGreaterThanOrEqual(1);
    expect(across.counts.at(-1)!.missing).toBe(13 - 2);
    expect(await model.districtHistory(TENANT, 'nowhere', week)).toBeUndefined();
  });

  it('applies READ_ACCESS like the bot: roster members read, steering reads the report back', () => {
    const entry = (roles: RosterEntry['roles']): RosterEntry => ({ tenantId: TENANT, id: 'x', type: 'roster-entry', name: 'X', roles, districtIds: [], demo: true });
    expect(dashboardAccess(undefined, 'roster')).toEqual({ read: false, report: false });
    expect(dashboardAccess(undefined, 'tenant')).toEqual({ read: true, report: false });
    expect(dashboardAccess(entry(['contact']), 'roster')).toEqual({ read: true, report: false });
    expect(dashboardAccess(entry(['steering']), 'roster')).toEqual({ read: true, report: true });
    expect(dashboardAccess(entry(['admin']), 'roster')).toEqual({ read: true, report: true });
  });
});
