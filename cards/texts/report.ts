import type { Level } from '../../src/domain/status-report.ts';
import { defineTexts, type Text } from './catalogue.ts';

/** The report back to the political bodies (återrapport): Markdown and CSV for the boards' papers. */
export const REPORT_TEXTS = defineTexts({
  title: { sv: 'Återrapportering till de politiska organen, {period}', en: 'Report back to the political bodies, {period}' },
  period: { sv: 'vecka {from}–{to} {year}', en: 'weeks {from}–{to} {year}' },
  periodYears: { sv: 'vecka {from} {fromYear}–{to} {year}', en: 'weeks {from} {fromYear}–{to} {year}' },
  intro: {
    sv: 'Samverkansöverenskommelsen mellan Stockholms stad och Polisregion Stockholm. Styrgruppens återrapport för {scope}, {fromKey}–{toKey} ({start}–{end}). Framtagen {today}.',
    en: 'The cooperation agreement between the City of Stockholm and the Stockholm police region. The steering group’s report back for {scope}, {fromKey}–{toKey} ({start}–{end}). Made {today}.',
  },
  allDistricts: { sv: 'alla stadsdelsområden', en: 'all districts' },
  cityWide: { sv: 'Hela staden', en: 'City-wide' },
  summaryHeading: { sv: 'Sammanfattning', en: 'Summary' },
  received: { sv: 'Lägesrapporter inkomna: {received} av {possible} ({percent} %).', en: 'Status reports received: {received} of {possible} ({percent} %).' },
  lastWeek: { sv: 'Läget {week}: {red} och {yellow} av {assessments}.', en: 'Status {week}: {red} and {yellow} of {assessments}.' },
  red: { sv: { one: '{count} röd', other: '{count} röda' }, en: { one: '{count} red', other: '{count} red' } },
  yellow: { sv: { one: '{count} gul', other: '{count} gula' }, en: { one: '{count} yellow', other: '{count} yellow' } },
  assessments: { sv: { one: '{count} bedömning', other: '{count} bedömningar' }, en: { one: '{count} assessment', other: '{count} assessments' } },
  tasks: { sv: 'Uppgifter i handlingsplanen klara under perioden: {done}; försenade: {late}.', en: 'Action-plan tasks done in the period: {done}; late: {late}.' },
  decisions: { sv: 'Beslut: {count}, varav {pending} behöver politisk förankring.', en: 'Decisions: {count}, of which {pending} need political anchoring.' },
  levelsHeading: { sv: 'Läget per stadsdelsområde och samverkansområde', en: 'Status by district and focus area' },
  levelsNote: {
    sv: 'Nivå enligt stadsdelsområdets lägesrapport för veckan: grön, gul, röd eller ej aktuellt; {none} betyder att ingen rapport kom in.',
    en: 'Level as in the district’s status report for the week: green, yellow, red or not applicable; {none} means that no report came in.',
  },
  tasksDoneHeading: { sv: 'Uppgifter klara under perioden', en: 'Tasks done in the period' },
  tasksLateHeading: { sv: 'Försenade uppgifter', en: 'Late tasks' },
  decisionsHeading: { sv: 'Beslut och politisk förankring', en: 'Decisions and political anchoring' },
  none: { sv: 'Inga.', en: 'None.' },
  noDecisions: { sv: 'Inga beslut under perioden.', en: 'No decisions in the period.' },
  week: { sv: 'v. {week}', en: 'wk {week}' },
  weekYear: { sv: 'v. {week} {year}', en: 'wk {week} {year}' },
  dueWeek: { sv: 'v. {week} ({date})', en: 'wk {week} ({date})' },
  done: { sv: 'klar', en: 'done' },
  doneLate: { sv: 'klar, försenad', en: 'done, late' },
  late: { sv: 'försenad', en: 'late' },
  // Sheet names of the Excel workbook (at most 31 characters).
  levelsSheet: { sv: 'Läget', en: 'Status' },
  tasksDoneSheet: { sv: 'Klara uppgifter', en: 'Tasks done' },
  tasksLateSheet: { sv: 'Försenade uppgifter', en: 'Late tasks' },
  decisionsSheet: { sv: 'Beslut', en: 'Decisions' },
});

