import { DateTime } from 'luxon';
import { addWeeks, weekKeyOf, ZONE, type WeekKey } from '../domain/iso-week.ts';
import type { RosterEntry } from '../domain/model.ts';
import { isSteeringMember } from '../domain/roles.ts';
import { currentRevision, statusReportId, type Level, type StatusReport } from '../domain/status-report.ts';
import { computeWeeklySummary, dueWeekOf, isOverdue } from '../domain/weekly-summary.ts';
import type {
  DashboardAccess,
  DashboardPlan,
  DashboardReference,
  DashboardRow,
  DashboardTask,
  DashboardWeek,
  DistrictHistory,
  FocusAreaHistory,
  ReadAccess,
} from './dashboard-types.ts';
import type { Decision } from '../domain/decision.ts';
import type { Task } from '../domain/task.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { KnowledgeService } from './knowledge-service.ts';
import { readWeekOverviews, type WeekOverview } from './status-overview.ts';
import { toSummaryTask } from './read-plan-for-summary.ts';

export type * from './dashboard-types.ts';

/**
 * The dashboard tab's read models ("Läget"). They read through the same functions the bot's
 * answers and the weekly summary use (readWeekOverviews, computeWeeklySummary, the task and
 * decision services), and shape the result for the tab's views. JSON-ready: no Maps, no Dates.
 */

/** How many weeks the history views cover. */
export const HISTORY_WEEKS = 12;
/** "Due soon": open tasks due within this many weeks from now (overdue ones are listed apart). */
export const DUE_SOON_WEEKS = 2;

/** What the bot would let this person read: roster members (any role), or everyone with READ_ACCESS=tenant. */
export function dashboardAccess(entry: RosterEntry | undefined, readAccess: ReadAccess): DashboardAccess {
  const onRoster = (entry?.roles.length ?? 0) > 0;
  return { read: readAccess === 'tenant' || onRoster, report: isSteeringMember(entry) };
}

/**
 * How long the tab's reads of a week's reports and of the action plan are reused. A dashboard is
 * opened by many at once and reads whole weeks; a report sent a moment ago shows up within this
 * time (on every instance alike: nothing is invalidated across instances).
 */
export const DASHBOARD_CACHE_MS = 30_000;

export interface DashboardDeps {
  knowledge: Pick<KnowledgeService, 'knowledgeBase'>;
  repositories: Pick<Repositories, 'reports' | 'roster'>;
  tasks: { open(tenantId: string): Promise<Task[]> };
  decisions: { list(tenantId: string): Promise<Decision[]> };
  now?: () => Date;
  /** Milliseconds a read is reused (DASHBOARD_CACHE_MS); 0 reads every time. */
  cacheMs?: number;
  clock?: () => number;
}

/** Reuses a value for `ttlMs`; a read under way is shared, a failed one is forgotten. */
class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();
  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number,
  ) {}

  get(key: string): Promise<T> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() - entry.at < this.ttlMs) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: Promise<T>): void {
    if (this.ttlMs <= 0) return;
    this.entries.set(key, { at: this.clock(), value });
    value.catch(() => this.entries.delete(key));
  }
}

const orderedAreas = <T extends { order: number }>(areas: readonly T[]) => [...areas].sort((a, b) => a.order - b.order);

export class DashboardReadModel {
  private readonly weeks: TtlCache<Map<string, StatusReport>>;
  private readonly plans: TtlCache<DashboardPlan>;

  constructor(private readonly deps: DashboardDeps) {
    const ttl = deps.cacheMs ?? DASHBOARD_CACHE_MS;
    const clock = deps.clock ?? Date.now;
    this.weeks = new TtlCache(ttl, clock);
    this.plans = new TtlCache(ttl, clock);
  }

