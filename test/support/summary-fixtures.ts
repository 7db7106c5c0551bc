import type { WeekKey } from '../../src/domain/iso-week.ts';
import type { District, FocusArea } from '../../src/domain/model.ts';
import { LEVELS, type Level, type StatusReport } from '../../src/domain/status-report.ts';

/** DEMO DATA: made-up districts and focus areas for summary tests and the benchmark. */
export function makeDistricts(count: number, tenantId: string): District[] {
  return Array.from({ length: count }, (_, i) => ({
    tenantId,
    id: `demo-district-${String(i).padStart(3, '0')}`,
    type: 'district' as const,
    name: `Demoområde ${String(i).padStart(3, '0')}`,
    aliases: [],
    localPriorities: [],
    demo: true,
  }));
}

export function makeFocusAreas(count: number, tenantId: string): FocusArea[] {
  return Array.from({ length: count }, (_, i) => ({
    tenantId,
    id: `demo-area-${String(i).padStart(2, '0')}`,
    type: 'focus-area' as const,
    name: { sv: `Demoområde för samverkan ${i + 1}`, en: `Demo focus area ${i + 1}` },
    summary: { sv: 'Demodata.', en: 'Demo data.' },
    synonyms: [],
    owners: [],
    source: { agreementId: 'demo', sectionId: 'demo' },
    order: i,
  }));
}

/** A report with the given levels per focus area id (a comment on every red and yellow one). */
export function makeReport(tenantId: string, districtId: string, week: WeekKey, levels: Record<string, Level>, late = false): StatusReport {
  return {
    tenantId,
    id: `${districtId}:${week}`,
    type: 'status-report',
    districtId,
    week,
    current: 1,
    revisions: [
      {
        revision: 1,
        submittedBy: { aadObjectId: 'demo-contact', name: 'Demokontakt' },
        submittedAt: '2026-11-16T09:00:00.000Z',
        late,
        basedOn: 0,
        priorityComment: '',
        overallComment: '',
        entries: Object.entries(levels).map(([focusAreaId, level]) => ({
          focusAreaId,
          level,
          trend: 'same' as const,
          comment: level === 'red' || level === 'yellow' ? `Demokommentar om ${focusAreaId} i ${districtId} (demodata).` : '',
        })),
      },
    ],
  };
}

/** Deterministic pseudo-random levels: the same seed gives the same week. */
export function randomLevels(areas: FocusArea[], seed: number): Record<string, Level> {
  let state = seed * 2654435761 % 4294967296 || 1;
  const next = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  return Object.fromEntries(areas.map((area) => [area.id, LEVELS[Math.floor(next() * 3.3) % 4]!]));
}
