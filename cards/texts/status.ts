import type { Level, Trend } from '../../src/domain/status-report.ts';
import { defineTexts, type Text } from './catalogue.ts';

/** Level and trend words, keyed by the domain's codes. */
export const LEVEL_LABELS = defineTexts({
  green: { sv: 'Grön', en: 'Green' },
  yellow: { sv: 'Gul', en: 'Yellow' },
  red: { sv: 'Röd', en: 'Red' },
  'not-applicable': { sv: 'Ej aktuellt', en: 'Not applicable' },
}) satisfies Record<Level, Text>;
export const TREND_LABELS = defineTexts({
  better: { sv: 'Bättre', en: 'Better' },
  same: { sv: 'Oförändrat', en: 'Unchanged' },
  worse: { sv: 'Sämre', en: 'Worse' },
}) satisfies Record<Trend, Text>;

/** The weekly status form and the summary that replaces it. */
export const STATUS_TEXTS = defineTexts({
  title: { sv: 'Lägesrapport vecka {week} — {district}', en: 'Status report week {week} — {district}' },
  intro: { sv: 'Ange läget per samverkansområde. Sista dag: {deadline}.', en: 'Give the status per focus area. Deadline: {deadline}.' },
  // Said only when something was prefilled, and from where: last week, or this week's own report.
  prefilledLastWeek: { sv: 'Förra veckans svar är ifyllda; ändra det som inte stämmer längre.', en: 'Last week’s answers are filled in; change what no longer holds.' },
  prefilledCurrent: { sv: 'Här är de svar som gäller nu; ändra och skicka igen.', en: 'These are the answers that apply now; change them and send again.' },
  level: { sv: 'Läge', en: 'Level' },
  // Labels name their focus area: screen readers (and browser tests) tell the inputs apart.
  levelFor: { sv: 'Läge för {area}', en: 'Level for {area}' },
  commentOn: { sv: 'Kommentar om {area}', en: 'Comment on {area}' },
  trend: { sv: 'Trend', en: 'Trend' },
  chooseLevel: { sv: 'Välj läge', en: 'Choose a level' },
  chooseTrend: { sv: 'Välj trend', en: 'Choose a trend' },
  comment: { sv: 'Kommentar', en: 'Comment' },
  priorities: { sv: 'Lokala prioriteringar', en: 'Local priorities' },
  priorityComment: { sv: 'Kommentar om de lokala prioriteringarna', en: 'Comment on the local priorities' },
  overallComment: { sv: 'Övergripande kommentar', en: 'Overall comment' },
  submit: { sv: 'Skicka', en: 'Send' },
  edit: { sv: 'Ändra', en: 'Change' },
  demo: { sv: '(demodata)', en: '(demo data)' },
  fixErrors: { sv: 'Rätta det som är markerat och skicka igen. Inget har sparats.', en: 'Fix what is marked and send again. Nothing has been saved.' },
  levelRequired: { sv: 'Välj ett läge.', en: 'Choose a level.' },
  submitted: { sv: 'Inskickad av {name} {when}', en: 'Sent by {name} {when}' },
  resubmitted: { sv: 'Ändring inskickad av {name} {when} (version {version})', en: 'Change sent by {name} {when} (version {version})' },
  late: { sv: 'Inskickad efter sista dag.', en: 'Sent after the deadline.' },
  changeLate: { sv: 'Sista dag har passerat; ändringar tas emot men markeras som sena.', en: 'The deadline has passed; changes are accepted but marked late.' },
  changeUntil: { sv: 'Du kan ändra fram till {deadline}.', en: 'You can change it until {deadline}.' },
  stale: {
    sv: 'Rapporten ändrades av {name} medan du fyllde i. Det här är den gällande versionen. Det du skickade är sparat som en revision; tryck Ändra om du vill göra om din ändring.',
    en: 'The report was changed by {name} while you were filling it in. This is the current version. What you sent is kept as a revision; press Change to redo your change.',
  },
  reminder: { sv: 'Påminnelse: rapporten för veckan saknas fortfarande.', en: 'Reminder: this week’s report is still missing.' },
  lastCall: { sv: 'Sista påminnelsen: rapporten ska in senast {deadline}.', en: 'Last call: the report is due by {deadline}.' },
  deputyFor: { sv: 'Du får kortet som ersättare för {names}, som är frånvarande.', en: 'You get this card as the deputy for {names}, who is away.' },
  submittedFor: { sv: 'Inskickad av {name} för {for} {when}', en: 'Sent by {name} for {for} {when}' },
  readOnlyPast: { sv: 'Vecka {week} är avslutad; rapporten visas som den blev.', en: 'Week {week} is over; the report is shown as it was.' },
  noReportPast: { sv: 'Ingen rapport skickades in för vecka {week}.', en: 'No report was sent for week {week}.' },
  pauseButton: { sv: 'Ej aktuellt denna vecka', en: 'Not applicable this week' },
  pauseReason: { sv: 'Varför är rapporten inte aktuell denna vecka?', en: 'Why is the report not applicable this week?' },
  pauseSave: { sv: 'Markera ej aktuellt', en: 'Mark not applicable' },
  pauseReasonRequired: { sv: 'Skriv en kort anledning (högst {max} tecken).', en: 'Write a short reason (at most {max} characters).' },
  paused: { sv: 'Ej aktuellt vecka {week}: {reason} (markerat av {name}).', en: 'Not applicable in week {week}: {reason} (marked by {name}).' },
  pausedHint: { sv: 'Inga förfrågningar eller påminnelser skickas för veckan, och distriktet räknas inte som saknat.', en: 'No requests or reminders are sent for the week, and the district does not count as missing.' },
  resume: { sv: 'Aktuellt igen', en: 'Applicable again' },
  pauseWhichDistrict: {
    sv: 'Skriv vilket stadsdelsområde det gäller, t.ex. "ej aktuellt denna vecka för Farsta: lokalen stängd".',
    en: 'Say which district, e.g. "not applicable this week for Farsta: premises closed".',
  },
  noReport: { sv: 'Ingen rapport ännu.', en: 'No report yet.' },
  tooLong: { sv: 'Högst {max} tecken (du skrev {length}).', en: 'At most {max} characters (you wrote {length}).' },
  badChoice: { sv: 'Välj ett av alternativen.', en: 'Choose one of the options.' },
});

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Answers about the status: a district, a focus area, a week, who has not reported. */
export const STATUS_ANSWER_TEXTS = defineTexts({
  districtTitle: { sv: 'Läget i {district} vecka {week}', en: 'Status in {district} week {week}' },
  areaTitle: { sv: '{area} vecka {week}, per stadsdelsområde', en: '{area} week {week}, by district' },
  weekTitle: { sv: 'Läget vecka {week}', en: 'Status week {week}' },
  missingTitle: { sv: 'Har inte rapporterat vecka {week}', en: 'Not reported in week {week}' },
  notReported: { sv: 'Inte rapporterat', en: 'Not reported' },
  everyoneReported: { sv: 'Alla stadsdelsområden har rapporterat.', en: 'Every district has reported.' },
  noneReported: { sv: '{district} har inte rapporterat vecka {week}.', en: '{district} has not reported in week {week}.' },
  sentBy: { sv: 'Inskickad av {name}', en: 'Sent by {name}' },
  sentByFor: { sv: 'Inskickad av {name} för {for}', en: 'Sent by {name} for {for}' },
  pausedDistrict: { sv: '{district}: ej aktuellt vecka {week} — {reason}', en: '{district}: not applicable in week {week} — {reason}' },
  contactsOf: { sv: 'kontakter: {names}', en: 'contacts: {names}' },
  reported: {
    sv: { one: '{count} av {total} har rapporterat.', other: '{count} av {total} har rapporterat.' },
    en: { one: '{count} of {total} has reported.', other: '{count} of {total} have reported.' },
  },
  legend: { sv: 'Ordning: {areas}', en: 'Order: {areas}' },
  lateMark: { sv: ' (sen)', en: ' (late)' },
  askMissing: { sv: 'Vilka har inte rapporterat?', en: 'Who has not reported?' },
  askWeek: { sv: 'Läget vecka {week}', en: 'Status week {week}' },
});

