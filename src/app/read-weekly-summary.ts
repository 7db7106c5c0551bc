import { addWeeks, type WeekKey } from '../domain/iso-week.ts';
import { computeWeeklySummary, type SummaryDecision, type SummaryTask, type WeeklySummary } from '../domain/weekly-summary.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { KnowledgeService } from './knowledge-service.ts';
import { readWeekOverviews } from './status-overview.ts';

/**
 * What the summary reads. Reference data comes from the in-memory knowledge base; the action plan
 * and the decision log plug in through the optional `readPlan`.
 */
export interface SummarySources {
  knowledge: Pick<KnowledgeService, 'knowledgeBase'>;
  repositories: Pick<Repositories, 'reports'>;
  /**
   * Open tasks due up to the week after `week` and decisions awaiting anchoring (more is
   * harmless: the computation filters). Absent: the summary leaves those sections out.
   */
  readPlan?: (tenantId: string, week: WeekKey) => Promise<{ tasks: SummaryTask[]; decisions: SummaryDecision[] }>;
  /** District id → its contacts' names, so the summary names them beside a missing district. */
  readContacts?: (tenantId: string) => Promise<Map<string, string[]>>;
}

/**
 * Reads a week's summary in a fixed number of store requests whatever the number of districts:
 * this week's and last week's reports in one query, plus the optional plan reader (one more).
 */
export async function readWeeklySummary(sources: SummarySources, tenantId: string, week: WeekKey, asOf: Date): Promise<WeeklySummary> {
  const kb = await sources.knowledge.knowledgeBase(tenantId);
  const previousWeek = addWeeks(week, -1);
  const [overviews, plan, contacts] = await Promise.all([
    readWeekOverviews(sources.repositories, kb, tenantId, [week, previousWeek]),
    sources.readPlan?.(tenantId, week),
    sources.readContacts?.(tenantId),
  ]);
  const [current, previous] = overviews;
  return computeWeeklySummary({
    week,
    districts: contacts ? kb.districts.map((d) => ({ id: d.id, name: d.name, contacts: contacts.get(d.id) ?? [] })) : kb.districts,
    focusAreas: [...kb.focusAreas].sort((a, b) => a.order - b.order),
    reports: [...(current?.reports.values() ?? [])],
    previousReports: [...(previous?.reports.values() ?? [])],
    ...(plan ? { tasks: plan.tasks, decisions: plan.decisions } : {}),
    asOf,
  });
}
