import type { WeekKey } from './iso-week.ts';
import type { Repository } from './repository.ts';
import type { StatusReport } from './status-report.ts';

/** The status reports (one per district and week), with the reads the jobs and answers need. */
export interface StatusReportRepository extends Repository<StatusReport> {
  /** Every district's reports of these weeks in one query, or only `districtId`'s. */
  inWeeks(tenantId: string, weeks: readonly WeekKey[], districtId?: string): Promise<StatusReport[]>;
}
