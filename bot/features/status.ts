import { buildDistrictStatusCard, buildFocusAreaStatusCard, buildMissingReportsCard, buildWeekStatusCard } from '../../cards/status-answer-card.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import { readStatusForm } from '../../cards/status-form.ts';
import { buildStatusFormCard, buildStatusPastEmptyCard, buildStatusPausedCard, buildStatusSummaryCard, PAUSE_REASON_INPUT, type StatusCardView } from '../../cards/status-report-card.ts';
import { absenceInput, buildAbsenceCard, type AbsenceCardView } from '../../cards/status-absence-card.ts';
import { stripControlCharacters } from '../../cards/strip-control-characters.ts';
import { both, t } from '../../cards/texts/catalogue.ts';
import { STATUS_TEXTS } from '../../cards/texts/status.ts';
import { currentAbsencePeriods, dateInStockholm, parseAbsencePeriods, type AbsenceParse } from '../../src/domain/absence.ts';
import { MAX_PAUSE_REASON } from '../../src/domain/paused-weeks.ts';
import { deputyDistrictsOf, isContactOf } from '../../src/domain/roles.ts';
import type { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { ReportContext, StatusService } from '../../src/app/status-service.ts';
import { readWeekOverviews } from '../../src/app/status-overview.ts';
import { isAppError } from '../../src/domain/errors.ts';
import { weekKeyOf, type WeekKey } from '../../src/domain/iso-week.ts';
import type { Language } from '../../src/domain/model.ts';
import { canReportFor, districtsOf } from '../../src/domain/roles.ts';
import type { ChatCommand } from '../router.ts';
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
  const currentWeek = () => weekKeyOf(now());
  /** The district's state for this user: the form, what was sent (with Ändra), the paused week, or a past week read-only. */
  const currentCard = async (turn: Turn, districtId: string, week: WeekKey): Promise<CardReply> => {
    const context = await contextOrUndefined(status, turn.tenantId, districtId, week);
    if (!context) return buildNoticeCard(NOTICES.invalidCard, turn.language);
    const refreshUserIds = await status.refreshUserIds(turn.tenantId, districtId);
    const past = week < currentWeek();
    const mayReport = canReportFor(turn.roster, districtId);
    if (context.pause) {
      return buildStatusPausedCard({ ...cardView(context, turn.language, refreshUserIds), pause: { reason: context.pause.reason, byName: context.pause.by.name }, canResume: mayReport && !past });
    }
    if (context.report) return statusSummary(context, turn.language, now(), { refreshUserIds, canEdit: mayReport, pastWeek: past });
    if (past || !mayReport) return buildStatusPastEmptyCard({ ...cardView(context, turn.language, refreshUserIds), ...(past ? {} : { current: true }) });
    return statusForm(context, turn.language, undefined, refreshUserIds);
  };
  return {
    commands: absenceCommands(deps, now, currentCard),
    verbs: {
      // Universal Actions refresh: Teams asks when a contact opens the card; the answer is that user's view.
      'status.refresh': (turn, data) => {
        // Reading someone else's district needs read access, like asking "hur är läget i …".
        if (!canReportFor(turn.roster, data.districtId)) requireReadAccess(turn, deps.readAccess);
        return currentCard(turn, data.districtId, data.week as WeekKey);
      },
      async 'status.pause'(turn, data) {
        const week = data.week as WeekKey;
        const raw = data[PAUSE_REASON_INPUT];
        const reason = typeof raw === 'string' ? stripControlCharacters(raw).trim() : '';
        if (!reason || reason.length > MAX_PAUSE_REASON) {
          const context = await contextOrUndefined(status, turn.tenantId, data.districtId, week);
          if (!context) return buildNoticeCard(NOTICES.invalidCard, turn.language);
          await status.authorize(turn.tenantId, actorOf(turn), data.districtId, week);
          return statusForm(context, turn.language, { errors: { [PAUSE_REASON_INPUT]: t(STATUS_TEXTS.pauseReasonRequired, turn.language, { max: MAX_PAUSE_REASON }) } });
        }
        if (!(await contextOrUndefined(status, turn.tenantId, data.districtId, week))) return buildNoticeCard(NOTICES.invalidCard, turn.language);
        await status.absences.pauseDistrict({ tenantId: turn.tenantId, actor: actorOf(turn), districtId: data.districtId, week, reason, at: now() });
        return currentCard(turn, data.districtId, week);
      },
      async 'status.resume'(turn, data) {
        const week = data.week as WeekKey;
        if (!(await contextOrUndefined(status, turn.tenantId, data.districtId, week))) return buildNoticeCard(NOTICES.invalidCard, turn.language);
        await status.absences.resumeDistrict({ tenantId: turn.tenantId, actor: actorOf(turn), districtId: data.districtId, week });
        return currentCard(turn, data.districtId, week);
      },
      async 'absence.save'(turn, data) {
        const from = typeof data[absenceInput.from] === 'string' ? (data[absenceInput.from] as string).trim() : '';
        const to = typeof data[absenceInput.to] === 'string' ? (data[absenceInput.to] as string).trim() : '';
        if (!from || !to) return absenceCard(deps, turn, now(), { problem: { kind: 'missing-date' } });
        return declareAbsence(deps, turn, now(), parseAbsencePeriods(`${from.slice(0, 10)} ${to.slice(0, 10)}`, dateInStockholm(now())));
      },
      async 'absence.cancel'(turn) {
        await status.absences.cancel(turn.tenantId, actorOf(turn), now());
        return absenceCard(deps, turn, now(), { notice: 'cancelled' });
      },
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
        // A form sent back with errors does not refresh: that would replace what the user typed.
        if (!form.ok) return statusForm(context, turn.language, { prefill: partialContent(data, context), errors: form.errors });
        const refreshUserIds = await status.refreshUserIds(turn.tenantId, data.districtId);
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
        return statusSummary({ ...context, report }, turn.language, now(), { refreshUserIds, ...(staleNotice ? { staleNotice } : {}) });
      },
      async 'status.edit'(turn, data) {
        if (!canReportFor(turn.roster, data.districtId)) return buildNoticeCard(NOTICES.notAContact, turn.language);
        const week = data.week as WeekKey;
        // A past week stays as it was: Ändra on an old card shows it read-only.
        if (week < currentWeek()) return currentCard(turn, data.districtId, week);
        return statusForm(await status.context(turn.tenantId, data.districtId, week), turn.language, undefined, await status.refreshUserIds(turn.tenantId, data.districtId));
      },
    },
    intents: {
      'report-command': (turn) => openReportForms(turn, currentCard, currentWeek()),
      'missing-reports': async (turn, answer) => {
        requireReadAccess(turn, deps.readAccess);
        const week = await overview(turn.tenantId, weekOf(answer.week));
        const [roster, pauses] = await Promise.all([status.roster(turn.tenantId), status.absences.pausedDistricts(turn.tenantId, week.districts.map((d) => d.id), week.week)]);
        const contacts = new Map(week.districts.map((d) => [d.id, roster.filter((p) => isContactOf(p, d.id)).map((p) => p.name)]));
        return buildMissingReportsCard(week, turn.language, { contacts, paused: new Map([...pauses].map(([id, pause]) => [id, pause.reason])) });
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

function cardView(context: ReportContext, language: Language, refreshUserIds?: string[]): StatusCardView {
  return {
    ...(refreshUserIds ? { refreshUserIds } : {}),
    language,
    district: context.district,
    week: context.week,
    focusAreas: context.focusAreas.map(({ id, name }) => ({ id, name })),
    deadlineText: formatMoment(context.deadline, language),
  };
}

/** The form for a district and week, prefilled with this week's or last week's answers. */
function statusForm(context: ReportContext, language: Language, override?: { prefill?: ReportContent; errors?: Record<string, string> }, refreshUserIds?: string[]): CardReply {
  const prefill = override?.prefill ?? context.prefill;
  return buildStatusFormCard({
    ...cardView(context, language, refreshUserIds),
    canPause: true,
    ...(prefill ? { prefill } : {}),
    // A form that comes back with errors shows what the user typed, not a prefill.
    prefillSource: override?.prefill ? 'none' : context.prefillSource,
    basedOn: context.report?.current ?? 0,
    ...(override?.errors ? { errors: override.errors } : {}),
  });
}

function statusSummary(
  context: ReportContext,
  language: Language,
  now: Date,
  options: { staleNotice?: { currentBy: string }; refreshUserIds?: string[]; canEdit?: boolean; pastWeek?: boolean } = {},
): CardReply {
  if (!context.report) return statusForm(context, language, undefined, options.refreshUserIds);
  const revision = currentRevision(context.report);
  return buildStatusSummaryCard({
    ...cardView(context, language, options.refreshUserIds),
    revision,
    submittedText: formatMoment(new Date(revision.submittedAt), language),
    canEdit: options.canEdit ?? true,
    deadlinePassed: now.getTime() > context.deadline.getTime(),
    ...(options.pastWeek ? { pastWeek: true } : {}),
    ...(options.staleNotice ? { staleNotice: options.staleNotice } : {}),
  });
}

async function contextOrUndefined(status: StatusService, tenantId: string, districtId: string, week: WeekKey): Promise<ReportContext | undefined> {
  return status.context(tenantId, districtId, week).catch((error: unknown) => {
    if (isAppError(error, 'not-found')) return undefined;
    throw error;
  });
}

/** The absence card for the user: their current absences and, per district, who stands in. */
async function absenceCard(deps: StatusFeatureDeps, turn: Turn, now: Date, extra: Pick<AbsenceCardView, 'notice' | 'problem'> = {}): Promise<CardReply> {
  const { status } = deps;
  const [absence, roster, kb] = await Promise.all([
    turn.userAadObjectId ? status.absences.absenceOf(turn.tenantId, turn.userAadObjectId) : undefined,
    status.roster(turn.tenantId),
    deps.knowledge.knowledgeBase(turn.tenantId),
  ]);
  const own = turn.roster?.roles.includes('contact') ? turn.roster.districtIds : [];
  const districts = own.map((id) => ({
    name: kb.districts.find((d) => d.id === id)?.name ?? id,
    deputies: roster.filter((p) => deputyDistrictsOf(p).includes(id) && p.id !== turn.userAadObjectId && !isContactOf(p, id)).map((p) => p.name),
  }));
  return buildAbsenceCard({ language: turn.language, periods: currentAbsencePeriods(absence, dateInStockholm(now)), districts, ...extra });
}

async function declareAbsence(deps: StatusFeatureDeps, turn: Turn, now: Date, parsed: AbsenceParse): Promise<CardReply> {
  if (!parsed.ok) return absenceCard(deps, turn, now, { problem: parsed.problem });
  await deps.status.absences.declare(turn.tenantId, actorOf(turn), parsed.periods, now);
  return absenceCard(deps, turn, now, { notice: 'saved' });
}

/**
 * Chat commands: "frånvarande vecka 49–50" / "away week 49-50" / "frånvarande 2026-12-01–2026-12-14",
 * "frånvarande" alone (the card with dates), "inte frånvarande" / "tillbaka", and
 * "ej aktuellt denna vecka [för <district>]: <reason>".
 */
function absenceCommands(deps: StatusFeatureDeps, now: () => Date, currentCard: (turn: Turn, districtId: string, week: WeekKey) => Promise<CardReply>): ChatCommand[] {
  return [
    {
      name: 'absence-cancel',
      pattern: /^(?:inte frånvarande|ej frånvarande|inte borta längre|(?:jag är )?tillbaka|not away|(?:i am|i['’]m) back)\s*[.!]?$/i,
      async handle(turn) {
        await deps.status.absences.cancel(turn.tenantId, actorOf(turn), now());
        return absenceCard(deps, turn, now(), { notice: 'cancelled' });
      },
    },
    {
      name: 'absence',
      // "frånvaro" / "absence" alone open the card; as nouns in a sentence they are questions.
      pattern: /^(?:(?:jag är\s+|i am\s+|i['’]m\s+)?(?:frånvarande|away|absent)(?=$|[\s:,.!])[\s:,]*(.*)|(?:min\s+|my\s+)?(?:frånvaro|absence)\s*[.!?]?)$/is,
      async handle(turn, match) {
        const rest = (match[1] ?? '').trim().replace(/[.!]$/, '');
        if (!rest) return absenceCard(deps, turn, now());
        return declareAbsence(deps, turn, now(), parseAbsencePeriods(rest.slice(0, 200), dateInStockholm(now())));
      },
    },
    {
      name: 'district-pause',
      pattern: /^(?:(?:ej|inte) aktuellt? (?:denna|den här) vecka|not applicable this week)(?=$|[\s:,.–-])\s*(?:(?:för|for)\s+([^:]{1,60}):)?[\s:,.–-]*(.*)$/is,
      async handle(turn, match) {
        const kb = await deps.knowledge.knowledgeBase(turn.tenantId);
        const named = match[1]?.trim().toLocaleLowerCase('sv');
        const district = named
          ? kb.districts.find((d) => d.id === named || d.name.toLocaleLowerCase('sv') === named || d.aliases.some((a) => a.toLocaleLowerCase('sv') === named))
          : undefined;
        const own = districtsOf(turn.roster);
        const districtId = district?.id ?? (named ? undefined : own.length === 1 ? own[0] : undefined);
        const reason = stripControlCharacters(match[2] ?? '').trim();
        const notice = (text: { sv: string; en: string }) => buildNoticeCard({ title: both(STATUS_TEXTS.pauseButton), text, tone: 'attention' }, turn.language);
        if (!districtId) return notice(both(STATUS_TEXTS.pauseWhichDistrict));
        if (!reason || reason.length > MAX_PAUSE_REASON) return notice(both(STATUS_TEXTS.pauseReasonRequired, { max: MAX_PAUSE_REASON }));
        const week = weekKeyOf(now());
        await deps.status.absences.pauseDistrict({ tenantId: turn.tenantId, actor: actorOf(turn), districtId, week, reason, at: now() });
        return currentCard(turn, districtId, week);
      },
    },
  ];
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

/** "rapportera": each district the user reports for, in its current state (the form, what was sent, or paused). */
async function openReportForms(turn: Turn, currentCard: (turn: Turn, districtId: string, week: WeekKey) => Promise<CardReply>, week: WeekKey): Promise<CardReply[]> {
  const districtIds = districtsOf(turn.roster);
  if (districtIds.length === 0) return [buildNoticeCard(NOTICES.noDistricts, turn.language)];
  return Promise.all(districtIds.map((id) => currentCard(turn, id, week)));
}
