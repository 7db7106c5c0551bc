import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { readStatusForm } from '../cards/status-form.ts';
import { buildStatusFormCard, buildStatusSummaryCard, type StatusCardView } from '../cards/status-report-card.ts';
import type { ReportContext, StatusService } from '../src/app/status-service.ts';
import { isAppError } from '../src/domain/errors.ts';
import { weekKeyOf, type WeekKey } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import { canReportFor, districtsOf } from '../src/domain/roles.ts';
import { formatMoment } from '../src/domain/schedule.ts';
import { currentRevision, MAX_COMMENT, MAX_OVERALL_COMMENT, MAX_PRIORITY_COMMENT, type ReportContent } from '../src/domain/status-report.ts';
import type { VerbTable } from './card-actions.ts';
import { actorOf, type Reply, type TurnInfo } from './samverkan-bot.ts';

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
export function statusForm(context: ReportContext, language: Language, override?: { prefill?: ReportContent; errors?: Record<string, string> }): Reply {
  const prefill = override?.prefill ?? context.prefill;
  return buildStatusFormCard({
    ...cardView(context, language),
    ...(prefill ? { prefill } : {}),
    prefillSource: override?.prefill ? 'none' : context.prefillSource,
    basedOn: context.report?.current ?? 0,
    ...(override?.errors ? { errors: override.errors } : {}),
  });
}

export function statusSummary(context: ReportContext, language: Language, now: Date, staleNotice?: { currentBy: string }): Reply {
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

export function createStatusVerbs(status: StatusService, now: () => Date = () => new Date()): Pick<VerbTable, 'status.submit' | 'status.edit'> {
  return {
    async 'status.submit'(data, turn) {
      const week = data.week as WeekKey;
      const context = await status.context(turn.tenantId, data.districtId, week).catch((error: unknown) => {
        if (isAppError(error, 'not-found')) return undefined;
        throw error;
      });
      if (!context) return buildNoticeCard(NOTICES.invalidCard, turn.language);
      // Refused before the form is read: a stranger learns nothing about what would be accepted.
      const refused = await status.authorize(turn.tenantId, actorOf(turn), data.districtId, week).then(
        () => false,
        (error: unknown) => {
          if (isAppError(error, 'forbidden')) return true;
          throw error;
        },
      );
      if (refused) return buildNoticeCard(NOTICES.notAContact, turn.language);
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
      const updated = { ...context, report };
      const staleNotice = outcome === 'stale' ? { currentBy: currentRevision(report).submittedBy.name } : undefined;
      return statusSummary(updated, turn.language, now(), staleNotice);
    },
    async 'status.edit'(data, turn) {
      const entry = await status.rosterEntry(turn.tenantId, turn.userAadObjectId);
      if (!canReportFor(entry, data.districtId)) return buildNoticeCard(NOTICES.notAContact, turn.language);
      const context = await status.context(turn.tenantId, data.districtId, data.week as WeekKey);
      return statusForm(context, turn.language);
    },
  };
}

/** "rapportera": the form (or the summary of what was sent) for each district the user reports for. */
export async function openReportForms(status: StatusService, turn: TurnInfo, now: Date): Promise<Reply[]> {
  const entry = await status.rosterEntry(turn.tenantId, turn.userAadObjectId);
  const districtIds = districtsOf(entry);
  if (districtIds.length === 0) return [buildNoticeCard(NOTICES.noDistricts, turn.language)];
  const week = weekKeyOf(now);
  const contexts = await Promise.all(districtIds.map((id) => status.context(turn.tenantId, id, week)));
  return contexts.map((context) => (context.report ? statusSummary(context, turn.language, now) : statusForm(context, turn.language)));
}

