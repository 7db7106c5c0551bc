import { DateTime } from 'luxon';
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
  /** The Markdown's summary lines (a bullet list), for the chat card. */
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

/**
 * Writes the report in one language; Swedish by default, as it goes into the boards' papers.
 * Focus-area names are taken in the same language.
 */
export function renderPoliticalReport(report: PoliticalReport, language: Language = 'sv'): PoliticalReportText {
  const l = language;
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
    `- ${t(T.received, l, { received: report.received, possible: report.possible, percent })}`,
    `- ${t(T.lastWeek, l, {
      week: last ? weekLabel(last) : '',
      red: t(T.red, l, { count: report.lastWeek.red }),
      yellow: t(T.yellow, l, { count: report.lastWeek.yellow }),
      assessments: t(T.assessments, l, { count: report.lastWeek.assessments }),
    })}`,
    `- ${t(T.tasks, l, { done: report.tasksDone.length, late: report.tasksLate.length })}`,
    `- ${t(T.decisions, l, { count: report.decisions.length, pending })}`,
  ];
  const md: string[] = [
    `# ${t(T.title, l, { period })}`,
    '',
    t(T.intro, l, { scope, fromKey: from, toKey: to, start: report.periodStart, end: report.periodEnd, today: report.madeOn }),
    '',
    `## ${t(T.summaryHeading, l)}`,
    '',
    ...summaryLines,
    '',
    `## ${t(T.levelsHeading, l)}`,
    '',
    t(T.levelsNote, l, { none: NO_REPORT }),
  ];
  for (const district of report.districts) {
    const rows = report.levels.filter((row) => row.districtId === district.id).map((row) => [areaName(row.focusAreaId), ...row.levels.map(levelWord)]);
    md.push('', `### ${district.name}`, '', table([C.focusArea[l], ...report.weeks.map(weekLabel)], rows));
  }
  const none = t(T.none, l);
  md.push('', `## ${t(T.tasksDoneHeading, l)}`, '', report.tasksDone.length > 0 ? table(taskHeader, report.tasksDone.map(taskRow)) : none);
  md.push('', `## ${t(T.tasksLateHeading, l)}`, '', report.tasksLate.length > 0 ? table(taskHeader, report.tasksLate.map(taskRow)) : none);
  md.push('', `## ${t(T.decisionsHeading, l)}`, '', report.decisions.length > 0 ? table(decisionHeader, report.decisions.map(decisionRow)) : t(T.noDecisions, l), '');

  const levelRows = report.levels.map((row) => [row.districtName, areaName(row.focusAreaId), ...row.levels.map(levelWord)]);
  const section = (task: Task) => (report.tasksLate.includes(task) ? t(T.doneLate, l) : t(T.done, l));
  return {
    markdown: md.join('\n'),
    summary: summaryLines.join('\n'),
    csv: stringifyCsv(levelRows, { columns: [C.district[l], C.focusArea[l], ...report.weeks] }),
    tasksCsv: stringifyCsv(
      [...report.tasksDone.map((task) => [section(task), ...taskRow(task)]), ...report.tasksLate.filter((task) => !report.tasksDone.includes(task)).map((task) => [t(T.late, l), ...taskRow(task)])],
      { columns: [C.section[l], ...taskHeader] },
    ),
    decisionsCsv: stringifyCsv(report.decisions.map(decisionRow), { columns: decisionHeader }),
  };
}
