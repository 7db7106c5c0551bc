import type { WeekKey } from '../domain/iso-week.ts';
import type { StatusReport } from '../domain/status-report.ts';
import type { StatusReportRepository } from '../domain/status-report-repository.ts';
import { inDistrict } from './district-filter.ts';
import { DocumentStore } from './document-store.ts';

export class StatusReportStore extends DocumentStore<StatusReport> implements StatusReportRepository {
  inWeeks(tenantId: string, weeks: readonly WeekKey[], districtId?: string): Promise<StatusReport[]> {
    return this.query(tenantId, ...inDistrict('ARRAY_CONTAINS(@weeks, c.week)', [{ name: '@weeks', value: [...weeks] }], districtId));
  }
}
