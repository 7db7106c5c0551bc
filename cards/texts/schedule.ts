import { defineTexts, type Text } from './catalogue.ts';

export const WEEKDAY_NAMES = defineTexts({
  1: { sv: 'måndag', en: 'Monday' },
  2: { sv: 'tisdag', en: 'Tuesday' },
  3: { sv: 'onsdag', en: 'Wednesday' },
  4: { sv: 'torsdag', en: 'Thursday' },
  5: { sv: 'fredag', en: 'Friday' },
  6: { sv: 'lördag', en: 'Saturday' },
  7: { sv: 'söndag', en: 'Sunday' },
}) satisfies Record<1 | 2 | 3 | 4 | 5 | 6 | 7, Text>;

export const SLOT_LABELS = defineTexts({
  request: { sv: 'Statusförfrågan skickas', en: 'Status request is sent' },
  reminder: { sv: 'Påminnelse skickas', en: 'Reminder is sent' },
  lastCall: { sv: 'Sista påminnelse skickas', en: 'Last call is sent' },
  deadline: { sv: 'Sista dag att rapportera', en: 'Reporting deadline' },
  summary: { sv: 'Veckosammanfattning postas', en: 'Weekly summary is posted' },
});

export const SCHEDULE_TEXTS = defineTexts({
  title: { sv: 'Rapporteringsschema', en: 'Reporting schedule' },
  intro: { sv: 'Tider i svensk tid (Europe/Stockholm).', en: 'Times in Swedish time (Europe/Stockholm).' },
  slotValue: { sv: '{weekday} {time} — nästa: {next}', en: '{weekday} {time} — next: {next}' },
  never: { sv: 'ingen (alla veckor pausade)', en: 'none (all weeks paused)' },
  pausedWeeks: { sv: 'Pausade veckor', en: 'Paused weeks' },
  noPausedWeeks: { sv: 'inga', en: 'none' },
  pausedHint: {
    sv: 'Under pausade veckor skickas inga förfrågningar eller påminnelser.',
    en: 'In paused weeks no requests or reminders are sent.',
  },
  changeHeading: { sv: 'Ändra schemat', en: 'Change the schedule' },
  weekday: { sv: 'Dag', en: 'Day' },
  time: { sv: 'Tid', en: 'Time' },
  pausedInput: { sv: 'Pausade veckor (veckonummer)', en: 'Paused weeks (week numbers)' },
  pausedPlaceholder: { sv: 't.ex. 28-32 eller 28,29,30', en: 'e.g. 28-32 or 28,29,30' },
  save: { sv: 'Spara', en: 'Save' },
  saved: { sv: 'Schemat är sparat. Nya tider gäller från nu.', en: 'The schedule is saved. The new times apply from now on.' },
  unchanged: { sv: 'Inget ändrades: schemat var redan så.', en: 'Nothing changed: the schedule already was like this.' },
  reloadFailed: {
    sv: 'Schemat är sparat, men schemaläggaren kunde inte laddas om; de nya tiderna gäller efter nästa omstart. Felet är loggat.',
    en: 'The schedule is saved, but the scheduler could not be re-armed; the new times apply after the next restart. The error has been logged.',
  },
  fixErrors: { sv: 'Rätta det som är markerat och spara igen. Inget har sparats.', en: 'Fix what is marked and save again. Nothing has been saved.' },
});

export const SCHEDULE_ERRORS = defineTexts({
  chooseWeekday: { sv: 'Välj en veckodag.', en: 'Choose a weekday.' },
  badTime: { sv: 'Ange en tid som 09:00.', en: 'Give a time like 09:00.' },
  notAWeek: { sv: '"{token}" är inte ett veckonummer. Skriv t.ex. 28-32 eller 28,29,30.', en: '"{token}" is not a week number. Write e.g. 28-32 or 28,29,30.' },
  weekOutOfRange: { sv: 'Vecka {week} finns inte; veckor är 1–53.', en: 'There is no week {week}; weeks are 1–53.' },
  backwards: { sv: '"{token}": skriv den lägre veckan först, t.ex. 28-32.', en: '"{token}": put the lower week first, e.g. 28-32.' },
  tooLong: { sv: 'Högst 200 tecken.', en: 'At most 200 characters.' },
  reminderOrder: { sv: 'Påminnelsen måste komma efter förfrågan samma vecka.', en: 'The reminder must come after the request in the same week.' },
  lastCallOrder: { sv: 'Sista påminnelsen måste komma efter påminnelsen samma vecka.', en: 'The last call must come after the reminder in the same week.' },
  deadlineOrder: { sv: 'Sista dag måste komma efter påminnelsen samma vecka.', en: 'The deadline must come after the reminder in the same week.' },
  deadlineAfterLastCall: { sv: 'Sista dag måste komma efter sista påminnelsen samma vecka.', en: 'The deadline must come after the last call in the same week.' },
});