  /**
   * Every district's reports of these weeks, through readWeekOverviews (one query for the weeks
   * not read recently), as overviews in the order asked.
   */
  private async overviews(tenantId: string, weeks: WeekKey[], reference: Parameters<typeof readWeekOverviews>[1]): Promise<WeekOverview[]> {
    const missing = weeks.filter((week) => !this.weeks.get(`${tenantId}|${week}`));
    if (missing.length > 0) {
      const read = readWeekOverviews(this.deps.repositories, reference, tenantId, missing);
      missing.forEach((week, i) => this.weeks.set(`${tenantId}|${week}`, read.then((overviews) => overviews[i]!.reports)));
      await read;
    }
    return Promise.all(
      weeks.map(async (week) => ({
        week,
        districts: reference.districts,
        focusAreas: reference.focusAreas,
        // Read again if it expired meanwhile (a slow read longer than the cache time).
        reports: await (this.weeks.get(`${tenantId}|${week}`) ?? readWeekOverviews(this.deps.repositories, reference, tenantId, [week]).then((o) => o[0]!.reports)),
      })),
    );
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async reference(tenantId: string): Promise<DashboardReference> {
    const kb = await this.deps.knowledge.knowledgeBase(tenantId);
    return {
      currentWeek: weekKeyOf(this.now()),
      districts: kb.districts.map(({ id, name }) => ({ id, name })),
      focusAreas: orderedAreas(kb.focusAreas).map(({ id, name }) => ({ id, name })),
    };
  }

  /** The districts × focus areas matrix of a week, as the weekly summary computes it, with each contact's own trend and comments. */
  async week(tenantId: string, week: WeekKey): Promise<DashboardWeek> {
    const kb = await this.deps.knowledge.knowledgeBase(tenantId);
    const focusAreas = orderedAreas(kb.focusAreas);
    const [[current, previous], roster] = await Promise.all([
      this.overviews(tenantId, [week, addWeeks(week, -1)], kb),
      this.deps.repositories.roster.list(tenantId),
    ]);
    const summary = computeWeeklySummary({
      week,
      districts: kb.districts,
      focusAreas,
      reports: [...(current?.reports.values() ?? [])],
      previousReports: [...(previous?.reports.values() ?? [])],
      asOf: this.now(),
    });
    const rows = summary.rows.map((row): DashboardRow => {
      const report = current?.reports.get(row.districtId);
      const revision = report ? currentRevision(report) : undefined;
      const entries = new Map((revision?.entries ?? []).map((entry) => [entry.focusAreaId, entry]));
      return {
        districtId: row.districtId,
        districtName: row.districtName,
        reported: row.reported,
        late: row.late,
        ...(revision ? { submittedBy: revision.submittedBy.name } : {}),
        ...(revision?.overallComment ? { overallComment: revision.overallComment } : {}),
        ...(revision?.priorityComment ? { priorityComment: revision.priorityComment } : {}),
        cells: row.cells.map((cell) => {
          const entry = entries.get(cell.focusAreaId);
          return {
            focusAreaId: cell.focusAreaId,
            ...(cell.level ? { level: cell.level } : {}),
            ...(entry ? { trend: entry.trend } : {}),
            ...(cell.change ? { change: cell.change } : {}),
            ...(entry?.comment ? { comment: entry.comment } : {}),
          };
        }),
      };
    });
    const contactsOf = (districtId: string) =>
      roster.filter((person) => person.roles.includes('contact') && person.districtIds.includes(districtId)).map((person) => person.name).sort((a, b) => a.localeCompare(b, 'sv'));
    return {
      week,
      focusAreas: summary.focusAreas,
      rows,
      totals: { districts: summary.totals.districts, reported: summary.totals.reported, counts: summary.totals.counts },
      missing: summary.missingDistricts.map((district) => ({ ...district, contacts: contactsOf(district.id) })),
    };
  }

  /** One district's levels per focus area over the weeks up to `to`. Undefined when there is no such district. */
  async districtHistory(tenantId: string, districtId: string, to: WeekKey, count = HISTORY_WEEKS): Promise<DistrictHistory | undefined> {
    const kb = await this.deps.knowledge.knowledgeBase(tenantId);
    const district = kb.districts.find((d) => d.id === districtId);
    if (!district) return undefined;
    const weeks = weeksUpTo(to, count);
    // One district's weeks are point reads by their deterministic ids, as the status answers read them.
    const reports = await Promise.all(weeks.map((week) => this.deps.repositories.reports.read(tenantId, statusReportId(districtId, week))));
    const revisions = reports.map((stored) => (stored ? currentRevision(stored.doc) : undefined));
    return {
      districtId,
      districtName: district.name,
      weeks,
      reported: revisions.map((revision) => revision !== undefined),
      areas: orderedAreas(kb.focusAreas).map((area) => {
        const entries = revisions.map((revision) => revision?.entries.find((entry) => entry.focusAreaId === area.id));
        return { focusAreaId: area.id, name: area.name, levels: entries.map((e) => e?.level ?? null), trends: entries.map((e) => e?.trend ?? null) };
      }),
    };
  }

  /** One focus area across every district over the weeks up to `to`. Undefined when there is no such focus area. */
  async focusAreaHistory(tenantId: string, focusAreaId: string, to: WeekKey, count = HISTORY_WEEKS): Promise<FocusAreaHistory | undefined> {
    const kb = await this.deps.knowledge.knowledgeBase(tenantId);
    const area = kb.focusAreas.find((a) => a.id === focusAreaId);
    if (!area) return undefined;
    const weeks = weeksUpTo(to, count);
    const overviews = await this.overviews(tenantId, weeks, kb);
    const levelOf = (districtId: string, index: number): Level | null => {
      const report = overviews[index]?.reports.get(districtId);
      return (report ? currentRevision(report).entries.find((entry) => entry.focusAreaId === focusAreaId)?.level : undefined) ?? null;
    };
    const districts = kb.districts.map((district) => ({ districtId: district.id, districtName: district.name, levels: weeks.map((_, i) => levelOf(district.id, i)) }));
    const counts = weeks.map((_, i) => {
      const count: Record<Level | 'missing', number> = { green: 0, yellow: 0, red: 0, 'not-applicable': 0, missing: 0 };
      for (const district of districts) count[district.levels[i] ?? 'missing'] += 1;
      return count;
    });
    return { focusAreaId, name: area.name, weeks, counts, districts };
  }

  /** The action plan (overdue, due soon, every open task by owner and status) and decisions awaiting political anchoring. */
  async plan(tenantId: string): Promise<DashboardPlan> {
    const cached = this.plans.get(tenantId);
    if (cached) return cached;
    const read = this.readPlan(tenantId);
    this.plans.set(tenantId, read);
    return read;
  }

  private async readPlan(tenantId: string): Promise<DashboardPlan> {
    const asOf = this.now();
    const [open, decisions] = await Promise.all([this.deps.tasks.open(tenantId), this.deps.decisions.list(tenantId)]);
    const thisWeek = weekKeyOf(asOf);
    const lastSoonWeek = addWeeks(thisWeek, DUE_SOON_WEEKS);
    const tasks = open.map((task): DashboardTask => {
      const summaryTask = toSummaryTask(task);
      return {
        id: task.id,
        title: task.title,
        owner: task.owner.name,
        ...(task.assignee ? { assignee: task.assignee.name } : {}),
        status: task.status,
        dueDate: task.due.date,
        dueWeek: (dueWeekOf(summaryTask) ?? task.due.week) as WeekKey,
        ...(task.districtId ? { districtId: task.districtId } : {}),
        focusAreaId: task.focusAreaId,
        overdue: isOverdue(summaryTask, asOf),
      };
    });
    const owners = [...new Set(tasks.map((task) => task.owner))].sort((a, b) => a.localeCompare(b, 'sv'));
    return {
      asOf: DateTime.fromJSDate(asOf, { zone: ZONE }).toISODate()!,
      overdue: tasks.filter((task) => task.overdue),
      dueSoon: tasks.filter((task) => !task.overdue && task.dueWeek <= lastSoonWeek),
      byOwner: owners.map((owner) => {
        const own = tasks.filter((task) => task.owner === owner);
        const statuses = [...new Set(own.map((task) => task.status))];
        return { owner, byStatus: statuses.map((status) => ({ status, tasks: own.filter((task) => task.status === status) })) };
      }),
      pendingDecisions: decisions
        .filter((decision) => decision.anchoring === 'behöver-förankras')
        .sort((a, b) => a.date.localeCompare(b.date))
        .map(({ id, date, text, boards }) => ({ id, date, text, boards })),
    };
  }
}

/** The `count` weeks ending with `to`, oldest first. */
export function weeksUpTo(to: WeekKey, count: number): WeekKey[] {
  return Array.from({ length: count }, (_, i) => addWeeks(to, i - count + 1));
}
