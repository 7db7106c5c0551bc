import { DateTime } from 'luxon';
import type { Decision } from './decision.ts';
import { addWeeks, startOfWeek, ZONE, type WeekKey } from './iso-week.ts';
import type { Localized } from './model.ts';
import { currentRevision, type Level, type StatusReport } from './status-report.ts';
import type { Task } from './task.ts';

/**
 * The report back to the political bodies (återrapportering): pure, from the data the caller read.
 * It returns what the report says as data (levels as codes, tasks and decisions); the words, the
 * Markdown and the CSV are written by cards/political-report-text.ts.
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

/** The report as data: codes and ids, no wording (cards/political-report-text.ts writes the words). */
export interface PoliticalReport {
  from: WeekKey;
  to: WeekKey;
  weeks: WeekKey[];
  /** The period crosses a year boundary: week labels then carry the year. */
  multiYear: boolean;
  /** The period's first and last day, and the day the report is made (YYYY-MM-DD). */
  periodStart: string;
  periodEnd: string;
  madeOn: string;
  /** Set when the report is for one district. */
  districtId?: string;
  districts: Array<{ id: string; name: string }>;
  focusAreas: Array<{ id: string; name: Localized }>;
  /** One row per district (by name) and focus area: the level per week, undefined when no report came in. */
  levels: Array<{ districtId: string; districtName: string; focusAreaId: string; levels: Array<Level | undefined> }>;
  /** Reports received, of those possible (districts × weeks). */
  received: number;
  possible: number;
  /** Levels in the period's last week, over every district and focus area (a missing report counts as an assessment without level). */
  lastWeek: { red: number; yellow: number; assessments: number };
  tasksDone: Task[];
  tasksLate: Task[];
  /** Decisions made in the period, and older ones still waiting for anchoring. */
  decisions: Decision[];
}

export const MAX_REPORT_WEEKS = 53;

/** The ISO weeks from `from` to `to`, inclusive (across a year boundary too); empty if reversed. */
export function weeksBetween(from: WeekKey, to: WeekKey, max = MAX_REPORT_WEEKS): WeekKey[] {
  const weeks: WeekKey[] = [];
  for (let week = from; week <= to && weeks.length <= max; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

const dayOf = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toISODate()!;

export function buildPoliticalReport(input: PoliticalReportInput): PoliticalReport {
  const weeks = weeksBetween(input.from, input.to);
  const multiYear = input.from.slice(0, 4) !== input.to.slice(0, 4);
  const periodStart = startOfWeek(input.from).toISODate()!;
  const periodEnd = startOfWeek(input.to).plus({ days: 6 }).toISODate()!;
  const today = DateTime.fromJSDate(input.asOf, { zone: ZONE }).toISODate()!;
  const cutoff = today < periodEnd ? today : periodEnd;

  // Levels per district, focus area and week (the current revision of each report).
  const reportOf = new Map(input.reports.map((report) => [`${report.districtId}:${report.week}`, report]));
  const levelAt = (districtId: string, focusAreaId: string, week: WeekKey): Level | undefined => {
    const report = reportOf.get(`${districtId}:${week}`);
    return report ? currentRevision(report).entries.find((e) => e.focusAreaId === focusAreaId)?.level : undefined;
  };
  const districts = [...input.districts].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const levels = districts.flatMap((district) =>
    input.focusAreas.map((area) => ({ districtId: district.id, districtName: district.name, focusAreaId: area.id, levels: weeks.map((week) => levelAt(district.id, area.id, week)) })),
  );

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

  // Headline numbers: reports received, and red/yellow in the last week of the period.
  const possible = districts.length * weeks.length;
  const received = districts.reduce((sum, d) => sum + weeks.filter((w) => reportOf.has(`${d.id}:${w}`)).length, 0);
  const lastLevels = levels.map((row) => row.levels.at(-1));
  return {
    from: input.from,
    to: input.to,
    weeks,
    multiYear,
    periodStart,
    periodEnd,
    madeOn: today,
    ...(input.districtId ? { districtId: input.districtId } : {}),
    districts,
    focusAreas: input.focusAreas,
    levels,
    received,
    possible,
    lastWeek: { red: lastLevels.filter((l) => l === 'red').length, yellow: lastLevels.filter((l) => l === 'yellow').length, assessments: weeks.length > 0 ? lastLevels.length : 0 },
    tasksDone,
    tasksLate,
    decisions,
  };
}
