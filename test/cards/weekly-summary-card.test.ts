import { describe, expect, it } from 'vitest';
import { buildWeeklySummaryCards, CARD_BUDGET_BYTES, MAX_SUMMARY_CARDS } from '../../cards/weekly-summary-card.ts';
import { computeWeeklySummary, type SummaryTask } from '../../src/domain/weekly-summary.ts';
import { makeDistricts, makeFocusAreas, makeReport, randomLevels } from '../support/summary-fixtures.ts';
import { parseProblems } from '../support/parse-card.ts';

const bytes = (card: unknown) => Buffer.byteLength(JSON.stringify(card));

function summaryFor(districtCount: number, areaCount: number, options: { tasks?: number; longComments?: boolean } = {}) {
  const districts = makeDistricts(districtCount, 't');
  const areas = makeFocusAreas(areaCount, 't');
  const reports = districts.slice(1).map((d, i) => {
    const report = makeReport('t', d.id, '2026-W47', randomLevels(areas, i + 1));
    if (options.longComments) for (const entry of report.revisions[0]!.entries) entry.comment = 'Lång kommentar (demodata). '.repeat(74);
    return report;
  });
  const previous = districts.map((d, i) => makeReport('t', d.id, '2026-W46', randomLevels(areas, i + 500)));
  const tasks: SummaryTask[] = Array.from({ length: options.tasks ?? 3 }, (_, i) => ({
    title: `Demouppgift ${i}`,
    dueWeek: i % 2 ? '2026-W46' : '2026-W48',
    status: 'in-progress',
    owner: 'Demoförvaltning',
    districtId: districts[i % districts.length]!.id,
  }));
  return computeWeeklySummary({
    week: '2026-W47',
    districts,
    focusAreas: areas,
    reports,
    previousReports: previous,
    tasks,
    decisions: [{ text: 'Demobeslut som behöver förankras', date: '2026-11-03', anchoring: 'behöver-förankras' }],
    asOf: new Date('2026-11-20T13:00:00Z'),
  });
}

describe('the weekly summary card', () => {
  it('shows 13 districts as a Table with colours, arrows, the lists, in Swedish; the official parser reports nothing', () => {
    const cards = buildWeeklySummaryCards(summaryFor(13, 10), 'sv');
    expect(cards.length).toBeLessThanOrEqual(2);
    for (const { card } of cards) {
      expect(parseProblems(card)).toEqual([]);
      expect(bytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
      expect(card.version).toBe('1.5');
    }
    const all = JSON.stringify(cards.map((c) => c.card));
    expect(all).toContain('"type":"Table"');
    expect(all).toMatch(/Veckosammanfattning vecka 47/);
    expect(all).toMatch(/🔴[↑↓→•]/);
    expect(all).toContain('Röda och gula punkter');
    expect(all).toContain('Har inte rapporterat');
    expect(all).toContain('Demoområde 000'); // the district that did not report
    expect(all).toContain('Försenade uppgifter i handlingsplanen');
    expect(all).toContain('Ska vara klart vecka 48');
    expect(all).toContain('Demobeslut som behöver förankras');
  });

  it('speaks English when asked', () => {
    const cards = buildWeeklySummaryCards(summaryFor(13, 10), 'en');
    const all = JSON.stringify(cards.map((c) => c.card));
    expect(all).toMatch(/Weekly summary week 47/);
    expect(all).toContain('Decisions awaiting political anchoring');
    expect(all).not.toContain('Veckosammanfattning');
  });

  it('stays within the budget and the number of cards for 300 districts × 12 focus areas, shortening with a note', () => {
    const summary = summaryFor(300, 12, { tasks: 200, longComments: true });
    const cards = buildWeeklySummaryCards(summary, 'sv');
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.length).toBeLessThanOrEqual(MAX_SUMMARY_CARDS);
    for (const { card } of cards) {
      expect(bytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
      expect(parseProblems(card)).toEqual([]);
    }
    const all = JSON.stringify(cards.map((c) => c.card));
    expect(all).toContain('förkortad'); // says it is shortened and how to get the details
    expect(all).toMatch(/… och \d+ till\./);
    expect(cards[1]?.card.body[0]).toMatchObject({ text: expect.stringMatching(/\(2 av \d\)$/) });
    // Every district is still in the matrix (compact rows), and the lists' sections are all there.
    for (const name of ['Demoområde 001', 'Demoområde 299']) expect(all).toContain(name);
    expect(all).toContain('Beslut som väntar på politisk förankring');
  });

  it('never fails: a tiny budget and one card still give a valid card that says what did not fit', () => {
    const cards = buildWeeklySummaryCards(summaryFor(300, 12, { tasks: 50 }), 'sv', { budgetBytes: 4000, maxCards: 2 });
    expect(cards).toHaveLength(2);
    for (const { card } of cards) {
      expect(bytes(card)).toBeLessThanOrEqual(4000);
      expect(parseProblems(card)).toEqual([]);
    }
    expect(JSON.stringify(cards[1]!.card)).toMatch(/(del|delar) till fick inte plats/);
  });

  it('splits a summary that is over the budget into several cards, each with its title and the table header', () => {
    const cards = buildWeeklySummaryCards(summaryFor(40, 12), 'sv', { budgetBytes: 12_000, maxCards: 10 });
    expect(cards.length).toBeGreaterThan(2);
    const tables = cards.flatMap((c) => c.card.body.filter((b) => b.type === 'Table'));
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) expect((table.rows as Array<{ cells: unknown[] }>)[0]?.cells).toHaveLength(13);
    expect(tables.reduce((sum, t) => sum + (t.rows as unknown[]).length - 1, 0)).toBe(40);
    for (const { card } of cards) expect(bytes(card)).toBeLessThanOrEqual(12_000);
    expect(JSON.stringify(cards[1]!.card)).toContain('(forts.)');
  });
});
