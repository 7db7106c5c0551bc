import type { Language, Localized } from '../src/domain/model.ts';
import type { Level, StatusEntry, Trend } from '../src/domain/status-report.ts';

export const LEVEL_LABELS: Record<Level, Localized> = {
  green: { sv: 'Grön', en: 'Green' },
  yellow: { sv: 'Gul', en: 'Yellow' },
  red: { sv: 'Röd', en: 'Red' },
  'not-applicable': { sv: 'Ej aktuellt', en: 'Not applicable' },
};
export const LEVEL_ICONS: Record<Level, string> = { green: '🟢', yellow: '🟡', red: '🔴', 'not-applicable': '⚪' };
export const TREND_LABELS: Record<Trend, Localized> = {
  better: { sv: 'Bättre', en: 'Better' },
  same: { sv: 'Oförändrat', en: 'Unchanged' },
  worse: { sv: 'Sämre', en: 'Worse' },
};
export const TREND_ARROWS: Record<Trend, string> = { better: '↑', same: '→', worse: '↓' };

/** One focus area's line of a report: "🔴 Röd ↓ — comment". */
export const formatEntry = (entry: StatusEntry, language: Language): string =>
  `${LEVEL_ICONS[entry.level]} ${LEVEL_LABELS[entry.level][language]} ${TREND_ARROWS[entry.trend]}${entry.comment ? ` — ${entry.comment}` : ''}`;

export const STATUS_TEXTS = {
  title: { sv: 'Lägesrapport vecka {week} — {district}', en: 'Status report week {week} — {district}' },
  intro: {
    sv: 'Ange läget per samverkansområde. Förra veckans svar är ifyllda. Sista dag: {deadline}.',
    en: 'Give the status per focus area. Last week’s answers are filled in. Deadline: {deadline}.',
  },
  level: { sv: 'Läge', en: 'Level' },
  // Labels name their focus area: screen readers (and browser tests) tell the inputs apart.
  levelFor: { sv: 'Läge för {area}', en: 'Level for {area}' },
  commentOn: { sv: 'Kommentar om {area}', en: 'Comment on {area}' },
  trend: { sv: 'Trend', en: 'Trend' },
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
  late: { sv: 'Inskickad efter sista dag.', en: 'Sent after the deadline.' },
  changeLate: { sv: 'Sista dag har passerat; ändringar tas emot men markeras som sena.', en: 'The deadline has passed; changes are accepted but marked late.' },
  changeUntil: { sv: 'Du kan ändra fram till {deadline}.', en: 'You can change it until {deadline}.' },
  stale: {
    sv: 'Rapporten ändrades av {name} medan du fyllde i. Det här är den gällande versionen. Det du skickade är sparat som en revision; tryck Ändra om du vill göra om din ändring.',
    en: 'The report was changed by {name} while you were filling it in. This is the current version. What you sent is kept as a revision; press Change to redo your change.',
  },
  reminder: { sv: 'Påminnelse: rapporten för veckan saknas fortfarande.', en: 'Reminder: this week’s report is still missing.' },
  noReport: { sv: 'Ingen rapport ännu.', en: 'No report yet.' },
} satisfies Record<string, Localized>;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
