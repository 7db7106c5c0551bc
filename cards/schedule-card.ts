import type { Language } from '../src/domain/model.ts';
import { formatPausedWeeks } from '../src/domain/paused-weeks.ts';
import type { Slot } from '../src/domain/schedule.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks, formErrorBanner } from './card-json.ts';
import { SCHEDULE_ERRORS, SCHEDULE_TEXTS as T, SLOT_LABELS, WEEKDAY_NAMES } from './texts/schedule.ts';
import { t } from './texts/catalogue.ts';
import { executeAction } from './verbs.ts';

export const SCHEDULE_SLOTS = ['request', 'reminder', 'lastCall', 'deadline', 'summary'] as const;
export type ScheduleSlotName = (typeof SCHEDULE_SLOTS)[number];

/** Input ids of the schedule form; cards/schedule-form.ts reads the same ids. */
export const scheduleInput = {
  weekday: (slot: ScheduleSlotName) => `schedule.${slot}.weekday`,
  time: (slot: ScheduleSlotName) => `schedule.${slot}.time`,
  pausedWeeks: 'schedule.pausedWeeks',
} as const;

export interface ScheduleCardView {
  language: Language;
  schedule: Record<ScheduleSlotName, Slot> & { pausedWeeks: number[] };
  /** Formatted next run per slot ("mån 30 nov 09:00"); undefined when none (all weeks paused). */
  nextRuns: Record<ScheduleSlotName, string | undefined>;
  notice?: 'saved' | 'unchanged' | 'reload-failed';
  errors?: Record<string, string>;
  /** What the admin typed, kept when the card comes back with errors (input id → value). */
  values?: Record<string, string>;
}

/** An ISO weekday's name; the schedule's schema keeps weekdays to 1–7. */
const weekdayName = (day: number, language: Language) => t((WEEKDAY_NAMES as Record<number, { sv: string; en: string } | undefined>)[day] ?? WEEKDAY_NAMES[1], language);

const NOTICE = {
  saved: { text: T.saved, color: 'Good' },
  unchanged: { text: T.unchanged, color: 'Default' },
  'reload-failed': { text: T.reloadFailed, color: 'Warning' },
} as const;

/** The tenant's reporting schedule with the next run of each slot, and a form to change it. */
export function buildScheduleCard(view: ScheduleCardView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const errorBlock = fieldErrorBlocks(view.errors);
  const valueOf = (id: string, fallback: string) => view.values?.[id] ?? fallback;
  const paused = formatPausedWeeks(view.schedule.pausedWeeks);
  const facts = [
    ...SCHEDULE_SLOTS.map((name) => {
      const slot = view.schedule[name];
      return {
        title: t(SLOT_LABELS[name], l),
        value: t(T.slotValue, l, { weekday: weekdayName(slot.weekday, l), time: slot.time, next: view.nextRuns[name] ?? t(T.never, l) }),
      };
    }),
    { title: t(T.pausedWeeks, l), value: paused || t(T.noPausedWeeks, l) },
  ];
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: t(T.title, l), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: t(T.intro, l), isSubtle: true, wrap: true, spacing: 'None' },
  ];
  if (view.notice) body.push({ type: 'TextBlock', text: t(NOTICE[view.notice].text, l), color: NOTICE[view.notice].color, weight: 'Bolder', wrap: true });
  body.push(...formErrorBanner(view.errors, t(T.fixErrors, l)));
  body.push({ type: 'FactSet', facts }, { type: 'TextBlock', text: t(T.pausedHint, l), isSubtle: true, size: 'Small', wrap: true });
  body.push({ type: 'TextBlock', text: t(T.changeHeading, l), weight: 'Bolder', wrap: true, separator: true, spacing: 'Large' });
  for (const name of SCHEDULE_SLOTS) {
    const slot = view.schedule[name];
    body.push({
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.ChoiceSet',
              id: scheduleInput.weekday(name),
              label: `${t(SLOT_LABELS[name], l)}: ${t(T.weekday, l).toLowerCase()}`,
              style: 'compact',
              isRequired: true,
              errorMessage: t(SCHEDULE_ERRORS.chooseWeekday, l),
              value: valueOf(scheduleInput.weekday(name), String(slot.weekday)),
              choices: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ title: weekdayName(day, l), value: String(day) })),
            },
            ...errorBlock(scheduleInput.weekday(name)),
          ],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'Input.Time', id: scheduleInput.time(name), label: t(T.time, l), isRequired: true, errorMessage: t(T.time, l), value: valueOf(scheduleInput.time(name), slot.time) },
            ...errorBlock(scheduleInput.time(name)),
          ],
        },
      ],
    });
  }
  body.push(
    {
      type: 'Input.Text',
      id: scheduleInput.pausedWeeks,
      label: t(T.pausedInput, l),
      placeholder: t(T.pausedPlaceholder, l),
      maxLength: 200,
      value: valueOf(scheduleInput.pausedWeeks, paused),
    },
    ...errorBlock(scheduleInput.pausedWeeks),
  );
  const text = [t(T.title, l), ...(view.notice ? [t(NOTICE[view.notice].text, l)] : []), ...facts.map((f) => `${f.title}: ${f.value}`)].join('\n');
  return { card: adaptiveCard(body, [executeAction(t(T.save, l), 'schedule.save', {}, { style: 'positive', lang: l })], text), text };
}
