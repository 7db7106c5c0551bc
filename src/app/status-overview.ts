import type { Repositories } from '../storage/create-repositories.ts';
import type { WeekKey } from '../domain/iso-week.ts';
import type { District, FocusArea } from '../domain/model.ts';
import type { StatusReport } from '../domain/status-report.ts';

export interface WeekOverview {
  week: WeekKey;
  districts: District[];
  focusAreas: FocusArea[];
  /** districtId → that week's report; districts without one did not report. */
  reports: Map<string, StatusReport>;
}

/**
 * All districts' reports for some weeks in one query (its cost does not grow with the number of
 * districts in requests; the reference data comes from the in-memory knowledge base).
 */
export async function readWeekOverviews(
  repositories: Pick<Repositories, 'reports'>,
  reference: { districts: District[]; focusAreas: FocusArea[] },
  tenantId: string,
  weeks: WeekKey[],
  /** Only this district's reports (one district's history). */
  districtId?: string,
): Promise<WeekOverview[]> {
  const reports = await repositories.reports.inWeeks(tenantId, weeks, districtId);
  return weeks.map((week) => ({
    week,
    districts: reference.districts,
    focusAreas: reference.focusAreas,
    reports: new Map(reports.filter((report) => report.week === week).map((report) => [report.districtId, report])),
  }));
}
