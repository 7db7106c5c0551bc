import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../cards/escape-markdown.ts';
import { buildWeeklySummaryCards } from '../../cards/weekly-summary-card.ts';
import { KnowledgeService } from '../../src/app/knowledge-service.ts';
import { readWeeklySummary } from '../../src/app/read-weekly-summary.ts';
import { PLAYGROUND_TENANT } from '../support/activities.ts';
import { makeReport } from '../support/summary-fixtures.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

describe('the weekly summary as read from the store (embedded Cosmos)', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('names the roster’s contacts of each district that has not reported, and keeps the overall comment and trends', async () => {
    const { repositories } = store;
    const areas = (await repositories.focusAreas.list(PLAYGROUND_TENANT)).sort((a, b) => a.order - b.order);
    const report = makeReport(PLAYGROUND_TENANT, 'farsta', '2026-W47', Object.fromEntries(areas.map((a) => [a.id, 'green'])));
    report.revisions[0]!.overallComment = 'En lugn vecka (demodata).';
    report.revisions[0]!.entries[0]!.trend = 'better';
    await repositories.reports.create(report);

    const summary = await readWeeklySummary({ knowledge: new KnowledgeService(repositories), repositories }, PLAYGROUND_TENANT, '2026-W47', new Date('2026-11-20T13:00:00Z'));
    const roster = await repositories.roster.list(PLAYGROUND_TENANT);
    const contactsOf = (districtId: string) => roster.filter((e) => e.roles.includes('contact') && e.districtIds.includes(districtId)).map((e) => e.name).sort((a, b) => a.localeCompare(b, 'sv'));
    expect(summary.missingDistricts.find((d) => d.id === 'farsta')).toBeUndefined();
    const rinkeby = summary.missingDistricts.find((d) => d.id === 'rinkeby-kista')!;
    expect(rinkeby.contacts).toEqual(contactsOf('rinkeby-kista'));
    expect(rinkeby.contacts.length).toBeGreaterThan(0);
    expect(summary.rows.find((r) => r.districtId === 'farsta')).toMatchObject({ overallComment: 'En lugn vecka (demodata).' });
    expect(summary.rows.find((r) => r.districtId === 'farsta')!.cells[0]).toMatchObject({ level: 'green', trend: 'better' });

    const text = JSON.stringify(buildWeeklySummaryCards(summary, 'sv').map((c) => c.card));
    const inJson = (value: string) => JSON.stringify(value).slice(1, -1);
    expect(text).toContain(inJson(`**Rinkeby-Kista** — kontakt: ${contactsOf('rinkeby-kista').map(escapeMarkdown).join(', ')}`));
    expect(text).toContain('**Farsta**: En lugn vecka \\\\(demodata\\\\).');
    expect(text).toContain(`🟢↑ ${areas[0]!.name.sv}`);
  });
});