/** Absence ("frånvarande vecka 49–50"), in chat and in its card. */
export const ABSENCE_TEXTS = defineTexts({
  title: { sv: 'Frånvaro', en: 'Absence' },
  intro: {
    sv: 'Medan du är frånvarande går förfrågningar och påminnelser för dina stadsdelsområden till ersättarna. Skriv t.ex. "frånvarande vecka 49–50" eller välj datum.',
    en: 'While you are away, requests and reminders for your districts go to the deputies. Write e.g. "away week 49-50" or pick the dates.',
  },
  current: { sv: 'Du är frånvarande {periods}.', en: 'You are away {periods}.' },
  none: { sv: 'Du har ingen frånvaro inlagd.', en: 'You have no absence recorded.' },
  saved: { sv: 'Frånvaron är sparad: {periods}.', en: 'The absence is saved: {periods}.' },
  cancelled: { sv: 'Välkommen tillbaka! Du får förfrågningarna igen.', en: 'Welcome back! You get the requests again.' },
  deputies: { sv: 'Ersättare: {names}.', en: 'Deputies: {names}.' },
  noDeputy: {
    sv: '{district} har ingen ersättare: be en administratör lägga till en, annars får bara de andra kontakterna förfrågan.',
    en: '{district} has no deputy: ask an admin to add one, otherwise only the other contacts get the request.',
  },
  from: { sv: 'Från och med', en: 'From' },
  to: { sv: 'Till och med', en: 'Until' },
  save: { sv: 'Spara frånvaro', en: 'Save absence' },
  cancel: { sv: 'Inte frånvarande', en: 'Not away' },
  period: { sv: '{from} t.o.m. {to}', en: '{from} to {to}' },
});

