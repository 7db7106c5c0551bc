import { weekNumberOf } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import type { Level } from '../src/domain/status-report.ts';
import type { SummaryCell, SummaryDecision, SummaryRow, SummaryTask, WeeklySummary } from '../src/domain/weekly-summary.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { LEVEL_ICONS, TREND_ARROWS } from './status-entry.ts';
import { t } from './texts/catalogue.ts';
import { TASK_STATUS_LABELS } from './texts/plan.ts';
import { LEVEL_LABELS } from './texts/status.ts';
import { SUMMARY_TEXTS as T } from './texts/summary.ts';


/** Teams refuses a bot message over about 40 KB; a card of at most 28 KB leaves room for the envelope. */
export const CARD_BUDGET_BYTES = 28_000;
/** More cards than this in one channel post is noise: the summary is shortened instead. */
export const MAX_SUMMARY_CARDS = 4;

export interface SummaryCardOptions {
  budgetBytes?: number;
  maxCards?: number;
  /** Where "Öppna Läget" leads: the tab's deep link (`lagetDeepLink`); no button when unset. */
  lagetUrl?: string;
}

/** The entity id of the static tab "Läget" in the app manifest. */
export const LAGET_ENTITY_ID = 'laget';

/** A Teams deep link to the static tab "Läget" of the app with this (manifest) id. */
export const lagetDeepLink = (teamsAppId: string): string =>
  `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${LAGET_ENTITY_ID}`;

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
    const cards = bodies.map((body, index) => finishCard(summary, language, body, index + 1, bodies.length, options.lagetUrl));
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

function finishCard(summary: WeeklySummary, language: Language, body: Block[], part: number, parts: number, lagetUrl: string | undefined): SummaryCard {
  const title = titleBlock(summary, language, part, parts);
  const reported = t(T.reported, language, { count: summary.totals.reported, total: summary.totals.districts });
  const fallback = `${String(title.text)}\n${reported}`;
  // The dashboard link on the first card, where the reader starts.
  const actions = lagetUrl && part === 1 ? [{ type: 'Action.OpenUrl', title: t(T.openLaget, language), url: lagetUrl }] : [];
  return { card: adaptiveCard([title, ...body], actions, fallback), text: fallback };
}

/**
 * Fills cards in order; a section continues on the next card (heading marked "cont.") when full.
 * Stops once more than `maxCards` are needed: the caller then tries a shorter form.
 */
function packSections(sections: Section[], budget: number, title: Block, maxCards: number): Block[][] {
  const base = bytesOf(adaptiveCard([title], [{ type: 'Action.OpenUrl', title: 'x'.repeat(40), url: 'x'.repeat(200) }], 'x'.repeat(200)));
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
    levelChart(summary, language),
  ];
  const compared = totals.changes.better + totals.changes.worse + totals.changes.same;
  if (compared > 0) {
    const { better, worse, same, new: added } = totals.changes;
    const counts = `${t(T.better, language, { count: better })} · ${t(T.worse, language, { count: worse })} · ${t(T.same, language, { count: same })} · ${t(T.new, language, { count: added })}`;
    overview.push(text(`${t(T.changesAgainst, language, { previous: weekNumberOf(summary.previousWeek) })} ${counts}`, { spacing: 'None', isSubtle: true }));
  }
  if (detail !== 'full') overview.push(text(t(T.shortened, language, { week: weekNumberOf(summary.week) }), { isSubtle: true, size: 'Small' }));

  const sections: Section[] = [blocks(overview), matrixSection(summary, language, detail)];

  const red = summary.attention.filter((item) => item.level === 'red');
  const shown = detail === 'brief' ? red : summary.attention;
  const attention = capped(shown, (item) =>
    text(`${LEVEL_ICONS[item.level]}${TREND_ARROWS[item.trend]} **${escapeMarkdown(item.districtName)}** – ${item.focusAreaName[language]}: ${item.comment ? escapeMarkdown(shorten(item.comment, comment)) : t(T.noComment, language)}`, { spacing: 'Small' }),
  );
  if (detail === 'brief' && summary.attention.length > red.length) {
    attention.push(text(t(T.yellowCount, language, { count: summary.attention.length - red.length }), { spacing: 'Small' }));
  }
  sections.push({ heading: headingOf(t(T.attention, language), language), ...blocks(attention.length > 0 ? attention : [text(t(T.noAttention, language), { spacing: 'None' })]) });

  // The districts' overall comments, as the contacts wrote them.
  const commented = summary.rows.filter((row) => row.overallComment !== '');
  const comments = capped(commented, (row) => text(`**${escapeMarkdown(row.districtName)}**: ${escapeMarkdown(shorten(row.overallComment, comment))}`, { spacing: 'Small' }));
  if (detail !== 'brief' || commented.length > 0) {
    sections.push({ heading: headingOf(t(T.comments, language), language), ...blocks(comments.length > 0 ? comments : [text(t(T.noComments, language), { spacing: 'None' })]) });
  }

  // Who has not reported, and whom to call: one line per district with its contacts.
  const missingLine = (d: WeeklySummary['missingDistricts'][number]) =>
    d.contacts.length > 0
      ? t(T.missingWithContacts, language, { district: `**${escapeMarkdown(d.name)}**`, contacts: d.contacts.map(escapeMarkdown).join(', ') })
      : t(T.missingNoContact, language, { district: `**${escapeMarkdown(d.name)}**` });
  const missingUnits: Block[] =
    detail === 'full' || detail === 'capped'
      ? summary.missingDistricts.map((d) => text(missingLine(d), { spacing: 'None' }))
      : chunk(summary.missingDistricts.map(missingLine), 20).map((lines) => text(lines.join('\n\n'), { spacing: 'None' }));
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

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The week's level counts as a Teams chart (Chart.Donut), with a Table in its `fallback` for
 * clients that do not render charts (iOS, some previews, the official renderer).
 */
