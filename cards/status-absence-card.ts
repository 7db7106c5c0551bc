import type { AbsencePeriod, AbsenceProblem } from '../src/domain/absence.ts';
import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { t } from './texts/catalogue.ts';
import { ABSENCE_ERRORS as E, ABSENCE_TEXTS as T } from './texts/status.ts';
import { executeAction } from './verbs.ts';

/** Input ids of the absence card's dates (merged into the data of `absence.save`). */
export const absenceInput = { from: 'absence.from', to: 'absence.to' } as const;

export interface AbsenceCardView {
  language: Language;
  /** Absences that have not ended. */
  periods: AbsencePeriod[];
  notice?: 'saved' | 'cancelled';
  problem?: AbsenceProblem | { kind: 'missing-date' };
  /** Per district the person is a contact of: its name and its deputies' names. */
  districts: Array<{ name: string; deputies: string[] }>;
}

const dateFormat = (language: Language) => new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "30 nov. 2026 – 13 dec. 2026", joined. */
export function formatAbsencePeriods(periods: readonly AbsencePeriod[], language: Language): string {
  const format = dateFormat(language);
  const day = (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
  return periods.map((p) => t(T.period, language, { from: day(p.from), to: day(p.to) })).join(', ');
}

/** What is wrong with the period, in words that say how to write it. */
export function absenceProblemText(problem: NonNullable<AbsenceCardView['problem']>, language: Language): string {
  switch (problem.kind) {
    case 'not-understood':
      return t(E.notUnderstood, language);
    case 'bad-date':
      return t(E.badDate, language, { token: escapeMarkdown(problem.token) });
    case 'week-out-of-range':
      return t(E.weekOutOfRange, language, { week: problem.week });
    case 'backwards':
      return t(E.backwards, language);
    case 'in-the-past':
      return t(E.inThePast, language);
    case 'too-long':
      return t(E.tooLong, language, { days: problem.days });
    case 'missing-date':
      return t(E.missingDate, language);
  }
}

/** The person's absence: what is recorded, who stands in, dates to pick, and "Inte frånvarande". */
export function buildAbsenceCard(view: AbsenceCardView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const title = t(T.title, l);
  const lines: string[] = [];
  if (view.problem) lines.push(absenceProblemText(view.problem, l));
  else if (view.notice === 'cancelled') lines.push(t(T.cancelled, l));
  else if (view.notice === 'saved') lines.push(t(T.saved, l, { periods: formatAbsencePeriods(view.periods, l) }));
  const status = view.periods.length > 0 ? t(T.current, l, { periods: formatAbsencePeriods(view.periods, l) }) : t(T.none, l);
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true, weight: 'Bolder', color: view.problem ? 'Attention' : 'Good' })),
    { type: 'TextBlock', text: status, wrap: true },
  ];
  if (view.periods.length > 0) {
    for (const district of view.districts) {
      const text = district.deputies.length > 0
        ? `${escapeMarkdown(district.name)}: ${t(T.deputies, l, { names: district.deputies.map(escapeMarkdown).join(', ') })}`
        : t(T.noDeputy, l, { district: escapeMarkdown(district.name) });
      body.push({ type: 'TextBlock', text, wrap: true, isSubtle: district.deputies.length > 0, color: district.deputies.length > 0 ? 'Default' : 'Warning', spacing: 'None' });
    }
  }
  body.push(
    { type: 'TextBlock', text: t(T.intro, l), wrap: true, isSubtle: true, size: 'Small', separator: true },
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [{ type: 'Input.Date', id: absenceInput.from, label: t(T.from, l), isRequired: true, errorMessage: t(E.missingDate, l) }] },
        { type: 'Column', width: 'stretch', items: [{ type: 'Input.Date', id: absenceInput.to, label: t(T.to, l), isRequired: true, errorMessage: t(E.missingDate, l) }] },
      ],
    },
  );
  const actions = [executeAction(t(T.save, l), 'absence.save', {}, { lang: l, style: 'positive' })];
  if (view.periods.length > 0) actions.push(executeAction(t(T.cancel, l), 'absence.cancel', {}, { lang: l }));
  const text = [title, ...lines, status].join('\n');
  return { card: adaptiveCard(body, actions, text), text };
}