/** What is wrong with an absence as written, and how to write it. */
export const ABSENCE_ERRORS = defineTexts({
  notUnderstood: {
    sv: 'Jag förstod inte perioden. Skriv t.ex. "frånvarande vecka 49–50" eller "frånvarande 2026-12-01–2026-12-14".',
    en: 'I did not understand the period. Write e.g. "away week 49-50" or "away 2026-12-01–2026-12-14".',
  },
  badDate: { sv: '"{token}" är inget datum. Skriv datum som 2026-12-01.', en: '"{token}" is not a date. Write dates like 2026-12-01.' },
  weekOutOfRange: { sv: 'Vecka {week} finns inte det året; veckor är 1–52 (ibland 53).', en: 'There is no week {week} that year; weeks are 1–52 (sometimes 53).' },
  backwards: { sv: 'Perioden slutar innan den börjar: skriv den tidigare veckan eller dagen först.', en: 'The period ends before it starts: put the earlier week or day first.' },
  inThePast: { sv: 'Perioden har redan passerat; ange en som inte är slut.', en: 'The period is already over; give one that has not ended.' },
  tooLong: { sv: 'Högst ett halvår åt gången ({days} dagar är för långt).', en: 'At most half a year at a time ({days} days is too long).' },
  missingDate: { sv: 'Välj både första och sista dagen.', en: 'Pick both the first and the last day.' },
});

/** After the deadline, to the admins: who is still missing. */
export const MISSING_LIST_TEXTS = defineTexts({
  title: { sv: 'Saknade rapporter vecka {week}', en: 'Missing reports week {week}' },
  intro: { sv: 'Sista dag var {deadline}. Dessa stadsdelsområden har inte rapporterat:', en: 'The deadline was {deadline}. These districts have not reported:' },
  deputy: { sv: 'ersättare', en: 'deputy' },
  away: { sv: 'frånvarande', en: 'away' },
  nobody: { sv: 'ingen kontakt', en: 'no contact' },
  paused: { sv: 'Ej aktuellt: {list}', en: 'Not applicable: {list}' },
});