/** The short card in chat ("återrapport v40-v47") and the download links it carries. */
export const REPORT_CARD_TEXTS = defineTexts({
  title: { sv: 'Återrapport {period}', en: 'Report back, {period}' },
  scope: { sv: '{scope}, {start}–{end}', en: '{scope}, {start} to {end}' },
  files: {
    sv: 'Ladda ner rapporten för nämndens handlingar som Word-dokument, Excel-arbetsbok eller CSV (nivåerna). Länkarna gäller i {minutes} minuter och bara för dig; skriv kommandot igen för nya.',
    en: 'Download the report for the board’s papers as a Word document, an Excel workbook or CSV (the levels). The links work for {minutes} minutes and only for you; write the command again for new ones.',
  },
  word: { sv: 'Word-dokument', en: 'Word document' },
  excel: { sv: 'Excel-arbetsbok', en: 'Excel workbook' },
  csv: { sv: 'CSV-fil', en: 'CSV file' },
});

/** What a download link answers when it cannot hand out the file (plain text in the browser). */
export const REPORT_LINK_TEXTS = defineTexts({
  malformed: {
    sv: 'Länken till återrapporten är ofullständig. Skriv "återrapport v40-v47" (med din period) till Samverkan i Teams för en ny länk.',
    en: 'The link to the report is incomplete. Write "report W40-W47" (with your period) to Samverkan in Teams for a new link.',
  },
  tampered: {
    sv: 'Länken till återrapporten är inte giltig: den har ändrats eller kommer från en annan server. Skriv "återrapport v40-v47" (med din period) till Samverkan i Teams för en ny länk.',
    en: 'The link to the report is not valid: it was changed or comes from another server. Write "report W40-W47" (with your period) to Samverkan in Teams for a new link.',
  },
  expired: {
    sv: 'Länken till återrapporten har gått ut (den gäller i {minutes} minuter). Skriv "återrapport v40-v47" (med din period) till Samverkan i Teams för en ny länk.',
    en: 'The link to the report has expired (it works for {minutes} minutes). Write "report W40-W47" (with your period) to Samverkan in Teams for a new link.',
  },
  forbidden: {
    sv: 'Bara styrgruppens ledamöter och administratörer kan hämta återrapporten. Be en administratör att ge dig rollen styrgrupp.',
    en: 'Only steering-group members and administrators can download the report. Ask an administrator to give you the steering role.',
  },
});

/** Levels as the report's tables write them (lower case, inside sentences and cells). */
export const REPORT_LEVEL_WORDS = defineTexts({
  green: { sv: 'grön', en: 'green' },
  yellow: { sv: 'gul', en: 'yellow' },
  red: { sv: 'röd', en: 'red' },
  'not-applicable': { sv: 'ej aktuellt', en: 'not applicable' },
}) satisfies Record<Level, Text>;

/** Column headers of the report's tables and CSV files. */
export const REPORT_COLUMNS = defineTexts({
  id: { sv: 'Id', en: 'Id' },
  task: { sv: 'Uppgift', en: 'Task' },
  focusArea: { sv: 'Samverkansområde', en: 'Focus area' },
  district: { sv: 'Stadsdelsområde', en: 'District' },
  owner: { sv: 'Ansvarig organisation', en: 'Owning organisation' },
  assignee: { sv: 'Handläggare', en: 'Assignee' },
  due: { sv: 'Klart senast', en: 'Due' },
  status: { sv: 'Status', en: 'Status' },
  doneOn: { sv: 'Klar datum', en: 'Done on' },
  date: { sv: 'Datum', en: 'Date' },
  decision: { sv: 'Beslut', en: 'Decision' },
  boards: { sv: 'Berörda nämnder', en: 'Boards concerned' },
  anchoring: { sv: 'Politisk förankring', en: 'Political anchoring' },
  section: { sv: 'Avsnitt', en: 'Section' },
});
