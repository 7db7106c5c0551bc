import { DateTime } from 'luxon';
import type { ReportDocument } from '../src/app/report-formats.ts';
import type { Decision } from '../src/domain/decision.ts';
import { ZONE, type WeekKey } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import type { PoliticalReport } from '../src/domain/political-report.ts';
import type { Level } from '../src/domain/status-report.ts';
import { stringifyCsv } from '../src/domain/stringify-csv.ts';
import type { Task } from '../src/domain/task.ts';
import { t } from './texts/catalogue.ts';
import { ANCHORING_LABELS, ORGANISATION_KIND_LABELS, TASK_STATUS_LABELS } from './texts/plan.ts';
import { REPORT_COLUMNS as C, REPORT_LEVEL_WORDS, REPORT_TEXTS as T } from './texts/report.ts';

/** The report back in words: Markdown for reading, CSV (RFC 4180, comma, CRLF) for the boards' own tables. */
export interface PoliticalReportText {
  markdown: string;
  /** The summary lines (without list marks), for the chat card and the files. */
  summaryLines: string[];
  /** The Markdown's summary lines (a bullet list). */
  summary: string;
  /** Levels in wide form: district, focus area, one column per week. */
  csv: string;
  tasksCsv: string;
  decisionsCsv: string;
}

const NO_REPORT = '–';
const weekNumber = (week: WeekKey) => Number(week.slice(6));
const dayOf = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toISODate()!;
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
const table = (header: string[], rows: string[][]) =>
  [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

/** The wording every form of the report shares (Markdown, CSV, Word, Excel), in one language. */
function reportWords(report: PoliticalReport, l: Language) {
  const weekLabel = (week: WeekKey) => (report.multiYear ? t(T.weekYear, l, { week: weekNumber(week), year: week.slice(0, 4) }) : t(T.week, l, { week: weekNumber(week) }));
  const levelWord = (level: Level | undefined) => (level ? REPORT_LEVEL_WORDS[level][l] : NO_REPORT);
  const districtName = (id: string | undefined) => (id ? (report.districts.find((d) => d.id === id)?.name ?? id) : t(T.cityWide, l));
  const areaName = (id: string) => report.focusAreas.find((a) => a.id === id)?.name[l] ?? id;
  const taskRow = (task: Task) => [
    task.id,
    task.title,
    areaName(task.focusAreaId),
    districtName(task.districtId),
    `${task.owner.name} (${ORGANISATION_KIND_LABELS[task.owner.kind][l]})`,
    task.assignee?.name ?? '',
    task.due.givenAs === 'week' ? t(T.dueWeek, l, { week: weekNumber(task.due.week), date: task.due.date }) : task.due.date,
    TASK_STATUS_LABELS[task.status][l],
    task.doneAt ? dayOf(task.doneAt) : '',
  ];
  const taskHeader = [C.id, C.task, C.focusArea, C.district, C.owner, C.assignee, C.due, C.status, C.doneOn].map((c) => c[l]);
  const decisionRow = (d: Decision) => [d.id, d.date, d.text, d.boards.join(', '), ANCHORING_LABELS[d.anchoring][l]];
  const decisionHeader = [C.id, C.date, C.decision, C.boards, C.anchoring].map((c) => c[l]);

  const { from, to } = report;
  const period = report.multiYear
    ? t(T.periodYears, l, { from: weekNumber(from), fromYear: from.slice(0, 4), to: weekNumber(to), year: to.slice(0, 4) })
    : t(T.period, l, { from: weekNumber(from), to: weekNumber(to), year: to.slice(0, 4) });
  const scope = report.districtId ? districtName(report.districtId) : t(T.allDistricts, l);
  const last = report.weeks.at(-1);
  const percent = report.possible === 0 ? 0 : Math.round((100 * report.received) / report.possible);
  const pending = report.decisions.filter((d) => d.anchoring === 'behöver-förankras').length;
  const summaryLines = [
    t(T.received, l, { received: report.received, possible: report.possible, percent }),
    t(T.lastWeek, l, {
      week: last ? weekLabel(last) : '',
      red: t(T.red, l, { count: report.lastWeek.red }),
      yellow: t(T.yellow, l, { count: report.lastWeek.yellow }),
      assessments: t(T.assessments, l, { count: report.lastWeek.assessments }),
    }),
    t(T.tasks, l, { done: report.tasksDone.length, late: report.tasksLate.length }),
    t(T.decisions, l, { count: report.decisions.length, pending }),
  ];
  return {
    weekLabel,
    levelWord,
    areaName,
    taskRow,
    taskHeader,
    decisionRow,
    decisionHeader,
    summaryLines,
    title: t(T.title, l, { period }),
    intro: t(T.intro, l, { scope, fromKey: from, toKey: to, start: report.periodStart, end: report.periodEnd, today: report.madeOn }),
  };
}

/**
 * Writes the report in one language; Swedish by default, as it goes into the boards' papers.
 * Focus-area names are taken in the same language.
 */
export function renderPoliticalReport(report: PoliticalReport, language: Language = 'sv'): PoliticalReportText {
  const l = language;
  const w = reportWords(report, l);
  const summary = w.summaryLines.map((line) => `- ${line}`).join('\n');
  const md: string[] = [
    `# ${w.title}`,
    '',
    w.intro,
    '',
    `## ${t(T.summaryHeading, l)}`,
    '',
    summary,
    '',
    `## ${t(T.levelsHeading, l)}`,
    '',
    t(T.levelsNote, l, { none: NO_REPORT }),
  ];
  for (const district of report.districts) {
    const rows = report.levels.filter((row) => row.districtId === district.id).map((row) => [w.areaName(row.focusAreaId), ...row.levels.map(w.levelWord)]);
    md.push('', `### ${district.name}`, '', table([C.focusArea[l], ...report.weeks.map(w.weekLabel)], rows));
  }
  const none = t(T.none, l);
  md.push('', `## ${t(T.tasksDoneHeading, l)}`, '', report.tasksDone.length > 0 ? table(w.taskHeader, report.tasksDone.map(w.taskRow)) : none);
  md.push('', `## ${t(T.tasksLateHeading, l)}`, '', report.tasksLate.length > 0 ? table(w.taskHeader, report.tasksLate.map(w.taskRow)) : none);
  md.push('', `## ${t(T.decisionsHeading, l)}`, '', report.decisions.length > 0 ? table(w.decisionHeader, report.decisions.map(w.decisionRow)) : t(T.noDecisions, l), '');

  const levelRows = report.levels.map((row) => [row.districtName, w.areaName(row.focusAreaId), ...row.levels.map(w.levelWord)]);
  const section = (task: Task) => (report.tasksLate.includes(task) ? t(T.doneLate, l) : t(T.done, l));
  return {
    markdown: md.join('\n'),
    summaryLines: w.summaryLines,
    summary,
    csv: stringifyCsv(levelRows, { columns: [C.district[l], C.focusArea[l], ...report.weeks] }),
    tasksCsv: stringifyCsv(
      [...report.tasksDone.map((task) => [section(task), ...w.taskRow(task)]), ...report.tasksLate.filter((task) => !report.tasksDone.includes(task)).map((task) => [t(T.late, l), ...w.taskRow(task)])],
      { columns: [C.section[l], ...w.taskHeader] },
    ),
    decisionsCsv: stringifyCsv(report.decisions.map(w.decisionRow), { columns: w.decisionHeader }),
  };
}

/**
 * The report in words for the files (Word, Excel, CSV), laid out by src/app/report-files.ts: the
 * same wording as the Markdown, in one language, Swedish by default for the boards' papers.
 */
export function describePoliticalReport(report: PoliticalReport, language: Language = 'sv'): ReportDocument {
  const l = language;
  const w = reportWords(report, l);
  return {
    language: l,
    title: w.title,
    intro: w.intro,
    summary: { heading: t(T.summaryHeading, l), lines: w.summaryLines },
    levels: {
      heading: t(T.levelsHeading, l),
      note: t(T.levelsNote, l, { none: NO_REPORT }),
      sheetName: t(T.levelsSheet, l),
      districtColumn: C.district[l],
      focusAreaColumn: C.focusArea[l],
      weekLabels: report.weeks.map(w.weekLabel),
      weekKeys: report.weeks,
      districts: report.districts.map((district) => ({
        name: district.name,
        rows: report.levels
          .filter((row) => row.districtId === district.id)
          .map((row) => ({ focusArea: w.areaName(row.focusAreaId), cells: row.levels.map((level) => (level ? { text: w.levelWord(level), level } : { text: NO_REPORT })) })),
      })),
    },
    tables: [
      { heading: t(T.tasksDoneHeading, l), sheetName: t(T.tasksDoneSheet, l), header: w.taskHeader, rows: report.tasksDone.map(w.taskRow), empty: t(T.none, l) },
      { heading: t(T.tasksLateHeading, l), sheetName: t(T.tasksLateSheet, l), header: w.taskHeader, rows: report.tasksLate.map(w.taskRow), empty: t(T.none, l) },
      { heading: t(T.decisionsHeading, l), sheetName: t(T.decisionsSheet, l), header: w.decisionHeader, rows: report.decisions.map(w.decisionRow), empty: t(T.noDecisions, l) },
    ],
  };
}
