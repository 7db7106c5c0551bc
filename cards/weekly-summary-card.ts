import { weekNumberOf } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import type { Change, SummaryDecision, SummaryTask, WeeklySummary } from '../src/domain/weekly-summary.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { LEVEL_ICONS } from './status-entry.ts';
import { t } from './texts/catalogue.ts';
import { TASK_STATUS_LABELS } from './texts/plan.ts';
import { SUMMARY_TEXTS as T } from './texts/summary.ts';

export const CHANGE_ARROWS: Record<Change, string> = { better: '↑', worse: '↓', same: '→', new: '•' };

/** Teams refuses a bot message over about 40 KB; a card of at most 28 KB leaves room for the envelope. */
export const CARD_BUDGET_BYTES = 28_000;
/** More cards than this in one channel post is noise: the summary is shortened instead. */
export const MAX_SUMMARY_CARDS = 4;

export interface SummaryCardOptions {
  budgetBytes?: number;
  maxCards?: number;
}

export interface SummaryCard {
  card: AdaptiveCardJson;
  text: string;
}

type Block = Record<string, unknown>;
type Detail = 'full' | 'capped' | 'compact' | 'brief';

/** A part of the summary: a heading repeated on each card it spans, and units that can be split. */
interface Section {
  /** The heading; `continued` on the cards after its first. */
  heading?: (continued: boolean) => Block;
  units: unknown[];
  /** The card blocks that show a run of units (a table keeps its header row on every card). */
  wrap(units: unknown[]): Block[];
}

/** How much each level of detail shows: comment length and items per list. */
const DETAIL: Record<Detail, { comment: number; perList: number }> = {
  full: { comment: 500, perList: Number.POSITIVE_INFINITY },
  capped: { comment: 150, perList: 30 },
  compact: { comment: 150, perList: 30 },
  brief: { comment: 100, perList: 10 },
};

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;
const text = (value: string, extra: Block = {}): Block => ({ type: 'TextBlock', text: value, wrap: true, ...extra });
/** A section heading that says "(forts.)" / "(cont.)" on the cards after its first. */
const headingOf = (value: string, language: Language) => (continued: boolean): Block =>
  text(continued ? `${value} ${t(T.continued, language)}` : value, { weight: 'Bolder', spacing: 'Medium' });
const shorten = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value);

/**
 * The weekly summary as one or more Adaptive Cards (1.5), each within Teams' size budget. It tries
 * everything with the matrix as a Table first; when that needs more than `maxCards` cards it caps
 * the lists, then shows the matrix as compact rows, then only totals per focus area. It never
 * fails: past all that, the last card says what did not fit.
 */
export function buildWeeklySummaryCards(summary: WeeklySummary, language: Language, options: SummaryCardOptions = {}): SummaryCard[] {
  const maxCards = Math.max(1, options.maxCards ?? MAX_SUMMARY_CARDS);
  let budget = options.budgetBytes ?? CARD_BUDGET_BYTES;
  for (let attempt = 0; ; attempt += 1) {
    let bodies: Block[][] = [];
    for (const detail of ['full', 'capped', 'compact', 'brief'] as const) {
      // Brief packs everything (the cap below handles any overflow); the others give up past maxCards.
      bodies = packSections(buildSections(summary, language, detail), budget, titleBlock(summary, language, 99, 99), detail === 'brief' ? Infinity : maxCards);
      if (bodies.length <= maxCards) break;
    }
    if (bodies.length > maxCards) {
      // Even the brief form is too long: keep what fits, with room on the last card to say so.
      const notice = (count: number) => text(t(T.notShown, language, { count, week: weekNumberOf(summary.week) }), { color: 'Warning' });
      const all = packSections(buildSections(summary, language, 'brief'), budget - bytesOf(notice(99_999)) - 16, titleBlock(summary, language, 99, 99), Infinity);
      bodies = all.slice(0, maxCards);
      bodies[bodies.length - 1]!.push(notice(all.length - maxCards));
    }
    const cards = bodies.map((body, index) => finishCard(summary, language, body, index + 1, bodies.length));
    // The packing estimates sizes; check the real ones and pack tighter in the rare case it was off.
    const largest = Math.max(...cards.map((c) => bytesOf(c.card)));
    if (largest <= (options.budgetBytes ?? CARD_BUDGET_BYTES) || attempt >= 3) return cards;
    budget -= largest - budget + 500;
  }
}

function titleBlock(summary: WeeklySummary, language: Language, part: number, parts: number): Block {
  const title = t(T.title, language, { week: weekNumberOf(summary.week) }) + (parts > 1 ? t(T.part, language, { part, parts }) : '');
  return text(title, { weight: 'Bolder', size: 'Medium' });
}

function finishCard(summary: WeeklySummary, language: Language, body: Block[], part: number, parts: number): SummaryCard {
  const title = titleBlock(summary, language, part, parts);
  const reported = t(T.reported, language, { count: summary.totals.reported, total: summary.totals.districts });
  const fallback = `${String(title.text)}\n${reported}`;
  return { card: adaptiveCard([title, ...body], [], fallback), text: fallback };
}

