import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { Decision } from './decision.ts';
import { addWeeks, startOfWeek, ZONE, type WeekKey } from './iso-week.ts';
import type { Localized } from './model.ts';
import { currentRevision, type Level, type StatusReport } from './status-report.ts';
import type { OrganisationKind, Task, TaskStatus } from './task.ts';

/**
 * The report back to the political bodies (återrapportering): pure, from the data the caller read.
 * In Swedish, as it goes into the boards' papers. Markdown for reading; CSV (RFC 4180, comma,
 * CRLF, like the audit export) for the boards' own tables: the levels in wide form (one row per
 * district and focus area, one column per week), plus the tasks and the decisions.
 */
export interface PoliticalReportInput {
  from: WeekKey;
  to: WeekKey;
  /** The districts to report on (one when the report is for a district). */
  districts: Array<{ id: string; name: string }>;
  focusAreas: Array<{ id: string; name: Localized }>;
  reports: StatusReport[];
  tasks: Task[];
  decisions: Decision[];
  /** When the report is made: what is late is judged against it (or the period's end, if earlier). */
  asOf: Date;
  /** Set when the report is for one district: tasks are then that district's. */
  districtId?: string;
}

export interface PoliticalReport {
  weeks: WeekKey[];
  markdown: string;
  /** Levels: Stadsdelsområde, Samverkansområde, one column per week. */
  csv: string;
  tasksCsv: string;
  decisionsCsv: string;
  tasksDone: Task[];
  tasksLate: Task[];
  /** Decisions made in the period, and older ones still waiting for anchoring. */
  decisions: Decision[];
}

export const MAX_REPORT_WEEKS = 53;

const LEVEL_WORDS: Record<Level, string> = { green: 'grön', yellow: 'gul', red: 'röd', 'not-applicable': 'ej aktuellt' };
const NO_REPORT = '–';
const STATUS_WORDS: Record<TaskStatus, string> = { 'not-started': 'ej påbörjad', 'in-progress': 'pågår', done: 'klar', blocked: 'blockerad', cancelled: 'avbruten' };
const ORGANISATION_WORDS: Record<OrganisationKind, string> = { namnd: 'nämnd', forvaltning: 'förvaltning', bolag: 'bolag', polisen: 'polisen' };
const ANCHORING_WORDS: Record<Decision['anchoring'], string> = { förankrad: 'förankrad', 'behöver-förankras': 'behöver förankras', 'ej-aktuellt': 'ej aktuellt' };

