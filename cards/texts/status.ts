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
  reported: {
    sv: { one: '{count} av {total} har rapporterat.', other: '{count} av {total} har rapporterat.' },
    en: { one: '{count} of {total} has reported.', other: '{count} of {total} have reported.' },
  },
  legend: { sv: 'Ordning: {areas}', en: 'Order: {areas}' },
  lateMark: { sv: ' (sen)', en: ' (late)' },
  askMissing: { sv: 'Vilka har inte rapporterat?', en: 'Who has not reported?' },
  askWeek: { sv: 'Läget vecka {week}', en: 'Status week {week}' },
});
