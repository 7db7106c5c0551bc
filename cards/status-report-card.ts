import type { Language, Localized } from '../src/domain/model.ts';
import { LEVELS, MAX_COMMENT, MAX_OVERALL_COMMENT, MAX_PRIORITY_COMMENT, TRENDS, type ReportContent, type Revision } from '../src/domain/status-report.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks, formErrorBanner } from './card-json.ts';
import { formatEntry, LEVEL_ICONS, LEVEL_LABELS, STATUS_TEXTS as T, TREND_ARROWS, TREND_LABELS, fill } from './status-texts.ts';
import { executeAction } from './verbs.ts';

export interface StatusCardView {
  language: Language;
  district: { id: string; name: string; localPriorities: Localized[]; demo: boolean };
  week: string;
  focusAreas: Array<{ id: string; name: Localized }>;
  /** Formatted in the user's language, e.g. "tors 26 nov 17:00". */
  deadlineText: string;
}

export interface StatusFormView extends StatusCardView {
  prefill?: ReportContent;
  basedOn: number;
  /** Input id → what to fix, shown next to the field. */
  errors?: Record<string, string>;
  /** Sent as the mid-week reminder to those who have not reported. */
  reminder?: boolean;
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
  const title = fill(T.title[l], { week: weekNumber(view.week), district: view.district.name });
  const errorBlock = fieldErrorBlocks(view.errors);
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: fill(T.intro[l], { deadline: view.deadlineText }), wrap: true, isSubtle: true, spacing: 'Small' },
  ];
  if (view.reminder) body.splice(1, 0, { type: 'TextBlock', text: T.reminder[l], color: 'Warning', weight: 'Bolder', wrap: true });
  body.push(...formErrorBanner(view.errors, T.fixErrors[l]));
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
                  label: fill(T.levelFor[l], { area: area.name[l] }),
                  style: 'compact',
                  isRequired: true,
                  errorMessage: T.levelRequired[l],
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
                  label: T.trend[l],
                  style: 'compact',
                  value: previous?.trend ?? 'same',
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
          label: fill(T.commentOn[l], { area: area.name[l] }),
          maxLength: MAX_COMMENT,
          ...(previous?.comment ? { value: previous.comment } : {}),
        },
        ...errorBlock(inputId.comment(area.id)),
      ],
    });
  }
  body.push(
    { type: 'TextBlock', text: T.priorities[l], weight: 'Bolder', wrap: true, separator: true },
    ...view.district.localPriorities.map((priority) => ({ type: 'TextBlock', text: `• ${priority[l]}`, wrap: true, spacing: 'None' })),
    {
      type: 'Input.Text',
      id: inputId.priorityComment,
      label: T.priorityComment[l],
      isMultiline: true,
      maxLength: MAX_PRIORITY_COMMENT,
      ...(view.prefill?.priorityComment ? { value: view.prefill.priorityComment } : {}),
    },
    ...errorBlock(inputId.priorityComment),
    {
      type: 'Input.Text',
      id: inputId.overallComment,
      label: T.overallComment[l],
      isMultiline: true,
      maxLength: MAX_OVERALL_COMMENT,
      ...(view.prefill?.overallComment ? { value: view.prefill.overallComment } : {}),
    },
    ...errorBlock(inputId.overallComment),
  );
  const action = executeAction(T.submit[l], 'status.submit', { districtId: view.district.id, week: view.week, basedOn: view.basedOn }, { style: 'positive', lang: l });
  return { card: adaptiveCard(body, [action], title), text: title };
}

export interface StatusSummaryView extends StatusCardView {
  revision: Revision;
  /** Formatted submit time, e.g. "mån 09:42". */
  submittedText: string;
  /** Set when the viewer's own submission lost a race: whose revision is current. */
  staleNotice?: { currentBy: string };
  canEdit: boolean;
  deadlinePassed: boolean;
}

/** What was sent, in place of the form: "Inskickad av X mån 09:42 — Ändra". */
export function buildStatusSummaryCard(view: StatusSummaryView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const title = fill(T.title[l], { week: weekNumber(view.week), district: view.district.name });
  const submitted = fill(T.submitted[l], { name: view.revision.submittedBy.name, when: view.submittedText });
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (view.staleNotice) {
    body.push({ type: 'TextBlock', text: fill(T.stale[l], { name: view.staleNotice.currentBy }), color: 'Warning', wrap: true });
  }
  body.push({ type: 'TextBlock', text: `✅ ${submitted}`, color: 'Good', wrap: true, spacing: 'Small' });
  if (view.revision.late) body.push({ type: 'TextBlock', text: T.late[l], color: 'Warning', wrap: true, spacing: 'None' });
  body.push({
    type: 'FactSet',
    facts: view.focusAreas.map((area) => {
      const entry = view.revision.entries.find((e) => e.focusAreaId === area.id);
      const value = entry
        ? formatEntry(entry, l)
        : '–';
      return { title: area.name[l], value };
    }),
  });
  for (const [label, text] of [
    [T.priorityComment[l], view.revision.priorityComment],
    [T.overallComment[l], view.revision.overallComment],
  ] as const) {
    if (text) body.push({ type: 'TextBlock', text: `**${label}:** ${text}`, wrap: true });
  }
  const actions = view.canEdit ? [executeAction(T.edit[l], 'status.edit', { districtId: view.district.id, week: view.week }, { lang: l })] : [];
  if (view.canEdit) {
    const hint = view.deadlinePassed ? T.changeLate[l] : fill(T.changeUntil[l], { deadline: view.deadlineText });
    body.push({ type: 'TextBlock', text: hint, isSubtle: true, wrap: true, size: 'Small' });
  }
  return { card: adaptiveCard(body, actions, `${title}\n${submitted}`), text: `${title}\n${submitted}` };
}

