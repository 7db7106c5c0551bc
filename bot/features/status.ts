import { buildDistrictStatusCard, buildFocusAreaStatusCard, buildMissingReportsCard, buildWeekStatusCard } from '../../cards/status-answer-card.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import { readStatusForm } from '../../cards/status-form.ts';
import { buildStatusFormCard, buildStatusSummaryCard, type StatusCardView } from '../../cards/status-report-card.ts';
import type { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { ReportContext, StatusService } from '../../src/app/status-service.ts';
import { readWeekOverviews } from '../../src/app/status-overview.ts';
import { isAppError } from '../../src/domain/errors.ts';
import { weekKeyOf, type WeekKey } from '../../src/domain/iso-week.ts';
import type { Language } from '../../src/domain/model.ts';
import { canReportFor, districtsOf } from '../../src/domain/roles.ts';
import { formatMoment } from '../../src/domain/schedule.ts';
import { currentRevision, MAX_COMMENT, MAX_OVERALL_COMMENT, MAX_PRIORITY_COMMENT, type ReportContent } from '../../src/domain/status-report.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';
import type { Feature } from '../router.ts';
import { actorOf, type CardReply, type Turn } from '../turn.ts';
import { requireReadAccess, type ReadAccess } from './require-role.ts';

export interface StatusFeatureDeps {
  status: StatusService;
  knowledge: KnowledgeService;
  repositories: Pick<Repositories, 'reports'>;
  now?: () => Date;
  /** Who may read the reports (READ_ACCESS); roster members by default. */
  readAccess?: ReadAccess;
}

/**
 * Weekly status reports: the form ("rapportera"), its submit and edit buttons, and the answers
 * read from the reports ("hur är läget i Rinkeby-Kista?", "vilka har inte rapporterat?").
 */
export function statusFeature(deps: StatusFeatureDeps): Feature {
  const now = deps.now ?? (() => new Date());
  const weekOf = (week: WeekKey | undefined): WeekKey => week ?? weekKeyOf(now());
  const overview = async (tenantId: string, week: WeekKey) => {
    const kb = await deps.knowledge.knowledgeBase(tenantId);
    const [result] = await readWeekOverviews(deps.repositories, kb, tenantId, [week]);
    return result!;
  };
  const { status } = deps;
  return {
    verbs: {
      async 'status.submit'(turn, data) {
        const week = data.week as WeekKey;
        const context = await status.context(turn.tenantId, data.districtId, week).catch((error: unknown) => {
          if (isAppError(error, 'not-found')) return undefined;
          throw error;
        });
        if (!context) return buildNoticeCard(NOTICES.invalidCard, turn.language);
        // Refused before the form is read: a stranger learns nothing about what would be accepted.
        await status.authorize(turn.tenantId, actorOf(turn), data.districtId, week);
        const form = readStatusForm(data, context.focusAreas.map((area) => area.id), turn.language);
        if (!form.ok) return statusForm(context, turn.language, { prefill: partialContent(data, context), errors: form.errors });
        const { report, outcome } = await status.submit({
          tenantId: turn.tenantId,
          districtId: data.districtId,
          week,
          by: actorOf(turn),
          content: form.content,
          basedOn: data.basedOn,
          at: now(),
        });
        const staleNotice = outcome === 'stale' ? { currentBy: currentRevision(report).submittedBy.name } : undefined;
        return statusSummary({ ...context, report }, turn.language, now(), staleNotice);
      },
      async 'status.edit'(turn, data) {
        if (!canReportFor(turn.roster, data.districtId)) return buildNoticeCard(NOTICES.notAContact, turn.language);
        return statusForm(await status.context(turn.tenantId, data.districtId, data.week as WeekKey), turn.language);
      },
    },
    intents: {
      'report-command': (turn) => openReportForms(status, turn, now()),
      'missing-reports': async (turn, answer) => {
        requireReadAccess(turn, deps.readAccess);
        return buildMissingReportsCard(await overview(turn.tenantId, weekOf(answer.week)), turn.language);
      },
      async 'district-status'(turn, answer) {
        requireReadAccess(turn, deps.readAccess);
        const week = await overview(turn.tenantId, weekOf(answer.week));
        if (answer.districtId) return buildDistrictStatusCard(week, answer.districtId, turn.language);
        if (answer.focusAreaId) return buildFocusAreaStatusCard(week, answer.focusAreaId, turn.language);
        return buildWeekStatusCard(week, turn.language);
      },
    },
  };
}

function cardView(context: ReportContext, language: Language): StatusCardView {
  return {
    language,
    district: context.district,
    week: context.week,
    focusAreas: context.focusAreas.map(({ id, name }) => ({ id, name })),
    deadlineText: formatMoment(context.deadline, language),
  };
}

/** The form for a district and week, prefilled with this week's or last week's answers. */
function statusForm(context: ReportContext, language: Language, override?: { prefill?: ReportContent; errors?: Record<string, string> }): CardReply {
  const prefill = override?.prefill ?? context.prefill;
  return buildStatusFormCard({
    ...cardView(context, language),
    ...(prefill ? { prefill } : {}),
    // A form that comes back with errors shows what the user typed, not a prefill.
    prefillSource: override?.prefill ? 'none' : context.prefillSource,
    basedOn: context.report?.current ?? 0,
    ...(override?.errors ? { errors: override.errors } : {}),
  });
}

function statusSummary(context: ReportContext, language: Language, now: Date, staleNotice?: { currentBy: string }): CardReply {
  if (!context.report) return statusForm(context, language);
  const revision = currentRevision(context.report);
  return buildStatusSummaryCard({
    ...cardView(context, language),
    revision,
    submittedText: formatMoment(new Date(revision.submittedAt), language),
    canEdit: true,
    deadlinePassed: now.getTime() > context.deadline.getTime(),
    ...(staleNotice ? { staleNotice } : {}),
  });
}

/** Keeps what the user typed when the form comes back with errors (only values of the right type). */
function partialContent(data: Record<string, unknown>, context: ReportContext): ReportContent {
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T =>
    (allowed as readonly string[]).includes(str(key)) ? (str(key) as T) : fallback;
  return {
    entries: context.focusAreas.map(({ id }) => ({
      focusAreaId: id,
      level: pick(`level.${id}`, ['green', 'yellow', 'red', 'not-applicable'] as const, undefined as never),
      trend: pick(`trend.${id}`, ['better', 'same', 'worse'] as const, 'same'),
      comment: str(`comment.${id}`).slice(0, MAX_COMMENT),
    })),
    priorityComment: str('priorityComment').slice(0, MAX_PRIORITY_COMMENT),
    overallComment: str('overallComment').slice(0, MAX_OVERALL_COMMENT),
  };
}

/** "rapportera": the form (or the summary of what was sent) for each district the user reports for. */
async function openReportForms(status: StatusService, turn: Turn, now: Date): Promise<CardReply[]> {
  const districtIds = districtsOf(turn.roster);
  if (districtIds.length === 0) return [buildNoticeCard(NOTICES.noDistricts, turn.language)];
  const week = weekKeyOf(now);
  const contexts = await Promise.all(districtIds.map((id) => status.context(turn.tenantId, id, week)));
  return contexts.map((context) => (context.report ? statusSummary(context, turn.language, now) : statusForm(context, turn.language)));
}
