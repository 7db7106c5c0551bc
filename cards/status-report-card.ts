import type { Language, Localized } from '../src/domain/model.ts';
import { MAX_PAUSE_REASON } from '../src/domain/paused-weeks.ts';
import { LEVELS, MAX_COMMENT, MAX_OVERALL_COMMENT, MAX_PRIORITY_COMMENT, TRENDS, type ReportContent, type Revision } from '../src/domain/status-report.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks, formErrorBanner } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { formatEntry, LEVEL_ICONS, TREND_ARROWS } from './status-entry.ts';
import { t } from './texts/catalogue.ts';
import { LEVEL_LABELS, STATUS_TEXTS as T, TREND_LABELS } from './texts/status.ts';
import { executeAction } from './verbs.ts';

export interface StatusCardView {
  language: Language;
  district: { id: string; name: string; localPriorities: Localized[]; demo: boolean };
  week: string;
  focusAreas: Array<{ id: string; name: Localized }>;
  /** Formatted in the user's language, e.g. "tors 26 nov 17:00". */
  deadlineText: string;
  /** Who the card refreshes for by itself (Universal Actions `refresh.userIds`, at most 60); none: no refresh. */
  refreshUserIds?: string[];
}

/** Teams refreshes a card by itself for at most 60 users. */
const MAX_REFRESH_USERS = 60;

/**
 * Universal Actions `refresh`: when a contact opens the card, Teams asks the bot (verb
 * `status.refresh`) for the district's current state for that user: the form, what was sent
 * ("Inskickad av X" with Ändra), or a past week read-only.
 */
export function withStatusRefresh(card: AdaptiveCardJson, view: Pick<StatusCardView, 'refreshUserIds' | 'district' | 'week' | 'language'>): AdaptiveCardJson {
  const userIds = (view.refreshUserIds ?? []).slice(0, MAX_REFRESH_USERS);
  if (userIds.length === 0) return card;
  const data = { verb: 'status.refresh', districtId: view.district.id, week: view.week, lang: view.language };
  return { ...card, refresh: { action: { type: 'Action.Execute', verb: 'status.refresh', data }, userIds } };
}

/** The reason input of "Ej aktuellt denna vecka" (merged into the data of `status.pause`). */
export const PAUSE_REASON_INPUT = 'pauseReason';

export interface StatusFormView extends StatusCardView {
  prefill?: ReportContent;
  /**
   * Where the prefill came from: last week's report ("Förra veckans svar är ifyllda"), this week's
   * own report after "Ändra" ("Här är de svar som gäller nu"), or nothing to say.
   */
  prefillSource: 'last-week' | 'current' | 'none';
  basedOn: number;
  /** Input id → what to fix, shown next to the field. */
  errors?: Record<string, string>;
  /** Sent as the mid-week reminder to those who have not reported. */
  reminder?: boolean;
  /** Sent as Thursday morning's last call. */
  lastCall?: boolean;
  /** Sent to a deputy: the absent contacts' names. */
  deputyFor?: string[];
  /** Offer "Ej aktuellt denna vecka" with a reason (not on a past week). */
  canPause?: boolean;
}

/** Input ids of the form; the form reader in bot/ reads the same ids. */
export const inputId = {
  level: (focusAreaId: string) => `level.${focusAreaId}`,
  trend: (focusAreaId: string) => `trend.${focusAreaId}`,
  comment: (focusAreaId: string) => `comment.${focusAreaId}`,
  priorityComment: 'priorityComment',
  overallComment: 'overallComment',
};

const weekNumber = (week: string) => Number(week.slice(6));