/**
 * Fills cards in order; a section continues on the next card (heading marked "cont.") when full.
 * Stops once more than `maxCards` are needed: the caller then tries a shorter form.
 */
function packSections(sections: Section[], budget: number, title: Block, maxCards: number): Block[][] {
  const base = bytesOf(adaptiveCard([title], [], 'x'.repeat(200)));
  const bodies: Block[][] = [];
  let body: Block[] = [];
  let size = base;
  const nextCard = () => {
    bodies.push(body);
    body = [];
    size = base;
  };
  for (const section of sections) {
    if (bodies.length >= maxCards) return [...bodies, body];
    let index = 0;
    let continued = false;
    while (index < section.units.length) {
      const head = section.heading?.(continued);
      const headBytes = head ? bytesOf(head) + 1 : 0;
      const wrapBytes = section.wrap([]).reduce<number>((sum, block) => sum + bytesOf(block) + 1, 0);
      let chunkBytes = headBytes + wrapBytes;
      let count = 0;
      while (index + count < section.units.length) {
        const unitBytes = bytesOf(section.units[index + count]) + 1;
        if (size + chunkBytes + unitBytes > budget) break;
        chunkBytes += unitBytes;
        count += 1;
      }
      if (count === 0) {
        if (body.length > 0) {
          nextCard();
          continue;
        }
        index += 1; // one unit larger than a whole card (cannot happen with shortened texts): leave it out
        continue;
      }
      if (head) body.push(head);
      body.push(...section.wrap(section.units.slice(index, index + count)));
      size += chunkBytes;
      index += count;
      continued = true;
      if (index < section.units.length) nextCard();
      if (bodies.length >= maxCards) return [...bodies, body];
    }
  }
  if (body.length > 0 || bodies.length === 0) bodies.push(body);
  return bodies;
}

function buildSections(summary: WeeklySummary, language: Language, detail: Detail): Section[] {
  const { comment, perList } = DETAIL[detail];
  const blocks = (units: Block[]): Section => ({ units, wrap: (u) => u as Block[] });
  const capped = <T>(items: T[], render: (item: T) => Block): Block[] => [
    ...items.slice(0, perList).map(render),
    ...(items.length > perList ? [text(t(T.more, language, { count: items.length - perList }), { isSubtle: true, spacing: 'None' })] : []),
  ];
  const { totals } = summary;
  const overview: Block[] = [
    text(t(T.reported, language, { count: totals.reported, total: totals.districts }), { spacing: 'None' }),
    text(`🔴 ${t(T.red, language, { count: totals.counts.red })} · 🟡 ${t(T.yellow, language, { count: totals.counts.yellow })} · 🟢 ${t(T.green, language, { count: totals.counts.green })}`, { spacing: 'None' }),
  ];
  const compared = totals.changes.better + totals.changes.worse + totals.changes.same;
  if (compared > 0) {
    const { better, worse, same, new: added } = totals.changes;
    const counts = `↑ ${t(T.better, language, { count: better })} · ↓ ${t(T.worse, language, { count: worse })} · → ${t(T.same, language, { count: same })} · • ${t(T.new, language, { count: added })}`;
    overview.push(text(`${t(T.changesAgainst, language, { previous: weekNumberOf(summary.previousWeek) })} ${counts}`, { spacing: 'None', isSubtle: true }));
  }
  if (detail !== 'full') overview.push(text(t(T.shortened, language, { week: weekNumberOf(summary.week) }), { isSubtle: true, size: 'Small' }));

  const sections: Section[] = [blocks(overview), matrixSection(summary, language, detail)];

  const red = summary.attention.filter((item) => item.level === 'red');
  const shown = detail === 'brief' ? red : summary.attention;
  const attention = capped(shown, (item) =>
    text(`${LEVEL_ICONS[item.level]}${CHANGE_ARROWS[item.change]} **${escapeMarkdown(item.districtName)}** – ${item.focusAreaName[language]}: ${item.comment ? escapeMarkdown(shorten(item.comment, comment)) : t(T.noComment, language)}`, { spacing: 'Small' }),
  );
  if (detail === 'brief' && summary.attention.length > red.length) {
    attention.push(text(t(T.yellowCount, language, { count: summary.attention.length - red.length }), { spacing: 'Small' }));
  }
  sections.push({ heading: headingOf(t(T.attention, language), language), ...blocks(attention.length > 0 ? attention : [text(t(T.noAttention, language), { spacing: 'None' })]) });

  const missing = summary.missingDistricts.map((d) => (d.contacts?.length ? `${d.name} (${d.contacts.map(escapeMarkdown).join(', ')})` : d.name));
  const missingUnits: Block[] = [];
  for (let i = 0; i < missing.length; i += 40) missingUnits.push(text(missing.slice(i, i + 40).join(', '), { spacing: 'None' }));
  // Who reported on whose behalf (a deputy for an absent contact), under the missing ones.
  const reportedFor = summary.rows.flatMap((r) => (r.reportedFor ? [text(t(T.reportedFor, language, { district: escapeMarkdown(r.districtName), by: escapeMarkdown(r.reportedFor.by), for: r.reportedFor.for.map(escapeMarkdown).join(', ') }), { spacing: 'None', isSubtle: true })] : []));
  sections.push({ heading: headingOf(t(T.missing, language), language), ...blocks([...(missingUnits.length > 0 ? missingUnits : [text(t(T.everyoneReported, language), { spacing: 'None' })]), ...reportedFor]) });

  const districtNames = new Map(summary.rows.map((row) => [row.districtId, row.districtName]));
  const areaNames = new Map(summary.focusAreas.map((area) => [area.id, area.name[language]]));
  const taskLine = (task: SummaryTask) => {
    const due = task.dueDate ?? (task.dueWeek ? t(T.dueWeek, language, { week: weekNumberOf(task.dueWeek) }) : '');
    const where = [task.districtId ? districtNames.get(task.districtId) ?? task.districtId : undefined, task.focusAreaId ? areaNames.get(task.focusAreaId) : undefined].filter(Boolean);
    const facts = [escapeMarkdown(task.owner), ...where, due ? t(T.due, language, { due }) : undefined, TASK_STATUS_LABELS[task.status][language]].filter(Boolean);
    return text(`• ${escapeMarkdown(shorten(task.title, comment))} — ${facts.join(', ')}`, { spacing: 'None' });
  };
  const list = (title: string, items: unknown[] | undefined, render: (item: never) => Block) => {
    if (!items) return;
    const units = capped(items as never[], render);
    sections.push({ heading: headingOf(title, language), ...blocks(units.length > 0 ? units : [text(t(T.none, language), { spacing: 'None' })]) });
  };
  list(t(T.overdue, language), summary.overdueTasks, taskLine);
  list(t(T.dueNext, language, { week: weekNumberOf(summary.nextWeek) }), summary.dueNextWeekTasks, taskLine);
  list(t(T.decisions, language), summary.pendingDecisions, (decision: SummaryDecision) => text(`• ${decision.date}: ${escapeMarkdown(shorten(decision.text, comment))}`, { spacing: 'None' }));
  return sections;
}

