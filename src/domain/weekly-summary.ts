import { DateTime } from 'luxon';
import { addWeeks, weekKeyOf, ZONE, type WeekKey } from './iso-week.ts';
import type { Localized } from './model.ts';
import { currentRevision, type Level, type StatusReport, type Trend } from './status-report.ts';

/** How a cell moved since last week: ↑ better level, ↓ worse, → same, • nothing comparable last week. */
export type Change = 'better' | 'worse' | 'same' | 'new';

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'blocked', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Tasks in these states are finished: never overdue, never "due next week". */
const CLOSED_TASKS: readonly TaskStatus[] = ['done', 'cancelled'];

/**
 * The least the summary needs of an action-plan task, so the action plan can plug in without the
 * summary knowing its documents. A due date (YYYY-MM-DD, Stockholm) wins over a due week.
 */
export interface SummaryTask {
  id?: string;
  title: string;
  dueWeek?: WeekKey;
  dueDate?: string;
  status: TaskStatus;
  districtId?: string;
  focusAreaId?: string;
  /** The owning organisation (nämnd, förvaltning, bolag or the police) or assignee, as shown. */
  owner: string;
}

export const ANCHORING_STATES = ['förankrad', 'behöver-förankras', 'ej-aktuellt'] as const;
export type Anchoring = (typeof ANCHORING_STATES)[number];

/** The least the summary needs of a steering-group decision. */
export interface SummaryDecision {
  id?: string;
  text: string;
  /** YYYY-MM-DD */
  date: string;
  anchoring: Anchoring;
}

export interface SummaryCell {
  focusAreaId: string;
  /** This week's level; undefined when the district did not report or left the area out. */
  level?: Level;
  previous?: Level;
  change?: Change;
  /** The contact's own judgement of the trend, as the district answer shows it. */
  trend?: Trend;
}

export interface SummaryRow {
  districtId: string;
  districtName: string;
  reported: boolean;
  late: boolean;
  cells: SummaryCell[];
  /** The district's overall comment this week ('' when none). */
  overallComment: string;
  /** Sent by a deputy while contacts were away: "rapporterad av X för Y". */
  reportedFor?: { by: string; for: string[] };
}

export interface AttentionItem {
  districtId: string;
  districtName: string;
  focusAreaId: string;
  focusAreaName: Localized;
  level: 'red' | 'yellow';
  change: Change;
  /** The contact's own trend for the item. */
  trend: Trend;
  comment: string;
}

export interface AreaTotals {
  focusAreaId: string;
  counts: Record<Level | 'missing', number>;
  changes: Record<Change, number>;
}

export interface WeeklySummary {
  week: WeekKey;
  previousWeek: WeekKey;
  nextWeek: WeekKey;
  focusAreas: Array<{ id: string; name: Localized }>;
  rows: SummaryRow[];
  totals: { districts: number; reported: number; counts: Record<Level, number>; changes: Record<Change, number> };
  areaTotals: AreaTotals[];
  /** Red first, then yellow; by district, then focus-area order. */
  attention: AttentionItem[];
  /** Districts without a report this week, with the names of their contacts (who to call). */
  missingDistricts: Array<{ id: string; name: string; contacts: string[] }>;
  /** Undefined when no action plan is connected (the card then leaves the sections out). */
  overdueTasks?: SummaryTask[];
  dueNextWeekTasks?: SummaryTask[];
  pendingDecisions?: SummaryDecision[];
}

export interface SummaryInput {
  week: WeekKey;
  districts: Array<{ id: string; name: string }>;
  focusAreas: Array<{ id: string; name: Localized }>;
  reports: StatusReport[];
  previousReports: StatusReport[];
  tasks?: SummaryTask[];
  decisions?: SummaryDecision[];
  /** The roster's contacts (name and districts), for naming who has not reported. */
  contacts?: Array<{ name: string; districtIds: string[] }>;
  /** The moment the summary is made: what is overdue is judged against it. */
  asOf: Date;
}

const RANK: Partial<Record<Level, number>> = { green: 0, yellow: 1, red: 2 };

/** Compares two levels; moves to or from "not applicable" have no direction, so they count as new. */
export function compareLevels(current: Level, previous: Level | undefined): Change {
  const now = RANK[current];
  const before = previous === undefined ? undefined : RANK[previous];
  if (previous === current) return 'same';
  if (now === undefined || before === undefined) return 'new';
  return now < before ? 'better' : 'worse';
}

const zeroLevels = (): Record<Level, number> => ({ green: 0, yellow: 0, red: 0, 'not-applicable': 0 });
const zeroChanges = (): Record<Change, number> => ({ better: 0, worse: 0, same: 0, new: 0 });

/** The week a task is due in (a due date wins over a due week). */
export function dueWeekOf(task: SummaryTask): WeekKey | undefined {
  if (task.dueDate) {
    const date = DateTime.fromISO(task.dueDate, { zone: ZONE });
    return date.isValid ? weekKeyOf(date.toJSDate()) : undefined;
  }
  return task.dueWeek;
}

