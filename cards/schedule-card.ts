import type { Language } from '../src/domain/model.ts';
import { formatPausedWeeks } from '../src/domain/paused-weeks.ts';
import type { Slot } from '../src/domain/schedule.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks, formErrorBanner } from './card-json.ts';
import { SCHEDULE_TEXTS as T, SLOT_LABELS, WEEKDAY_NAMES } from './schedule-texts.ts';
import { fill } from './status-texts.ts';
import { executeAction } from './verbs.ts';

export const SCHEDULE_SLOTS = ['request', 'reminder', 'deadline', 'summary'] as const;
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
        title: SLOT_LABELS[name][l],
        value: fill(T.slotValue[l], { weekday: WEEKDAY_NAMES[slot.weekday]![l], time: slot.time, next: view.nextRuns[name] ?? T.never[l] }),
      };
    }),
    { title: T.pausedWeeks[l], value: paused || T.noPausedWeeks[l] },
  ];
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: T.title[l], weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: T.intro[l], isSubtle: true, wrap: true, spacing: 'None' },
  ];
  if (view.notice) body.push({ type: 'TextBlock', text: NOTICE[view.notice].text[l], color: NOTICE[view.notice].color, weight: 'Bolder', wrap: true });
  body.push(...formErrorBanner(view.errors, T.fixErrors[l]));
  body.push({ type: 'FactSet', facts }, { type: 'TextBlock', text: T.pausedHint[l], isSubtle: true, size: 'Small', wrap: true });
  body.push({ type: 'TextBlock', text: T.changeHeading[l], weight: 'Bolder', wrap: true, separator: true, spacing: 'Large' });
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
              label: `${SLOT_LABELS[name][l]}: ${T.weekday[l].toLowerCase()}`,
              style: 'compact',
              isRequired: true,
              errorMessage: T.weekday[l],
              value: valueOf(scheduleInput.weekday(name), String(slot.weekday)),
              choices: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ title: WEEKDAY_NAMES[day]![l], value: String(day) })),
            },
            ...errorBlock(scheduleInput.weekday(name)),
          ],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'Input.Time', id: scheduleInput.time(name), label: T.time[l], isRequired: true, errorMessage: T.time[l], value: valueOf(scheduleInput.time(name), slot.time) },
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
      label: T.pausedInput[l],
      placeholder: T.pausedPlaceholder[l],
      maxLength: 200,
      value: valueOf(scheduleInput.pausedWeeks, paused),
    },
    ...errorBlock(scheduleInput.pausedWeeks),
  );
  const text = [T.title[l], ...(view.notice ? [NOTICE[view.notice].text[l]] : []), ...facts.map((f) => `${f.title}: ${f.value}`)].join('\n');
  return { card: adaptiveCard(body, [executeAction(T.save[l], 'schedule.save', {}, { style: 'positive', lang: l })], text), text };
}