/** The districts × focus areas matrix: a Table (full), compact rows (compact) or totals per area (brief). */
function matrixSection(summary: WeeklySummary, language: Language, detail: Detail): Section {
  const legend = summary.focusAreas.map((area, index) => `${index + 1} ${area.name[language]}`).join(' · ');
  const heading = (continued: boolean): Block => ({
    type: 'Container',
    spacing: 'Medium',
    items: [
      text(continued ? `${t(T.matrix, language)} ${t(T.continued, language)}` : t(T.matrix, language), { weight: 'Bolder' }),
      text(t(T.areas, language, { areas: legend }), { size: 'Small', isSubtle: true, spacing: 'None' }),
      text(t(T.symbols, language), { size: 'Small', isSubtle: true, spacing: 'None' }),
    ],
  });
  const cellText = (level: WeeklySummary['rows'][number]['cells'][number]) => (level.level ? `${LEVEL_ICONS[level.level]}${CHANGE_ARROWS[level.change ?? 'new']}` : '–');
  const name = (row: WeeklySummary['rows'][number]) => row.districtName + (row.late ? ` (${t(T.late, language)})` : '');

  if (detail === 'full' || detail === 'capped') {
    const cell = (value: string, extra: Block = {}): Block => ({ type: 'TableCell', items: [{ type: 'TextBlock', text: value, ...extra }] });
    const header: Block = { type: 'TableRow', cells: [cell(t(T.district, language), { weight: 'Bolder' }), ...summary.focusAreas.map((_, i) => cell(String(i + 1), { weight: 'Bolder' }))] };
    const rows = summary.rows.map((row): Block => ({
      type: 'TableRow',
      cells: [cell(name(row), { wrap: true, ...(row.reported ? {} : { isSubtle: true }) }), ...row.cells.map((c) => cell(cellText(c)))],
    }));
    return {
      heading,
      units: rows,
      wrap: (units) => [
        {
          type: 'Table',
          firstRowAsHeader: true,
          showGridLines: false,
          horizontalCellContentAlignment: 'Center',
          columns: [{ width: 4, horizontalCellContentAlignment: 'Left' }, ...summary.focusAreas.map(() => ({ width: 1 }))],
          rows: [header, ...(units as Block[])],
        },
      ],
    };
  }
  if (detail === 'compact') {
    const facts = summary.rows.map((row) => ({ title: name(row), value: row.reported ? row.cells.map(cellText).join(' ') : t(T.missing, language) }));
    return { heading, units: facts, wrap: (units) => [{ type: 'FactSet', facts: units }] };
  }
  const totals = summary.areaTotals.map((area, index) => ({
    title: `${index + 1} ${summary.focusAreas[index]?.name[language] ?? area.focusAreaId}`,
    value: `🔴 ${area.counts.red} · 🟡 ${area.counts.yellow} · 🟢 ${area.counts.green} · – ${area.counts.missing} · ↑ ${area.changes.better} ↓ ${area.changes.worse}`,
  }));
  return { heading: headingOf(t(T.areaTotals, language), language), units: totals, wrap: (units) => [{ type: 'FactSet', facts: units }] };
}

