import type { WeekKey } from '../domain/iso-week.ts';
import type { Localized } from '../domain/model.ts';
import type { Level, Trend } from '../domain/status-report.ts';
import type { Change, TaskStatus } from '../domain/weekly-summary.ts';

/**
 * What the dashboard tab's JSON API answers (bot/edge/tab-routes.ts), shared with the tab (tab/)
 * as types only: the tab talks to the server over HTTP.
 */

export type ReadAccess = 'roster' | 'tenant';

export interface DashboardAccess {
  /** Status, summaries, tasks and decisions: the bot's READ_ACCESS rule (bot/features/require-role.ts). */
  read: boolean;
  /** The report back (återrapport): steering members and admins, as in chat. */
  report: boolean;
}

export interface DashboardCell {
  focusAreaId: string;
  level?: Level;
  /** The contact's own judgement of the trend (not computed). */
  trend?: Trend;
  /** Compared with last week's level. */
  change?: Change;
  comment?: string;
}

export interface DashboardRow {
  districtId: string;
  districtName: string;
  reported: boolean;
  late: boolean;
  submittedBy?: string;
  overallComment?: string;
  priorityComment?: string;
  cells: DashboardCell[];
}

export interface DashboardWeek {
  week: WeekKey;
  focusAreas: Array<{ id: string; name: Localized }>;
  rows: DashboardRow[];
  totals: { districts: number; reported: number; counts: Record<Level, number> };
  missing: Array<{ id: string; name: string; contacts: string[] }>;
}

export interface DashboardReference {
  currentWeek: WeekKey;
  districts: Array<{ id: string; name: string }>;
  focusAreas: Array<{ id: string; name: Localized }>;
}

export interface DistrictHistory {
  districtId: string;
  districtName: string;
  weeks: WeekKey[];
  /** One row per focus area; `levels[i]` belongs to `weeks[i]` (undefined: not reported). */
  areas: Array<{ focusAreaId: string; name: Localized; levels: Array<Level | null>; trends: Array<Trend | null> }>;
  reported: boolean[];
}

export interface FocusAreaHistory {
  focusAreaId: string;
  name: Localized;
  weeks: WeekKey[];
  /** Level counts per week, for the chart. */
  counts: Array<Record<Level | 'missing', number>>;
  /** One row per district; `levels[i]` belongs to `weeks[i]`. */
  districts: Array<{ districtId: string; districtName: string; levels: Array<Level | null> }>;
}

export interface DashboardTask {
  id: string;
  title: string;
  owner: string;
  assignee?: string;
  status: TaskStatus;
  dueDate: string;
  dueWeek: WeekKey;
  districtId?: string;
  focusAreaId: string;
  overdue: boolean;
}

export interface DashboardPlan {
  asOf: string;
  overdue: DashboardTask[];
  dueSoon: DashboardTask[];
  /** Every open task, grouped by owner and then by status. */
  byOwner: Array<{ owner: string; byStatus: Array<{ status: TaskStatus; tasks: DashboardTask[] }> }>;
  pendingDecisions: Array<{ id: string; date: string; text: string; boards: string[] }>;
}