/** Overdue: open and due before today (a due week is due until its Sunday). */
export function isOverdue(task: SummaryTask, asOf: Date): boolean {
  if (CLOSED_TASKS.includes(task.status)) return false;
  if (task.dueDate) return task.dueDate < DateTime.fromJSDate(asOf, { zone: ZONE }).toISODate()!;
  // Week keys are zero-padded `YYYY-Www`, so they compare as strings.
  return task.dueWeek !== undefined && task.dueWeek < weekKeyOf(asOf);
}

/** The week's summary for the steering group: pure, from the data the caller read. */
export function computeWeeklySummary(input: SummaryInput): WeeklySummary {
  const { week, focusAreas } = input;
  const byDistrict = new Map(input.reports.filter((r) => r.week === week).map((r) => [r.districtId, r]));
  const previousWeek = addWeeks(week, -1);
  const previousByDistrict = new Map(input.previousReports.filter((r) => r.week === previousWeek).map((r) => [r.districtId, r]));
  const counts = zeroLevels();
  const changes = zeroChanges();
  const areaTotals: AreaTotals[] = focusAreas.map((area) => ({ focusAreaId: area.id, counts: { ...zeroLevels(), missing: 0 }, changes: zeroChanges() }));
  const red: AttentionItem[] = [];
  const yellow: AttentionItem[] = [];
  const districts = [...input.districts].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  const rows = districts.map((district): SummaryRow => {
    const report = byDistrict.get(district.id);
    const revision = report ? currentRevision(report) : undefined;
    const previous = previousByDistrict.get(district.id);
    const previousEntries = new Map((previous ? currentRevision(previous).entries : []).map((e) => [e.focusAreaId, e]));
    const entries = new Map((revision?.entries ?? []).map((e) => [e.focusAreaId, e]));
    const cells = focusAreas.map((area, index): SummaryCell => {
      const entry = entries.get(area.id);
      const before = previousEntries.get(area.id)?.level;
      const totals = areaTotals[index]!;
      if (!entry) {
        totals.counts.missing += 1;
        return { focusAreaId: area.id, ...(before ? { previous: before } : {}) };
      }
      const change = compareLevels(entry.level, before);
      counts[entry.level] += 1;
      changes[change] += 1;
      totals.counts[entry.level] += 1;
      totals.changes[change] += 1;
      if (entry.level === 'red' || entry.level === 'yellow') {
        const item = { districtId: district.id, districtName: district.name, focusAreaId: area.id, focusAreaName: area.name, level: entry.level, change, trend: entry.trend, comment: entry.comment };
        (entry.level === 'red' ? red : yellow).push(item);
      }
      return { focusAreaId: area.id, level: entry.level, change, trend: entry.trend, ...(before ? { previous: before } : {}) };
    });
    const reportedFor = revision?.onBehalfOf?.length ? { reportedFor: { by: revision.submittedBy.name, for: revision.onBehalfOf.map((p) => p.name) } } : {};
    return { districtId: district.id, districtName: district.name, reported: report !== undefined, late: revision?.late ?? false, cells, overallComment: revision?.overallComment.trim() ?? '', ...reportedFor };
  });

  const nextWeek = addWeeks(week, 1);
  const openTasks = input.tasks?.filter((task) => !CLOSED_TASKS.includes(task.status));
  const byDue = (a: SummaryTask, b: SummaryTask) => (dueWeekOf(a) ?? '').localeCompare(dueWeekOf(b) ?? '') || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.title.localeCompare(b.title, 'sv');
  return {
    week,
    previousWeek,
    nextWeek,
    focusAreas: focusAreas.map(({ id, name }) => ({ id, name })),
    rows,
    totals: { districts: rows.length, reported: rows.filter((r) => r.reported).length, counts, changes },
    areaTotals,
    attention: [...red, ...yellow],
    missingDistricts: rows
      .filter((r) => !r.reported)
      .map((r) => ({
        id: r.districtId,
        name: r.districtName,
        contacts: (input.contacts ?? [])
          .filter((c) => c.districtIds.includes(r.districtId))
          .map((c) => c.name)
          .sort((a, b) => a.localeCompare(b, 'sv')),
      })),
    ...(openTasks
      ? {
          overdueTasks: openTasks.filter((task) => isOverdue(task, input.asOf)).sort(byDue),
          dueNextWeekTasks: openTasks.filter((task) => dueWeekOf(task) === nextWeek && !isOverdue(task, input.asOf)).sort(byDue),
        }
      : {}),
    ...(input.decisions
      ? { pendingDecisions: input.decisions.filter((d) => d.anchoring === 'behöver-förankras').sort((a, b) => a.date.localeCompare(b.date)) }
      : {}),
  };
}
