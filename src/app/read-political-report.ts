import { buildPoliticalReport, weeksBetween, MAX_REPORT_WEEKS, type PoliticalReport } from '../domain/political-report.ts';
import { AppError } from '../domain/errors.ts';
import { startOfWeek, type WeekKey } from '../domain/iso-week.ts';
import type { Repositories } from '../storage/create-repositories.ts';

export interface ReportRequest {
  from: WeekKey;
  to: WeekKey;
  districtId?: string;
}

/**
 * Reads what the report back needs in a fixed number of queries, whatever the number of districts:
 * reference data (two lists), the period's status reports (one query on the weeks), tasks due by
 * the period's end or finished in it (one query), and the decision log (one query).
 */
export async function readPoliticalReport(
  repositories: Pick<Repositories, 'districts' | 'focusAreas' | 'reports' | 'tasks' | 'decisions'>,
  tenantId: string,
  request: ReportRequest,
  asOf: Date,
): Promise<PoliticalReport> {
  const weeks = weeksBetween(request.from, request.to);
  if (weeks.length === 0 || weeks.length > MAX_REPORT_WEEKS) {
    throw new AppError('invalid-input', `The period must run forward and be at most ${MAX_REPORT_WEEKS} weeks: ${request.from}–${request.to}.`);
  }
  const periodStart = startOfWeek(request.from).toISODate()!;
  const [districts, focusAreas, reports, tasks, decisions] = await Promise.all([
    repositories.districts.list(tenantId),
    repositories.focusAreas.list(tenantId),
    repositories.reports.inWeeks(tenantId, weeks, request.districtId),
    repositories.tasks.dueByOrDoneSince(tenantId, request.to, periodStart, request.districtId),
    repositories.decisions.list(tenantId),
  ]);
  const scoped = request.districtId ? districts.filter((d) => d.id === request.districtId) : districts;
  if (request.districtId && scoped.length === 0) throw new AppError('not-found', `There is no district "${request.districtId}".`);
  return buildPoliticalReport({
    from: request.from,
    to: request.to,
    districts: scoped.map(({ id, name }) => ({ id, name })),
    focusAreas: [...focusAreas].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name })),
    reports,
    tasks,
    decisions,
    asOf,
    ...(request.districtId ? { districtId: request.districtId } : {}),
  });
}
