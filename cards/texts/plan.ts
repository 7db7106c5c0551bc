import type { Anchoring, TaskStatus } from '../../src/domain/weekly-summary.ts';
import type { OrganisationKind, TaskAction } from '../../src/domain/task.ts';
import { defineTexts, type Text } from './catalogue.ts';

export const TASK_STATUS_LABELS = defineTexts({
  'not-started': { sv: 'ej påbörjad', en: 'not started' },
  'in-progress': { sv: 'pågår', en: 'in progress' },
  done: { sv: 'klar', en: 'done' },
  blocked: { sv: 'blockerad', en: 'blocked' },
  cancelled: { sv: 'avbruten', en: 'cancelled' },
}) satisfies Record<TaskStatus, Text>;

export const ANCHORING_LABELS = defineTexts({
  förankrad: { sv: 'förankrad', en: 'anchored' },
  'behöver-förankras': { sv: 'behöver förankras', en: 'needs political anchoring' },
  'ej-aktuellt': { sv: 'ej aktuellt', en: 'not applicable' },
}) satisfies Record<Anchoring, Text>;

/** A task's history in words: what was done ("ändrade") and to which fields ("titel, samverkansområde"). */
export const TASK_ACTION_WORDS = defineTexts({
  created: { sv: 'skapade uppgiften', en: 'created the task' },
  edited: { sv: 'ändrade {fields}', en: 'changed {fields}' },
  assigned: { sv: 'bytte handläggare', en: 'changed the assignee' },
  status: { sv: 'ändrade status till {status}', en: 'changed the status to {status}' },
  commented: { sv: 'kommenterade', en: 'commented' },
}) satisfies Record<TaskAction, Text>;
/** Field keys of the task history (src/domain/task-change.ts) as words. */
export const TASK_FIELD_WORDS = defineTexts({
  title: { sv: 'titel', en: 'title' },
  focusAreaId: { sv: 'samverkansområde', en: 'focus area' },
  districtId: { sv: 'stadsdelsområde', en: 'district' },
  owner: { sv: 'ansvarig organisation', en: 'owning organisation' },
  assignee: { sv: 'handläggare', en: 'assignee' },
  due: { sv: 'klart senast', en: 'due date' },
  status: { sv: 'status', en: 'status' },
  comment: { sv: 'kommentar', en: 'comment' },
});

export const ORGANISATION_KIND_LABELS = defineTexts({
  namnd: { sv: 'nämnd', en: 'board' },
  forvaltning: { sv: 'förvaltning', en: 'administration' },
  bolag: { sv: 'bolag', en: 'company' },
  polisen: { sv: 'polisen', en: 'the police' },
}) satisfies Record<OrganisationKind, Text>;

