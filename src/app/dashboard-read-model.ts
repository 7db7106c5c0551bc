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
import type { WeekOverview } from './status-overview.ts';
import { toSummaryTask } from './read-plan-for-summary.ts';

export type * from './dashboard-types.ts';

/**
 * The dashboard tab's read models ("Läget"). They read through the bot's own repositories and
 * services (status reports by id as StatusService reads them, the weekly summary's
 * computeWeeklySummary and WeekOverview, the task and decision services) and shape the result for
 * the tab's views. JSON-ready: no Maps, no Dates.
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
 * opened by many at once and reads whole weeks. A report sent through this instance shows at once
 * (`reportWritten`); one sent through another instance shows after this time and one more read.
 */
export const DASHBOARD_CACHE_MS = 30_000;
/** Point reads of one week in flight at once (keeps a cold read from flooding the store). */
const POINT_READS_AT_ONCE = 32;

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

/**
 * Reuses a value for `ttlMs`; after that the old value is still answered while one fresh read runs
 * (stale-while-revalidate), so no reader waits for a slow read of a week already shown. A read
 * under way is shared; a failed first read is forgotten, a failed refresh retried next time.
 */
class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T>; refreshing: boolean }>();
  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number,
  ) {}

  forget(key: string): void {
    this.entries.delete(key);
  }

  get(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const entry = this.entries.get(key);
    if (!entry) {
      const value = load();
      this.entries.set(key, { at: this.clock(), value, refreshing: false });
      value.catch(() => this.entries.delete(key));
      return value;
    }
    if (this.clock() - entry.at >= this.ttlMs && !entry.refreshing) {
      entry.refreshing = true;
      load().then(
        (fresh) => this.entries.set(key, { at: this.clock(), value: Promise.resolve(fresh), refreshing: false }),
        () => (entry.refreshing = false),
      );
    }
    return entry.value;
  }
}

const cachedWeekKey = (tenantId: string, week: string) => `${tenantId}|${week}`;

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
   * Every district's reports of these weeks, as overviews in the order asked. A week not read
   * recently is read by point reads of its deterministic ids (`<district>:<week>`), the cheapest
   * read on Cosmos DB and the only one that stays fast on the embedded server with a year of
   * reports (its queries scan every document).
   */
  private async overviews(tenantId: string, weeks: WeekKey[], reference: Pick<WeekOverview, 'districts' | 'focusAreas'>): Promise<WeekOverview[]> {
    const readWeek = (week: WeekKey) => this.weeks.get(cachedWeekKey(tenantId, week), () => this.readWeek(tenantId, week, reference.districts.map((d) => d.id)));
    const maps = await Promise.all(weeks.map(readWeek));
    return weeks.map((week, i) => ({ week, districts: reference.districts, focusAreas: reference.focusAreas, reports: maps[i]! }));
  }

  /** A report this instance stored: its week is read afresh next time. */
  reportWritten(report: Pick<StatusReport, 'tenantId' | 'week'>): void {
    this.weeks.forget(cachedWeekKey(report.tenantId, report.week));
  }

  private async readWeek(tenantId: string, week: WeekKey, districtIds: string[]): Promise<Map<string, StatusReport>> {
    const reports = new Map<string, StatusReport>();
    const queue = [...districtIds];
    await Promise.all(
      Array.from({ length: Math.min(POINT_READS_AT_ONCE, queue.length) }, async () => {
        for (let districtId = queue.shift(); districtId !== undefined; districtId = queue.shift()) {
          const stored = await this.deps.repositories.reports.read(tenantId, statusReportId(districtId, week));
          if (stored) reports.set(districtId, stored.doc);
        }
      }),
    );
    return reports;
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
    return this.plans.get(tenantId, () => this.readPlan(tenantId));
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
