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