function levelChart(summary: WeeklySummary, language: Language): Block {
  const { counts } = summary.totals;
  const missing = summary.areaTotals.reduce((sum, area) => sum + area.counts.missing, 0);
  const slices = [
    { legend: LEVEL_LABELS.red[language], value: counts.red, color: 'attention', icon: LEVEL_ICONS.red },
    { legend: LEVEL_LABELS.yellow[language], value: counts.yellow, color: 'warning', icon: LEVEL_ICONS.yellow },
    { legend: LEVEL_LABELS.green[language], value: counts.green, color: 'good', icon: LEVEL_ICONS.green },
    { legend: LEVEL_LABELS['not-applicable'][language], value: counts['not-applicable'], color: 'neutral', icon: LEVEL_ICONS['not-applicable'] },
    { legend: t(T.chartNoAnswer, language), value: missing, color: 'neutral', icon: '–' },
  ];
  const cell = (value: string, extra: Block = {}): Block => ({ type: 'TableCell', items: [{ type: 'TextBlock', text: value, wrap: true, ...extra }] });
  const table: Block = {
    type: 'Table',
    firstRowAsHeader: true,
    showGridLines: false,
    columns: [{ width: 3 }, { width: 1 }],
    rows: [
      { type: 'TableRow', cells: [cell(t(T.chartLevel, language), { weight: 'Bolder' }), cell(t(T.chartCount, language), { weight: 'Bolder' })] },
      ...slices.map((slice) => ({ type: 'TableRow', cells: [cell(`${slice.icon} ${slice.legend}`), cell(String(slice.value))] })),
    ],
  };
  return {
    type: 'Chart.Donut',
    title: t(T.chartTitle, language),
    data: slices.map(({ legend, value, color }) => ({ legend, value, color })),
    fallback: table,
  };
}

/**
 * The districts × focus areas, one block per district so it reads at phone width (no narrow
 * columns): the district's name on its own line, then each focus area by name with its level and
 * the contact's own trend. Compact: each district's counts (the red and yellow items are listed
 * by name in their own section). Brief: totals per focus area.
 */
function matrixSection(summary: WeeklySummary, language: Language, detail: Detail): Section {
  const heading = (continued: boolean): Block => ({
    type: 'Container',
    spacing: 'Medium',
    items: [
      text(continued ? `${t(T.matrix, language)} ${t(T.continued, language)}` : t(T.matrix, language), { weight: 'Bolder' }),
      ...(continued ? [] : [text(t(T.symbols, language), { size: 'Small', isSubtle: true, spacing: 'None' })]),
    ],
  });
  const areaName = (index: number) => summary.focusAreas[index]?.name[language] ?? '';
  const cellText = (cell: SummaryCell, index: number) => (cell.level ? `${LEVEL_ICONS[cell.level]}${cell.trend ? TREND_ARROWS[cell.trend] : ''} ${areaName(index)}` : `– ${areaName(index)}`);
  const name = (row: SummaryRow) => `**${escapeMarkdown(row.districtName)}**${row.late ? ` (${t(T.late, language)})` : ''}`;

  if (detail === 'full' || detail === 'capped') {
    const blocksOf = summary.rows.map((row): Block => ({
      type: 'Container',
      spacing: 'Small',
      items: [
        text(name(row), { spacing: 'None' }),
        row.reported ? text(row.cells.map(cellText).join(' · '), { spacing: 'None', size: 'Small' }) : text(t(T.notReportedYet, language), { spacing: 'None', size: 'Small', isSubtle: true }),
      ],
    }));
    return { heading, units: blocksOf, wrap: (units) => units as Block[] };
  }
  if (detail === 'compact') {
    // Counts per district (the red and yellow items by name are in their own list below).
    const lines = summary.rows.map((row): Block => {
      if (!row.reported) return text(`${name(row)}: ${t(T.notReportedYet, language)}`, { spacing: 'None', isSubtle: true });
      const count = (level: Level) => row.cells.filter((cell) => cell.level === level).length;
      const parts = [`🔴 ${t(T.red, language, { count: count('red') })}`, `🟡 ${t(T.yellow, language, { count: count('yellow') })}`, `🟢 ${t(T.green, language, { count: count('green') })}`];
      return text(`${name(row)}: ${parts.join(' · ')}`, { spacing: 'None' });
    });
    return { heading, units: lines, wrap: (units) => units as Block[] };
  }
  const totals = summary.areaTotals.map((area, index): Block =>
    text(
      `**${areaName(index) || area.focusAreaId}**: 🔴 ${t(T.red, language, { count: area.counts.red })} · 🟡 ${t(T.yellow, language, { count: area.counts.yellow })} · 🟢 ${t(T.green, language, { count: area.counts.green })} · ${t(T.noAnswer, language, { count: area.counts.missing })}`,
      { spacing: 'None' },
    ),
  );
  return { heading: headingOf(t(T.areaTotals, language), language), units: totals, wrap: (units) => units as Block[] };
}