/** The weekly status form: per focus area a level, a trend and a comment; priorities; overall comment. */
export function buildStatusFormCard(view: StatusFormView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const title = t(T.title, l, { week: weekNumber(view.week), district: view.district.name });
  const errorBlock = fieldErrorBlocks(view.errors);
  const prefilled = view.prefill && view.prefillSource !== 'none' ? t(view.prefillSource === 'current' ? T.prefilledCurrent : T.prefilledLastWeek, l) : undefined;
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: t(T.intro, l, { deadline: view.deadlineText }), wrap: true, isSubtle: true, spacing: 'Small' },
    ...(prefilled ? [{ type: 'TextBlock', text: prefilled, wrap: true, isSubtle: true, spacing: 'None' }] : []),
  ];
  if (view.reminder) body.splice(1, 0, { type: 'TextBlock', text: t(T.reminder, l), color: 'Warning', weight: 'Bolder', wrap: true });
  if (view.lastCall) body.splice(1, 0, { type: 'TextBlock', text: t(T.lastCall, l, { deadline: view.deadlineText }), color: 'Attention', weight: 'Bolder', wrap: true });
  if (view.deputyFor?.length) body.push({ type: 'TextBlock', text: t(T.deputyFor, l, { names: view.deputyFor.map(escapeMarkdown).join(', ') }), wrap: true, spacing: 'Small' });
  body.push(...formErrorBanner(view.errors, t(T.fixErrors, l)));
  for (const area of view.focusAreas) {
    const previous = view.prefill?.entries.find((entry) => entry.focusAreaId === area.id);
    body.push({
      type: 'Container',
      separator: true,
      items: [
        { type: 'TextBlock', text: area.name[l], weight: 'Bolder', wrap: true },
        {
          type: 'ColumnSet',
          columns: [
            {
              type: 'Column',
              width: 'stretch',
              items: [
                {
                  type: 'Input.ChoiceSet',
                  id: inputId.level(area.id),
                  label: t(T.levelFor, l, { area: area.name[l] }),
                  style: 'compact',
                  // No level is preselected: a placeholder asks for one unless last answers are prefilled.
                  placeholder: t(T.chooseLevel, l),
                  isRequired: true,
                  errorMessage: t(T.levelRequired, l),
                  ...(previous ? { value: previous.level } : {}),
                  choices: LEVELS.map((level) => ({ title: `${LEVEL_ICONS[level]} ${LEVEL_LABELS[level][l]}`, value: level })),
                },
                ...errorBlock(inputId.level(area.id)),
              ],
            },
            {
              type: 'Column',
              width: 'stretch',
              items: [
                {
                  type: 'Input.ChoiceSet',
                  id: inputId.trend(area.id),
                  label: t(T.trend, l),
                  style: 'compact',
                  // Optional and not preset: an unchosen trend is read as unchanged (cards/status-form.ts).
                  placeholder: t(T.chooseTrend, l),
                  ...(previous ? { value: previous.trend } : {}),
                  choices: TRENDS.map((trend) => ({ title: `${TREND_ARROWS[trend]} ${TREND_LABELS[trend][l]}`, value: trend })),
                },
                ...errorBlock(inputId.trend(area.id)),
              ],
            },
          ],
        },
        {
          type: 'Input.Text',
          id: inputId.comment(area.id),
          label: t(T.commentOn, l, { area: area.name[l] }),
          isMultiline: true,
          maxLength: MAX_COMMENT,
          ...(previous?.comment ? { value: previous.comment } : {}),
        },
        ...errorBlock(inputId.comment(area.id)),
      ],
    });
  }
  body.push(
    { type: 'TextBlock', text: t(T.priorities, l), weight: 'Bolder', wrap: true, separator: true },
    ...view.district.localPriorities.map((priority) => ({ type: 'TextBlock', text: `• ${escapeMarkdown(priority[l])}`, wrap: true, spacing: 'None' })),
    {
      type: 'Input.Text',
      id: inputId.priorityComment,
      label: t(T.priorityComment, l),
      isMultiline: true,
      maxLength: MAX_PRIORITY_COMMENT,
      ...(view.prefill?.priorityComment ? { value: view.prefill.priorityComment } : {}),
    },
    ...errorBlock(inputId.priorityComment),
    {
      type: 'Input.Text',
      id: inputId.overallComment,
      label: t(T.overallComment, l),
      isMultiline: true,
      maxLength: MAX_OVERALL_COMMENT,
      ...(view.prefill?.overallComment ? { value: view.prefill.overallComment } : {}),
    },
    ...errorBlock(inputId.overallComment),
  );
  const action = executeAction(t(T.submit, l), 'status.submit', { districtId: view.district.id, week: view.week, basedOn: view.basedOn }, { style: 'positive', lang: l });
  const actions: Record<string, unknown>[] = [action];
  if (view.canPause) {
    // The reason is asked in a card that opens under the button; nothing is sent until it is pressed.
    const pause = executeAction(t(T.pauseSave, l), 'status.pause', { districtId: view.district.id, week: view.week }, { lang: l });
    actions.push({
      type: 'Action.ShowCard',
      title: t(T.pauseButton, l),
      card: adaptiveCard([{ type: 'Input.Text', id: PAUSE_REASON_INPUT, label: t(T.pauseReason, l), isRequired: true, maxLength: MAX_PAUSE_REASON, errorMessage: t(T.pauseReasonRequired, l, { max: MAX_PAUSE_REASON }) }], [pause]),
    });
  }
  return { card: withStatusRefresh(adaptiveCard(body, actions, title), view), text: title };
}

export interface StatusSummaryView extends StatusCardView {
  revision: Revision;
  /** Formatted submit time, e.g. "mån 09:42". */
  submittedText: string;
  /** Set when the viewer's own submission lost a race: whose revision is current. */
  staleNotice?: { currentBy: string };
  canEdit: boolean;
  deadlinePassed: boolean;
  /** A card for a week that is over: shown as it was, without Ändra. */
  pastWeek?: boolean;
}

