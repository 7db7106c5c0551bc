import type { Localized } from '../src/domain/model.ts';
import type { Anchoring, Change, TaskStatus } from '../src/domain/weekly-summary.ts';

export const CHANGE_ARROWS: Record<Change, string> = { better: '↑', worse: '↓', same: '→', new: '•' };

export const TASK_STATUS_LABELS: Record<TaskStatus, Localized> = {
  'not-started': { sv: 'ej påbörjad', en: 'not started' },
  'in-progress': { sv: 'pågår', en: 'in progress' },
  done: { sv: 'klar', en: 'done' },
  blocked: { sv: 'blockerad', en: 'blocked' },
  cancelled: { sv: 'avbruten', en: 'cancelled' },
};

export const ANCHORING_LABELS: Record<Anchoring, Localized> = {
  förankrad: { sv: 'förankrad', en: 'anchored' },
  'behöver-förankras': { sv: 'behöver förankras', en: 'needs political anchoring' },
  'ej-aktuellt': { sv: 'ej aktuellt', en: 'not applicable' },
};

const WEEKDAYS: Localized[] = [
  { sv: 'måndagar', en: 'Mondays' },
  { sv: 'tisdagar', en: 'Tuesdays' },
  { sv: 'onsdagar', en: 'Wednesdays' },
  { sv: 'torsdagar', en: 'Thursdays' },
  { sv: 'fredagar', en: 'Fridays' },
  { sv: 'lördagar', en: 'Saturdays' },
  { sv: 'söndagar', en: 'Sundays' },
];

/** "på fredagar kl. 14:00" / "on Fridays at 14:00" for a weekly slot (ISO weekday, HH:mm). */
export function describeSlot(slot: { weekday: number; time: string }, language: 'sv' | 'en'): string {
  const day = WEEKDAYS[slot.weekday - 1] ?? WEEKDAYS[4]!;
  return language === 'sv' ? `på ${day.sv} kl. ${slot.time}` : `on ${day.en} at ${slot.time}`;
}

/** Every text of the weekly summary and the steering channel, Swedish first. */
export const SUMMARY_TEXTS = {
  title: { sv: 'Veckosammanfattning vecka {week}', en: 'Weekly summary week {week}' },
  part: { sv: ' ({part} av {parts})', en: ' ({part} of {parts})' },
  reported: { sv: '{count} av {total} stadsdelsområden har rapporterat.', en: '{count} of {total} districts have reported.' },
  levels: { sv: '🔴 {red} röda · 🟡 {yellow} gula · 🟢 {green} gröna', en: '🔴 {red} red · 🟡 {yellow} yellow · 🟢 {green} green' },
  changes: {
    sv: 'Mot vecka {previous}: ↑ {better} bättre · ↓ {worse} sämre · → {same} oförändrade · • {new} nya',
    en: 'Against week {previous}: ↑ {better} better · ↓ {worse} worse · → {same} unchanged · • {new} new',
  },
  symbols: {
    sv: '↑ bättre än förra veckan · ↓ sämre · → samma · • ny · – inget svar',
    en: '↑ better than last week · ↓ worse · → same · • new · – no answer',
  },
  matrix: { sv: 'Läget per stadsdelsområde', en: 'Status by district' },
  district: { sv: 'Område', en: 'District' },
  areas: { sv: 'Samverkansområden: {areas}', en: 'Focus areas: {areas}' },
  areaTotals: { sv: 'Läget per samverkansområde', en: 'Status by focus area' },
  attention: { sv: 'Röda och gula punkter', en: 'Red and yellow items' },
  noAttention: { sv: 'Inga röda eller gula punkter.', en: 'No red or yellow items.' },
  noComment: { sv: '(ingen kommentar)', en: '(no comment)' },
  yellowCount: { sv: '🟡 {count} gula punkter; skriv "visa <stadsdelsområde>" för kommentarerna.', en: '🟡 {count} yellow items; write "show <district>" for the comments.' },
  missing: { sv: 'Har inte rapporterat', en: 'Not reported' },
  everyoneReported: { sv: 'Alla stadsdelsområden har rapporterat.', en: 'Every district has reported.' },
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
    sv: '{count} delar till fick inte plats. Skriv "läget vecka {week}" eller "visa <stadsdelsområde>" för detaljerna.',
    en: '{count} more parts did not fit. Write "status week {week}" or "show <district>" for the details.',
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
  jobPosted: { sv: 'Veckosammanfattningen för vecka {week} är postad i styrgruppens kanal ({cards} kort).', en: 'The weekly summary for week {week} is posted in the steering group’s channel ({cards} cards).' },
  jobAlready: { sv: 'Veckosammanfattningen för vecka {week} är redan postad; den postas bara en gång.', en: 'The weekly summary for week {week} is already posted; it is posted only once.' },
  jobHeld: { sv: 'En annan instans postar sammanfattningen just nu.', en: 'Another instance is posting the summary right now.' },
} satisfies Record<string, Localized>;
