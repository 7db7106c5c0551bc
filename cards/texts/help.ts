import { defineTexts } from './catalogue.ts';

/** The welcome card, sent once when the app is installed. */
export const WELCOME_TEXTS = defineTexts({
  title: { sv: 'Hej! Jag är Samverkan', en: 'Hi! I am Samverkan' },
  what: {
    sv: 'Jag svarar på frågor om samverkansöverenskommelsen mellan Stockholms stad och Polisregion Stockholm: vad den omfattar, vem som ansvarar för vad och vad underlaget säger, med källan citerad. Jag samlar också in stadsdelsområdenas veckorapporter och håller styrgruppens handlingsplan och beslutslogg.',
    en: 'I answer questions about the cooperation agreement between the City of Stockholm and the Stockholm police region: what it covers, who is responsible for what and what the documents say, with the source quoted. I also collect the districts’ weekly status reports and keep the steering group’s action plan and decision log.',
  },
  personal: { sv: 'Här i chatten skriver du bara din fråga, på svenska eller engelska.', en: 'Here in the chat, just write your question, in Swedish or English.' },
  channels: { sv: 'I kanaler svarar jag när du @nämner mig.', en: 'In channels I answer when you @mention me.' },
  tryThese: { sv: 'Prova till exempel:', en: 'Try for example:' },
  askIncluded: { sv: 'Vad ingår i samverkansavtalet?', en: 'What does the agreement cover?' },
  askSchools: { sv: 'Står det något om skolorna?', en: 'What does it say about schools?' },
  askHelp: { sv: 'Vad kan du hjälpa till med?', en: 'What can you help with?' },
});

/** The help card: what this user may ask and do, by role. */
export const HELP_TEXTS = defineTexts({
  title: { sv: 'Det här kan du fråga mig', en: 'What you can ask me' },
  everyone: { sv: 'Frågor', en: 'Questions' },
  contact: { sv: 'Som kontaktperson', en: 'As a district contact' },
  steering: { sv: 'I styrgruppen', en: 'In the steering group' },
  admin: { sv: 'Som administratör', en: 'As an administrator' },
  inChannel: { sv: 'I kanaler svarar jag när du @nämner mig.', en: 'In channels I answer when you @mention me.' },
  footer: { sv: 'Jag svarar på svenska eller engelska.', en: 'I answer in English or Swedish.' },
});

/** One line per thing to ask or do: the words to write, then what they give. */
export const HELP_EVERYONE = defineTexts({
  agreement: { sv: '"vad ingår i samverkansavtalet?" — avtalet och hur länge det gäller', en: '"what does the agreement cover?" — the agreement and how long it is valid' },
  focusAreas: { sv: '"vilka samverkansområden finns?" — områdena och vad de omfattar', en: '"which focus areas are there?" — the areas and what they cover' },
  responsible: { sv: '"vem har ansvar för avhoppare?" — vem som ansvarar för ett område', en: '"who is responsible for defectors?" — who is responsible for an area' },
  says: { sv: '"vad står det om skolorna?" — vad underlaget säger, med källan', en: '"what does it say about schools?" — what the documents say, with the source' },
  status: { sv: '"hur är läget i Farsta?" — ett stadsdelsområdes lägesrapport', en: '"how are things in Farsta?" — a district’s status report' },
  missing: { sv: '"vilka har inte rapporterat" — veckans saknade rapporter', en: '"who has not reported" — this week’s missing reports' },
  summary: { sv: '"sammanfattning" eller "sammanfattning vecka 45" — veckosammanfattningen', en: '"summary" or "summary week 45" — the weekly summary' },
  documents: { sv: '"dokument" — dokumenten som svaren hämtas ur', en: '"documents" — the documents answers are taken from' },
  coordinator: { sv: '"Fråga en samordnare" på ett svar — skicka frågan vidare till en samordnare', en: '"Ask a coordinator" on an answer — pass the question on to a coordinator' },
});
export const HELP_CONTACT = defineTexts({
  report: { sv: '"rapportera" — fyll i eller ändra veckans lägesrapport', en: '"report" — fill in or change this week’s status report' },
  away: { sv: '"frånvarande vecka 49–50" (eller bara "frånvarande" för att välja datum) — förfrågningar och påminnelser går till ersättarna; "tillbaka" avslutar', en: '"away week 49-50" (or just "away" to pick dates) — requests and reminders go to the deputies; "I’m back" ends it' },
  notApplicable: { sv: '"ej aktuellt denna vecka: skäl" — ingen rapport behövs denna vecka', en: '"not applicable this week: reason" — no report is needed this week' },
});
export const HELP_STEERING = defineTexts({
  newTask: { sv: '"ny uppgift" — lägg till en uppgift i handlingsplanen', en: '"new task" — add a task to the action plan' },
  task: { sv: '"uppgift" och numret ur listan, t.ex. "uppgift t-…" — visa och ändra en uppgift', en: '"task" and the number from the list, e.g. "task t-…" — show and change a task' },
  myTasks: { sv: '"mina uppgifter" — uppgifter där du är handläggare', en: '"my tasks" — tasks assigned to you' },
  overdue: { sv: '"försenade uppgifter i Farsta" — försenade uppgifter, i hela staden eller ett område', en: '"overdue tasks in Farsta" — overdue tasks, city-wide or in a district' },
  newDecision: { sv: '"nytt beslut" — för in ett beslut i beslutsloggen', en: '"new decision" — record a decision in the decision log' },
  decisions: { sv: '"beslut" — beslutsloggen och vad som behöver förankras', en: '"decisions" — the decision log and what needs political anchoring' },
  report: { sv: '"återrapport v40-v47" — återrapporten till de politiska organen', en: '"report W40-W47" — the report back to the political bodies' },
});
export const HELP_ADMIN = defineTexts({
  roles: { sv: '"hantera roller" — kontaktpersoner, styrgrupp och administratörer', en: '"manage roles" — contacts, steering group and administrators' },
  schedule: { sv: '"schema" — när förfrågan, påminnelse och sammanfattning går ut', en: '"schedule" — when the request, reminder and summary go out' },
  runRequest: { sv: '"kör statusförfrågan nu" — skicka veckans förfrågan direkt', en: '"run status request now" — send this week’s request at once' },
  runReminder: { sv: '"kör påminnelse nu" — påminn dem som inte har rapporterat', en: '"run reminder now" — remind those who have not reported' },
  runLastCall: { sv: '"kör sista påminnelse nu" — sista påminnelsen före sista dag', en: '"run last call now" — the last reminder before the deadline' },
  runSummary: { sv: '"kör sammanfattning nu" — posta veckosammanfattningen', en: '"run summary now" — post the weekly summary' },
  channel: { sv: '"@Samverkan styrgrupp här" i en kanal — gör den till styrgruppens kanal', en: '"@Samverkan use this channel" in a channel — make it the steering group’s channel' },
  coordinatorChannel: {
    sv: '"@Samverkan samordnare här" i en kanal — dit går frågor som ställs till en samordnare (annars till styrgruppens kanal)',
    en: '"@Samverkan coordinators here" in a channel — questions asked of a coordinator go there (otherwise to the steering group’s channel)',
  },
  unanswered: { sv: '"obesvarade frågor" — frågor jag inte kunde svara på och svar med 👎, nyast först', en: '"unanswered questions" — questions I could not answer and answers rated 👎, newest first' },
});