/** What was sent, in place of the form: "Inskickad av X mån 09:42 — Ändra". */
export function buildStatusSummaryCard(view: StatusSummaryView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const title = t(T.title, l, { week: weekNumber(view.week), district: view.district.name });
  const who = { name: escapeMarkdown(view.revision.submittedBy.name), when: view.submittedText };
  // A second submit is a change and says so, with its version.
  const onBehalfOf = view.revision.onBehalfOf?.map((p) => escapeMarkdown(p.name)).join(', ');
  const submitted = view.revision.revision > 1
    ? t(T.resubmitted, l, { ...who, version: view.revision.revision })
    : onBehalfOf ? t(T.submittedFor, l, { ...who, for: onBehalfOf }) : t(T.submitted, l, who);
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (view.staleNotice) {
    body.push({ type: 'TextBlock', text: t(T.stale, l, { name: escapeMarkdown(view.staleNotice.currentBy) }), color: 'Warning', wrap: true });
  }
  body.push({ type: 'TextBlock', text: `✅ ${submitted}`, color: 'Good', wrap: true, spacing: 'Small' });
  // A change by a deputy still says whom it was for.
  if (onBehalfOf && view.revision.revision > 1) body.push({ type: 'TextBlock', text: t(T.submittedFor, l, { ...who, for: onBehalfOf }), isSubtle: true, wrap: true, spacing: 'None' });
  if (view.pastWeek) body.push({ type: 'TextBlock', text: t(T.readOnlyPast, l, { week: weekNumber(view.week) }), isSubtle: true, wrap: true, spacing: 'None' });
  if (view.revision.late) body.push({ type: 'TextBlock', text: t(T.late, l), color: 'Warning', wrap: true, spacing: 'None' });
  body.push({
    type: 'FactSet',
    facts: view.focusAreas.map((area) => {
      const entry = view.revision.entries.find((e) => e.focusAreaId === area.id);
      const value = entry ? formatEntry(entry, l) : '–';
      return { title: area.name[l], value };
    }),
  });
  for (const [label, text] of [
    [t(T.priorityComment, l), view.revision.priorityComment],
    [t(T.overallComment, l), view.revision.overallComment],
  ] as const) {
    if (text) body.push({ type: 'TextBlock', text: `**${label}:** ${escapeMarkdown(text)}`, wrap: true });
  }
  const canEdit = view.canEdit && !view.pastWeek;
  const actions = canEdit ? [executeAction(t(T.edit, l), 'status.edit', { districtId: view.district.id, week: view.week }, { lang: l })] : [];
  if (canEdit) {
    const hint = view.deadlinePassed ? t(T.changeLate, l) : t(T.changeUntil, l, { deadline: view.deadlineText });
    body.push({ type: 'TextBlock', text: hint, isSubtle: true, wrap: true, size: 'Small' });
  }
  return { card: withStatusRefresh(adaptiveCard(body, actions, `${title}\n${submitted}`), view), text: `${title}\n${submitted}` };
}

/** A week with nothing to show: a past week nobody reported (read-only), or, for someone who cannot report, no report yet. */
export function buildStatusPastEmptyCard(view: StatusCardView & { current?: boolean }): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const title = t(T.title, l, { week: weekNumber(view.week), district: view.district.name });
  const text = view.current ? t(T.noReport, l) : t(T.noReportPast, l, { week: weekNumber(view.week) });
  return { card: withStatusRefresh(adaptiveCard([{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }, { type: 'TextBlock', text, wrap: true }], [], `${title}\n${text}`), view), text: `${title}\n${text}` };
}

export interface StatusPausedView extends StatusCardView {
  pause: { reason: string; byName: string };
  /** The viewer may undo it (a contact, deputy or admin, in a week not over). */
  canResume: boolean;
}

/** The district's week is marked "ej aktuellt": the reason, who marked it, and "Aktuellt igen". */
export function buildStatusPausedCard(view: StatusPausedView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const title = t(T.title, l, { week: weekNumber(view.week), district: view.district.name });
  const paused = t(T.paused, l, { week: weekNumber(view.week), reason: escapeMarkdown(view.pause.reason), name: escapeMarkdown(view.pause.byName) });
  const body = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: `⏸️ ${paused}`, wrap: true },
    { type: 'TextBlock', text: t(T.pausedHint, l), isSubtle: true, wrap: true, size: 'Small' },
  ];
  const actions = view.canResume ? [executeAction(t(T.resume, l), 'status.resume', { districtId: view.district.id, week: view.week }, { lang: l })] : [];
  return { card: withStatusRefresh(adaptiveCard(body, actions, `${title}\n${paused}`), view), text: `${title}\n${paused}` };
}