/** The ISO weeks from `from` to `to`, inclusive (across a year boundary too); empty if reversed. */
export function weeksBetween(from: WeekKey, to: WeekKey, max = MAX_REPORT_WEEKS): WeekKey[] {
  const weeks: WeekKey[] = [];
  for (let week = from; week <= to && weeks.length <= max; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

const weekLabel = (week: WeekKey, multiYear: boolean) => (multiYear ? `v. ${Number(week.slice(6))} ${week.slice(0, 4)}` : `v. ${Number(week.slice(6))}`);
const dayOf = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toISODate()!;
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
const table = (header: string[], rows: string[][]) =>
  [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

export function buildPoliticalReport(input: PoliticalReportInput): PoliticalReport {
  const weeks = weeksBetween(input.from, input.to);
  const multiYear = input.from.slice(0, 4) !== input.to.slice(0, 4);
  const periodStart = startOfWeek(input.from).toISODate()!;
  const periodEnd = startOfWeek(input.to).plus({ days: 6 }).toISODate()!;
  const today = DateTime.fromJSDate(input.asOf, { zone: ZONE }).toISODate()!;
  const cutoff = today < periodEnd ? today : periodEnd;

  // Levels per district, focus area and week (the current revision of each report).
  const reportOf = new Map(input.reports.map((report) => [`${report.districtId}:${report.week}`, report]));
  const levelAt = (districtId: string, focusAreaId: string, week: WeekKey): string => {
    const report = reportOf.get(`${districtId}:${week}`);
    const entry = report ? currentRevision(report).entries.find((e) => e.focusAreaId === focusAreaId) : undefined;
    return entry ? LEVEL_WORDS[entry.level] : NO_REPORT;
  };
  const districts = [...input.districts].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const levelRows = districts.flatMap((district) => input.focusAreas.map((area) => [district.name, area.name.sv, ...weeks.map((week) => levelAt(district.id, area.id, week))]));

  const inScope = (task: Task) => !input.districtId || task.districtId === input.districtId;
  const tasks = input.tasks.filter(inScope);
  const tasksDone = tasks
    .filter((task) => task.status === 'done' && task.doneAt && dayOf(task.doneAt) >= periodStart && dayOf(task.doneAt) <= periodEnd)
    .sort((a, b) => a.due.date.localeCompare(b.due.date) || a.number - b.number);
  // Late: due by the cutoff and not done by the due date (still open, or done after it in the period).
  const tasksLate = tasks
    .filter((task) => {
      if (task.status === 'cancelled' || task.due.date >= cutoff) return false;
      if (task.status !== 'done') return true;
      return tasksDone.includes(task) && task.doneAt !== undefined && dayOf(task.doneAt) > task.due.date;
    })
    .sort((a, b) => a.due.date.localeCompare(b.due.date) || a.number - b.number);
  const decisions = input.decisions
    .filter((d) => (d.date >= periodStart && d.date <= periodEnd) || (d.anchoring === 'behöver-förankras' && d.date <= periodEnd))
    .sort((a, b) => (a.anchoring === 'behöver-förankras' ? 0 : 1) - (b.anchoring === 'behöver-förankras' ? 0 : 1) || a.date.localeCompare(b.date) || a.number - b.number);

  const districtName = (id: string | undefined) => (id ? (input.districts.find((d) => d.id === id)?.name ?? id) : 'Hela staden');
  const areaName = (id: string) => input.focusAreas.find((a) => a.id === id)?.name.sv ?? id;
  const taskRow = (task: Task) => [
    task.id,
    task.title,
    areaName(task.focusAreaId),
    districtName(task.districtId),
    `${task.owner.name} (${ORGANISATION_WORDS[task.owner.kind]})`,
    task.assignee?.name ?? '',
    task.due.givenAs === 'week' ? `v. ${Number(task.due.week.slice(6))} (${task.due.date})` : task.due.date,
    STATUS_WORDS[task.status],
    task.doneAt ? dayOf(task.doneAt) : '',
  ];
  const taskHeader = ['Id', 'Uppgift', 'Samverkansområde', 'Stadsdelsområde', 'Ansvarig organisation', 'Handläggare', 'Klart senast', 'Status', 'Klar datum'];
  const decisionRow = (d: Decision) => [d.id, d.date, d.text, d.boards.join(', '), ANCHORING_WORDS[d.anchoring]];
  const decisionHeader = ['Id', 'Datum', 'Beslut', 'Berörda nämnder', 'Politisk förankring'];

  // Headline numbers: reports received, and red/yellow in the last week of the period.
  const possible = districts.length * weeks.length;
  const received = districts.reduce((sum, d) => sum + weeks.filter((w) => reportOf.has(`${d.id}:${w}`)).length, 0);
  const last = weeks.at(-1);
  const lastLevels = last ? districts.flatMap((d) => input.focusAreas.map((a) => levelAt(d.id, a.id, last))) : [];
  const periodText = `vecka ${Number(input.from.slice(6))}${multiYear ? ` ${input.from.slice(0, 4)}` : ''}–${Number(input.to.slice(6))} ${input.to.slice(0, 4)}`;
  const scope = input.districtId ? districtName(input.districtId) : 'alla stadsdelsområden';

  const md: string[] = [
    `# Återrapportering till de politiska organen, ${periodText}`,
    '',
    `Samverkansöverenskommelsen mellan Stockholms stad och Polisregion Stockholm. Styrgruppens återrapport för ${scope}, ${input.from}–${input.to} (${periodStart}–${periodEnd}). Framtagen ${today}.`,
    '',
    '## Sammanfattning',
    '',
    `- Lägesrapporter inkomna: ${received} av ${possible} (${possible === 0 ? 0 : Math.round((100 * received) / possible)} %).`,
    `- Läget ${last ? weekLabel(last, multiYear) : ''}: ${lastLevels.filter((l) => l === 'röd').length} röda och ${lastLevels.filter((l) => l === 'gul').length} gula av ${lastLevels.length} bedömningar.`,
    `- Uppgifter i handlingsplanen klara under perioden: ${tasksDone.length}; försenade: ${tasksLate.length}.`,
    `- Beslut: ${decisions.length}, varav ${decisions.filter((d) => d.anchoring === 'behöver-förankras').length} behöver politisk förankring.`,
    '',
    '## Läget per stadsdelsområde och samverkansområde',
    '',
    `Nivå enligt stadsdelsområdets lägesrapport för veckan: grön, gul, röd eller ej aktuellt; ${NO_REPORT} betyder att ingen rapport kom in.`,
  ];
  for (const district of districts) {
    md.push('', `### ${district.name}`, '', table(['Samverkansområde', ...weeks.map((w) => weekLabel(w, multiYear))], input.focusAreas.map((area) => [area.name.sv, ...weeks.map((w) => levelAt(district.id, area.id, w))])));
  }
  md.push('', '## Uppgifter klara under perioden', '', tasksDone.length > 0 ? table(taskHeader, tasksDone.map(taskRow)) : 'Inga.');
  md.push('', '## Försenade uppgifter', '', tasksLate.length > 0 ? table(taskHeader, tasksLate.map(taskRow)) : 'Inga.');
  md.push('', '## Beslut och politisk förankring', '', decisions.length > 0 ? table(decisionHeader, decisions.map(decisionRow)) : 'Inga beslut under perioden.', '');

  const csvOptions = { header: true, record_delimiter: 'windows' as const };
  return {
    weeks,
    markdown: md.join('\n'),
    csv: stringify(levelRows, { ...csvOptions, columns: ['Stadsdelsområde', 'Samverkansområde', ...weeks] }),
    tasksCsv: stringify([...tasksDone.map((t) => [tasksLate.includes(t) ? 'klar, försenad' : 'klar', ...taskRow(t)]), ...tasksLate.filter((t) => !tasksDone.includes(t)).map((t) => ['försenad', ...taskRow(t)])], { ...csvOptions, columns: ['Avsnitt', ...taskHeader] }),
    decisionsCsv: stringify(decisions.map(decisionRow), { ...csvOptions, columns: decisionHeader }),
    tasksDone,
    tasksLate,
    decisions,
  };
}