/** Texts of the action plan (handlingsplanen) and the decision log (beslutsloggen). */
export const PLAN_TEXTS = defineTexts({
  newTaskTitle: { sv: 'Ny uppgift i handlingsplanen', en: 'New task in the action plan' },
  editTaskTitle: { sv: 'Ändra uppgift {id}', en: 'Edit task {id}' },
  taskTitle: { sv: 'Uppgift', en: 'Task' },
  focusArea: { sv: 'Samverkansområde', en: 'Focus area' },
  district: { sv: 'Stadsdelsområde', en: 'District' },
  cityWide: { sv: 'Hela staden', en: 'City-wide' },
  ownerName: { sv: 'Ansvarig organisation', en: 'Owning organisation' },
  ownerNamePlaceholder: { sv: 't.ex. trafikkontoret', en: 'e.g. the traffic administration' },
  ownerKind: { sv: 'Typ av organisation', en: 'Kind of organisation' },
  ownerKindHelp: {
    sv: 'Nämnd, förvaltning, bolag eller polisen — den som äger uppgiften.',
    en: 'Board, administration, company or the police — whoever owns the task.',
  },
  assignee: { sv: 'Handläggare', en: 'Assignee' },
  noAssignee: { sv: '(ingen ännu)', en: '(nobody yet)' },
  due: { sv: 'Klart senast', en: 'Due' },
  duePlaceholder: { sv: '"vecka 6" eller 2027-02-05', en: '"week 6" or 2027-02-05' },
  // A stored week put back into the form, in words the due-date reader understands.
  dueWeekInput: { sv: 'vecka {week} {year}', en: 'week {week} {year}' },
  dueHelp: { sv: 'En vecka sparas som veckans fredag.', en: 'A week is stored as its Friday.' },
  status: { sv: 'Status', en: 'Status' },
  comment: { sv: 'Kommentar', en: 'Comment' },
  comments: { sv: 'Kommentarer', en: 'Comments' },
  history: { sv: 'Historik', en: 'History' },
  save: { sv: 'Spara', en: 'Save' },
  create: { sv: 'Skapa uppgift', en: 'Create task' },
  edit: { sv: 'Ändra', en: 'Edit' },
  changeStatus: { sv: 'Ändra status', en: 'Change status' },
  addComment: { sv: 'Kommentera', en: 'Comment' },
  send: { sv: 'Skicka', en: 'Send' },
  show: { sv: 'Visa uppgiften', en: 'Show the task' },
  fixErrors: { sv: 'Rätta det som är markerat och spara igen. Inget har sparats.', en: 'Fix what is marked and save again. Nothing has been saved.' },
  saved: { sv: 'Sparat.', en: 'Saved.' },
  created: { sv: 'Uppgiften {id} är skapad.', en: 'Task {id} has been created.' },
  unchanged: { sv: 'Inget ändrades.', en: 'Nothing changed.' },
  assignedNotice: { sv: '{name} får ett kort om uppgiften.', en: '{name} gets a card about the task.' },
  stale: {
    sv: 'Uppgiften ändrades av {name} medan du redigerade. Här är den aktuella versionen; det du skickade har inte sparats. Tryck Ändra och gör om din ändring.',
    en: 'The task was changed by {name} while you were editing. This is the current version; what you sent has not been saved. Press Edit and redo your change.',
  },
  badTransition: {
    sv: 'Status kan inte ändras från "{from}" till "{to}". Här är den aktuella uppgiften; inget har sparats.',
    en: 'The status cannot change from "{from}" to "{to}". Here is the current task; nothing has been saved.',
  },
  overdue: { sv: 'Försenad', en: 'Overdue' },
  createdBy: { sv: 'Skapad av {name} {when}', en: 'Created by {name} {when}' },
  // Generic on purpose: a concrete example id may name a task that does not exist.
  typeToShow: { sv: 'Tryck på en uppgift, eller skriv "uppgift" och numret ur listan.', en: 'Press a task, or write "task" and the number from the list.' },
  demo: { sv: '(demodata)', en: '(demo data)' },
  // Errors next to the fields.
  required: { sv: 'Fyll i det här fältet.', en: 'Fill in this field.' },
  tooLong: { sv: 'Högst {max} tecken (du skrev {length}).', en: 'At most {max} characters (you wrote {length}).' },
  // The domain schema refused what the form checks let through: say so without its English detail.
  invalidValue: { sv: 'Ogiltigt värde. Rätta och spara igen.', en: 'Invalid value. Fix it and save again.' },
  chooseOne: { sv: 'Välj ett av alternativen.', en: 'Choose one of the options.' },
  dueFormat: { sv: 'Skriv en vecka ("vecka 6") eller ett datum (2027-02-05).', en: 'Write a week ("week 6") or a date (2027-02-05).' },
  dueNoWeek: { sv: 'Den veckan finns inte (vecka 53 finns bara vissa år).', en: 'That week does not exist (week 53 exists only in some years).' },
  dueNoDate: { sv: 'Det datumet finns inte.', en: 'That date does not exist.' },
  // Lists (answers).
  mineTitle: { sv: 'Mina uppgifter', en: 'My tasks' },
  overdueTitle: { sv: 'Försenade uppgifter', en: 'Overdue tasks' },
  dueTitle: { sv: 'Ska vara klart vecka {week}', en: 'Due in week {week}' },
  ownerTitle: { sv: 'Vem äger uppgifterna — {area}', en: 'Who owns the tasks — {area}' },
  inDistrict: { sv: ' i {district}', en: ' in {district}' },
  noTasks: { sv: 'Inga uppgifter.', en: 'No tasks.' },
  notOnRoster: { sv: 'Jag vet inte vem du är i Samverkan; be en administratör lägga till dig.', en: 'I do not know who you are in Samverkan; ask an administrator to add you.' },
  more: { sv: '… och {count} till.', en: '… and {count} more.' },
  owners: { sv: 'Ansvariga', en: 'Owners' },
  // Notifications.
  assignedTitle: { sv: 'Du har fått en uppgift: {title}', en: 'You have been given a task: {title}' },
  assignedText: { sv: '{by} har gett dig uppgift {id} i styrgruppens handlingsplan.', en: '{by} has given you task {id} in the steering group’s action plan.' },
  reminderTitle: { sv: 'Påminnelse: {title} ska vara klar {due}', en: 'Reminder: {title} is due {due}' },
  reminderText: { sv: 'Uppgift {id} ska vara klar om en vecka. Uppdatera status eller kommentera om något hindrar.', en: 'Task {id} is due in a week. Update its status or comment if something is in the way.' },
  // Decisions.
  newDecisionTitle: { sv: 'Nytt beslut i styrgruppen', en: 'New steering-group decision' },
  decisionsTitle: { sv: 'Beslutslogg', en: 'Decision log' },
  decisionDate: { sv: 'Beslutsdatum', en: 'Date of the decision' },
  decisionText: { sv: 'Beslut', en: 'Decision' },
  boards: { sv: 'Berörda nämnder', en: 'Boards concerned' },
  boardsPlaceholder: { sv: 'en per rad eller kommaseparerade', en: 'one per line or separated by commas' },
  anchoring: { sv: 'Politisk förankring', en: 'Political anchoring' },
  markAnchored: { sv: 'Markera förankrad', en: 'Mark anchored' },
  noDecisions: { sv: 'Inga beslut ännu. Skriv "nytt beslut" för att lägga till ett.', en: 'No decisions yet. Write "new decision" to add one.' },
  decisionCreated: { sv: 'Beslut {id} är sparat.', en: 'Decision {id} has been saved.' },
  anchored: { sv: 'Beslut {id} är markerat förankrat.', en: 'Decision {id} is marked anchored.' },
  alreadyAnchored: { sv: 'Beslut {id} var redan förankrat.', en: 'Decision {id} was already anchored.' },
  pendingCount: {
    sv: { one: '{count} beslut behöver förankras.', other: '{count} beslut behöver förankras.' },
    en: { one: '{count} decision needs political anchoring.', other: '{count} decisions need political anchoring.' },
  },
  dateFormat: { sv: 'Skriv datumet som 2026-11-20.', en: 'Write the date as 2026-11-20.' },
  tooManyBoards: { sv: 'Högst {max} nämnder.', en: 'At most {max} boards.' },
  // Report back (återrapportering).
  reportBadPeriod: {
    sv: 'Skriv perioden som "återrapport v40-v47" (högst 53 veckor, första veckan före den sista).',
    en: 'Write the period as "report W40-W47" (at most 53 weeks, the first week before the last).',
  },
  steeringOnly: {
    sv: 'Bara styrgruppens ledamöter och administratörer kan ändra handlingsplanen och beslutsloggen. Inget har sparats.',
    en: 'Only steering-group members and administrators can change the action plan and the decision log. Nothing has been saved.',
  },
  notFound: {
    sv: 'Det finns ingen uppgift {id}. Skriv "mina uppgifter" eller "försenade uppgifter" för att se numren.',
    en: 'There is no task {id}. Write "my tasks" or "overdue tasks" to see the numbers.',
  },
  reportBadPeriodTitle: { sv: 'Återrapport', en: 'Report back' },
  decisionNotFound: { sv: 'Det finns inget beslut {id}.', en: 'There is no decision {id}.' },
});
