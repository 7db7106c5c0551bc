import { describe, expect, it } from 'vitest';
import { adaptiveCard } from '../../cards/card-json.ts';
import { buildWeeklySummaryCards, CARD_BUDGET_BYTES, lagetDeepLink, MAX_SUMMARY_CARDS } from '../../cards/weekly-summary-card.ts';
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
  it('shows 13 districts, one block each, with colours, arrows, the lists, in Swedish; the official parser reports nothing', () => {
    const cards = buildWeeklySummaryCards(summaryFor(13, 10), 'sv');
    expect(cards.length).toBeLessThanOrEqual(2);
    for (const { card } of cards) {
      expect(parseProblems(card)).toEqual([]);
      expect(bytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
      expect(card.version).toBe('1.5');
    }
    const all = JSON.stringify(cards.map((c) => c.card));
    expect(all).toMatch(/Veckosammanfattning vecka 47/);
    expect(all).toMatch(/🔴[↑↓→] Demoområde för samverkan \d+/);
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
    expect(cards[0]!.card.body.some((b) => b.type === 'Chart.Donut')).toBe(true);
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

  it('splits a summary that is over the budget into several cards, each with its title, every district once', () => {
    const cards = buildWeeklySummaryCards(summaryFor(40, 12), 'sv', { budgetBytes: 12_000, maxCards: 10 });
    expect(cards.length).toBeGreaterThan(2);
    const blocks = cards.flatMap((c) => c.card.body.filter(isDistrictBlock));
    expect(new Set(blocks.map(districtOf)).size).toBe(40);
    expect(blocks).toHaveLength(40);
    for (const { card } of cards) expect(bytes(card)).toBeLessThanOrEqual(12_000);
    expect(JSON.stringify(cards[1]!.card)).toContain('(forts.)');
  });
});

type Block = Record<string, unknown>;
/** A district's block in the matrix: a Container whose first line is the bold district name. */
const isDistrictBlock = (block: Block) => block.type === 'Container' && /^\*\*Demoområde \d{3}\*\*/.test(String((block.items as Block[] | undefined)?.[0]?.text ?? ''));
const districtOf = (block: Block) => String((block.items as Block[])[0]!.text).match(/Demoområde \d{3}/)![0];
/** Every element of a card, depth first (containers, table cells, fallbacks). */
function elementsOf(value: unknown): Block[] {
  if (Array.isArray(value)) return value.flatMap(elementsOf);
  if (typeof value !== 'object' || value === null) return [];
  const block = value as Block;
  const children = ['body', 'items', 'rows', 'cells', 'columns', 'fallback'].flatMap((key) => elementsOf(block[key]));
  return typeof block.type === 'string' ? [block, ...children] : children;
}
const textsOf = (cards: Array<{ card: unknown }>) => cards.flatMap((c) => elementsOf(c.card)).filter((b) => b.type === 'TextBlock').map((b) => String(b.text));

describe('the weekly summary card people can read', () => {
  const districts = makeDistricts(4, 't');
  const areas = makeFocusAreas(3, 't');
  const names = areas.map((a) => a.name.sv);
  function readable(options: { contacts?: Array<{ name: string; districtIds: string[] }> } = {}) {
    // 001: one red (trend worse, though last week was red too), 002: two yellow and an overall comment, 003: all green; 000 missing.
    const red = makeReport('t', districts[1]!.id, '2026-W47', { [areas[0]!.id]: 'red', [areas[1]!.id]: 'green', [areas[2]!.id]: 'not-applicable' });
    red.revisions[0]!.entries[0]!.trend = 'worse';
    red.revisions[0]!.entries[1]!.trend = 'better';
    const yellow = makeReport('t', districts[2]!.id, '2026-W47', { [areas[0]!.id]: 'yellow', [areas[1]!.id]: 'yellow', [areas[2]!.id]: 'green' });
    yellow.revisions[0]!.overallComment = 'Lugnare vecka, men [se här](http://evil.example) (demodata).';
    const green = makeReport('t', districts[3]!.id, '2026-W47', { [areas[0]!.id]: 'green', [areas[1]!.id]: 'green', [areas[2]!.id]: 'green' });
    return computeWeeklySummary({
      week: '2026-W47',
      districts,
      focusAreas: areas,
      reports: [red, yellow, green],
      previousReports: [makeReport('t', districts[1]!.id, '2026-W46', { [areas[0]!.id]: 'red' })],
      asOf: new Date('2026-11-20T13:00:00Z'),
      ...(options.contacts ? { contacts: options.contacts } : {}),
    });
  }

  it('names the focus areas in full in each district’s block, no numbered columns, no narrow tables', () => {
    const cards = buildWeeklySummaryCards(readable(), 'sv');
    const blocks = cards.flatMap((c) => c.card.body.filter(isDistrictBlock));
    expect(blocks.map(districtOf)).toEqual(['Demoområde 000', 'Demoområde 001', 'Demoområde 002', 'Demoområde 003']);
    const line = (block: Block) => String((block.items as Block[])[1]!.text);
    expect(line(blocks[1]!)).toBe(`🔴↓ ${names[0]} · 🟢↑ ${names[1]} · ⚪→ ${names[2]}`);
    expect(line(blocks[0]!)).toBe('har inte rapporterat');
    const elements = cards.flatMap((c) => elementsOf(c.card));
    // The only table is the chart's two-column fallback; no column headers "1", "2", "3".
    for (const table of elements.filter((b) => b.type === 'Table')) expect((table.columns as unknown[]).length).toBeLessThanOrEqual(2);
    expect(elements.filter((b) => b.type === 'ColumnSet' || b.type === 'FactSet')).toEqual([]);
    const withoutChart = cards.map((c) => ({ card: { ...c.card, body: c.card.body.filter((b) => b.type !== 'Chart.Donut') } }));
    expect(textsOf(withoutChart).filter((text) => /^\d+$/.test(text))).toEqual([]);
    // The legend says what the symbols mean, once.
    expect(textsOf(cards).filter((text) => text.includes('kontaktpersonens egen bedömning'))).toHaveLength(1);
  });

  it('keeps each contact’s own trend (↑ → ↓), never "•", in the matrix and the red and yellow items', () => {
    const cards = buildWeeklySummaryCards(readable(), 'sv');
    const all = JSON.stringify(cards.map((c) => c.card));
    // Last week was red too (computed change "same"), but the contact says worse: the card says ↓.
    expect(all).toContain('🔴↓ **Demoområde 001** – Demoområde för samverkan 1');
    expect(all).not.toContain('•');
    expect(all).not.toContain('🔴→ **Demoområde 001**');
  });

  it('shows the districts’ overall comments, escaped', () => {
    const texts = textsOf(buildWeeklySummaryCards(readable(), 'sv'));
    expect(texts).toContain('Kommentarer från stadsdelsområdena');
    expect(texts).toContain('**Demoområde 002**: Lugnare vecka, men \\[se här\\]\\(http://evil.example\\) \\(demodata\\).');
    const none = computeWeeklySummary({ week: '2026-W47', districts, focusAreas: areas, reports: [], previousReports: [], asOf: new Date() });
    expect(textsOf(buildWeeklySummaryCards(none, 'sv'))).toContain('Inga övergripande kommentarer denna vecka.');
  });

  it('lists the districts that have not reported with their contacts’ names', () => {
    const cards = buildWeeklySummaryCards(readable({ contacts: [{ name: 'Bo Demo', districtIds: [districts[0]!.id] }, { name: 'Ada Demo', districtIds: [districts[0]!.id, districts[1]!.id] }] }), 'sv');
    expect(textsOf(cards)).toContain('**Demoområde 000** — kontakt: Ada Demo, Bo Demo');
    expect(textsOf(buildWeeklySummaryCards(readable(), 'sv'))).toContain('**Demoområde 000** — ingen kontaktperson i rollistan');
    expect(textsOf(buildWeeklySummaryCards(readable({ contacts: [{ name: 'Bo Demo', districtIds: [districts[0]!.id] }] }), 'en'))).toContain('**Demoområde 000** — contact: Bo Demo');
  });

  it('writes correct Swedish plurals: 1 röd, 2 gula', () => {
    const texts = textsOf(buildWeeklySummaryCards(readable(), 'sv'));
    expect(texts).toContain('🔴 1 röd · 🟡 2 gula · 🟢 5 gröna');
    expect(texts.join('\n')).not.toMatch(/\b1 (röda|gula|gröna)\b/);
    // The brief form's totals per focus area too.
    const brief = buildWeeklySummaryCards(summaryFor(300, 12, { tasks: 50 }), 'sv', { budgetBytes: 4000, maxCards: 2 });
    expect(textsOf(brief).join('\n')).not.toMatch(/\b1 (röda|gula|gröna)\b/);
  });

  it('links "Öppna Läget" to the tab’s deep link, on the first card only', () => {
    const url = lagetDeepLink('82ea2075-ea53-4187-8a26-786fb8b0430f');
    expect(url).toBe('https://teams.microsoft.com/l/entity/82ea2075-ea53-4187-8a26-786fb8b0430f/laget');
    const cards = buildWeeklySummaryCards(summaryFor(40, 12), 'sv', { budgetBytes: 12_000, maxCards: 10, lagetUrl: url });
    expect(cards[0]!.card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Öppna Läget', url }]);
    expect(cards[1]!.card.actions).toBeUndefined();
    expect(buildWeeklySummaryCards(readable(), 'sv')[0]!.card.actions).toBeUndefined();
  });

  it('draws the week’s level counts as a Teams donut chart with a Table fallback that the official parser accepts', () => {
    const summary = readable();
    const [card] = buildWeeklySummaryCards(summary, 'sv');
    const chart = elementsOf(card!.card).find((b) => b.type === 'Chart.Donut')!;
    expect(chart).toBeDefined();
    expect(chart.data).toEqual([
      { legend: 'Röd', value: 1, color: 'attention' },
      { legend: 'Gul', value: 2, color: 'warning' },
      { legend: 'Grön', value: 5, color: 'good' },
      { legend: 'Ej aktuellt', value: 1, color: 'neutral' },
      { legend: 'Inget svar', value: 3, color: 'neutral' },
    ]);
    const fallback = chart.fallback as Block;
    expect(fallback.type).toBe('Table');
    const rows = (fallback.rows as Array<{ cells: Array<{ items: Block[] }> }>).map((row) => row.cells.map((cell) => String(cell.items[0]!.text)));
    expect(rows).toEqual([['Nivå', 'Antal'], ['🔴 Röd', '1'], ['🟡 Gul', '2'], ['🟢 Grön', '5'], ['⚪ Ej aktuellt', '1'], ['– Inget svar', '3']]);
    expect(parseProblems(adaptiveCard([fallback]))).toEqual([]);
  });

  it('reads at phone width: every text wraps, district names stand on their own line', () => {
    for (const cards of [buildWeeklySummaryCards(readable(), 'sv'), buildWeeklySummaryCards(summaryFor(300, 12, { tasks: 200, longComments: true }), 'sv')]) {
      const blocks = cards.flatMap((c) => elementsOf(c.card)).filter((b) => b.type === 'TextBlock');
      expect(blocks.length).toBeGreaterThan(5);
      for (const block of blocks) expect(block.wrap, String(block.text)).toBe(true);
    }
  });
});

