import { defineTexts } from './catalogue.ts';

/** Every text of the weekly summary and the steering channel, Swedish first. */
export const SUMMARY_TEXTS = defineTexts({
  title: { sv: 'Veckosammanfattning vecka {week}', en: 'Weekly summary week {week}' },
  part: { sv: ' ({part} av {parts})', en: ' ({part} of {parts})' },
  reported: {
    sv: { one: '{count} av {total} stadsdelsområden har rapporterat.', other: '{count} av {total} stadsdelsområden har rapporterat.' },
    en: { one: '{count} of {total} districts has reported.', other: '{count} of {total} districts have reported.' },
  },
  // Counts, each on its own so Swedish can say "1 röd" and "2 röda".
  red: { sv: { one: '{count} röd', other: '{count} röda' }, en: { one: '{count} red', other: '{count} red' } },
  yellow: { sv: { one: '{count} gul', other: '{count} gula' }, en: { one: '{count} yellow', other: '{count} yellow' } },
  green: { sv: { one: '{count} grön', other: '{count} gröna' }, en: { one: '{count} green', other: '{count} green' } },
  changesAgainst: { sv: 'Mot vecka {previous}:', en: 'Against week {previous}:' },
  better: { sv: { one: '{count} bättre', other: '{count} bättre' }, en: { one: '{count} better', other: '{count} better' } },
  worse: { sv: { one: '{count} sämre', other: '{count} sämre' }, en: { one: '{count} worse', other: '{count} worse' } },
  same: { sv: { one: '{count} oförändrad', other: '{count} oförändrade' }, en: { one: '{count} unchanged', other: '{count} unchanged' } },
  new: { sv: { one: '{count} ny', other: '{count} nya' }, en: { one: '{count} new', other: '{count} new' } },
  symbols: {
    sv: '🔴 röd · 🟡 gul · 🟢 grön · ⚪ ej aktuellt · – inget svar. Pilarna är kontaktpersonens egen bedömning: ↑ bättre · → oförändrat · ↓ sämre.',
    en: '🔴 red · 🟡 yellow · 🟢 green · ⚪ not applicable · – no answer. The arrows are the contact’s own judgement: ↑ better · → unchanged · ↓ worse.',
  },
  matrix: { sv: 'Läget per stadsdelsområde', en: 'Status by district' },
  notReportedYet: { sv: 'har inte rapporterat', en: 'has not reported' },
  noAnswer: { sv: { one: '{count} utan svar', other: '{count} utan svar' }, en: { one: '{count} without an answer', other: '{count} without an answer' } },
  notApplicable: { sv: { one: '{count} ej aktuellt', other: '{count} ej aktuella' }, en: { one: '{count} not applicable', other: '{count} not applicable' } },
  chartTitle: { sv: 'Veckans nivåer', en: 'This week’s levels' },
  chartLevel: { sv: 'Nivå', en: 'Level' },
  chartCount: { sv: 'Antal', en: 'Count' },
  chartNoAnswer: { sv: 'Inget svar', en: 'No answer' },
  comments: { sv: 'Kommentarer från stadsdelsområdena', en: 'Comments from the districts' },
  noComments: { sv: 'Inga övergripande kommentarer denna vecka.', en: 'No overall comments this week.' },
  missingWithContacts: { sv: '{district} — kontakt: {contacts}', en: '{district} — contact: {contacts}' },
  missingNoContact: { sv: '{district} — ingen kontaktperson i rollistan', en: '{district} — no contact on the roster' },
  openLaget: { sv: 'Öppna Läget', en: 'Open Läget (dashboard)' },
  areaTotals: { sv: 'Läget per samverkansområde', en: 'Status by focus area' },
  attention: { sv: 'Röda och gula punkter', en: 'Red and yellow items' },
  noAttention: { sv: 'Inga röda eller gula punkter.', en: 'No red or yellow items.' },
  noComment: { sv: '(ingen kommentar)', en: '(no comment)' },
  yellowCount: {
    sv: { one: '🟡 {count} gul punkt; skriv "visa <stadsdelsområde>" för kommentaren.', other: '🟡 {count} gula punkter; skriv "visa <stadsdelsområde>" för kommentarerna.' },
    en: { one: '🟡 {count} yellow item; write "show <district>" for the comment.', other: '🟡 {count} yellow items; write "show <district>" for the comments.' },
  },
  missing: { sv: 'Har inte rapporterat', en: 'Not reported' },
  everyoneReported: { sv: 'Alla stadsdelsområden har rapporterat.', en: 'Every district has reported.' },
  reportedFor: { sv: '{district}: rapporterad av {by} för {for}', en: '{district}: reported by {by} for {for}' },
  late: { sv: 'sen', en: 'late' },
  overdue: { sv: 'Försenade uppgifter i handlingsplanen', en: 'Overdue action-plan tasks' },
  dueNext: { sv: 'Ska vara klart vecka {week}', en: 'Due in week {week}' },
  decisions: { sv: 'Beslut som väntar på politisk förankring', en: 'Decisions awaiting political anchoring' },
  none: { sv: 'Inga.', en: 'None.' },
  due: { sv: 'klart {due}', en: 'due {due}' },
  dueWeek: { sv: 'v. {week}', en: 'wk {week}' },
  more: { sv: '… och {count} till.', en: '… and {count} more.' },
  continued: { sv: '(forts.)', en: '(cont.)' },
  shortened: {
    sv: 'Sammanfattningen är förkortad för att rymmas i Teams. Skriv "läget vecka {week}" eller "visa <stadsdelsområde>" för detaljerna.',
    en: 'The summary is shortened to fit in Teams. Write "status week {week}" or "show <district>" for the details.',
  },
  notShown: {
    sv: {
      one: '{count} del till fick inte plats. Skriv "läget vecka {week}" eller "visa <stadsdelsområde>" för detaljerna.',
      other: '{count} delar till fick inte plats. Skriv "läget vecka {week}" eller "visa <stadsdelsområde>" för detaljerna.',
    },
    en: {
      one: '{count} more part did not fit. Write "status week {week}" or "show <district>" for the details.',
      other: '{count} more parts did not fit. Write "status week {week}" or "show <district>" for the details.',
    },
  },
  // The steering channel and the summary job.
  bound: {
    sv: 'Klart: {channel} är nu styrgruppens kanal. Veckosammanfattningen postas här {when}.',
    en: 'Done: {channel} is now the steering group’s channel. The weekly summary is posted here {when}.',
  },
  alreadyBound: { sv: '{channel} är redan styrgruppens kanal.', en: '{channel} is already the steering group’s channel.' },
  thisChannel: { sv: 'Den här kanalen', en: 'This channel' },
  boundTitle: { sv: 'Styrgruppens kanal', en: 'The steering group’s channel' },
  failedTitle: { sv: 'Veckosammanfattningen kunde inte postas', en: 'The weekly summary could not be posted' },
  failed: {
    sv: 'Sammanfattningen för vecka {week} kunde inte postas i styrgruppens kanal: {error}. Skriv "kör sammanfattning nu" för att försöka igen.',
    en: 'The summary for week {week} could not be posted in the steering group’s channel: {error}. Write "run summary now" to try again.',
  },
  uncertain: {
    sv: 'Sammanfattningen för vecka {week} kanske postades (avbrott mitt i sändningen). Titta i kanalen; skriv "kör sammanfattning nu" om den saknas.',
    en: 'The summary for week {week} may have been posted (interrupted during the send). Check the channel; write "run summary now" if it is missing.',
  },
  noChannel: {
    sv: 'ingen kanal är vald. Nämn mig i styrgruppens kanal med "@Samverkan styrgrupp här"',
    en: 'no channel is chosen. Mention me in the steering group’s channel with "@Samverkan use this channel"',
  },
  noReference: {
    sv: 'jag når inte kanalen. Installera appen i teamet och nämn mig en gång i kanalen',
    en: 'I cannot reach the channel. Install the app in the team and mention me once in the channel',
  },
  jobStarted: { sv: 'Veckosammanfattningen för vecka {week} körs nu …', en: 'Running the weekly summary for week {week} …' },
  jobPosted: {
    sv: { one: 'Veckosammanfattningen för vecka {week} är postad i styrgruppens kanal ({count} kort).', other: 'Veckosammanfattningen för vecka {week} är postad i styrgruppens kanal ({count} kort).' },
    en: { one: 'The weekly summary for week {week} is posted in the steering group’s channel ({count} card).', other: 'The weekly summary for week {week} is posted in the steering group’s channel ({count} cards).' },
  },
  jobAlready: { sv: 'Veckosammanfattningen för vecka {week} är redan postad; den postas bara en gång.', en: 'The weekly summary for week {week} is already posted; it is posted only once.' },
  jobHeld: { sv: 'En annan instans postar sammanfattningen just nu.', en: 'Another instance is posting the summary right now.' },
});

/** Weekdays in "on Fridays" form, by ISO weekday, for the channel's confirmation. */
export const WEEKDAYS_PLURAL = defineTexts({
  1: { sv: 'måndagar', en: 'Mondays' },
  2: { sv: 'tisdagar', en: 'Tuesdays' },
  3: { sv: 'onsdagar', en: 'Wednesdays' },
  4: { sv: 'torsdagar', en: 'Thursdays' },
  5: { sv: 'fredagar', en: 'Fridays' },
  6: { sv: 'lördagar', en: 'Saturdays' },
  7: { sv: 'söndagar', en: 'Sundays' },
});
export const SLOT_TEXTS = defineTexts({
  weekly: { sv: 'på {days} kl. {time}', en: 'on {days} at {time}' },
});
