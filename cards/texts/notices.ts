import type { Text } from './catalogue.ts';

/** A notice: a title and a text (no placeholders: they are sent as they are), and a tone. */
export type Notice = { title: Text; text: Text; tone?: 'attention' | 'good' | 'default' };

/** Texts of the bot's own notices, in both languages. Errors say what to do. */
export const NOTICES = {
  internalError: {
    title: { sv: 'Något gick fel', en: 'Something went wrong' },
    text: {
      sv: 'Jag kunde inte svara just nu. Försök igen om en stund; felet är loggat.',
      en: 'I could not answer right now. Please try again in a moment; the error has been logged.',
    },
    tone: 'attention',
  },
  busy: {
    title: { sv: 'Tjänsten är upptagen', en: 'The service is busy' },
    text: { sv: 'Databasen är hårt belastad. Försök igen om en minut.', en: 'The database is under heavy load. Please try again in a minute.' },
    tone: 'attention',
  },
  unknownAction: {
    title: { sv: 'Okänd knapp', en: 'Unknown button' },
    text: {
      sv: 'Det här kortet hör till en äldre version av Samverkan. Skriv "hjälp" för att se vad du kan göra.',
      en: 'This card belongs to an older version of Samverkan. Write "help" to see what you can do.',
    },
    tone: 'attention',
  },
  emptyMessage: {
    title: { sv: 'Skriv en fråga', en: 'Write a question' },
    text: { sv: 'Jag fick inget att läsa. Skriv till exempel "vad ingår i samverkansavtalet?".', en: 'I got nothing to read. Try for example "what does the agreement cover?".' },
  },
  notFound: {
    title: { sv: 'Hittades inte', en: 'Not found' },
    text: {
      sv: 'Det du letar efter finns inte (längre). Kontrollera numret i listan, eller skriv "hjälp".',
      en: 'What you are looking for does not exist (any more). Check the number in the list, or write "help".',
    },
    tone: 'attention',
  },
  invalidCard: {
    title: { sv: 'Kortet kunde inte läsas', en: 'The card could not be read' },
    text: {
      sv: 'Det som skickades från kortet var ofullständigt eller ändrat. Inget har sparats. Skriv "rapportera" för att få ett nytt kort.',
      en: 'What the card sent was incomplete or altered. Nothing has been saved. Write "report" to get a new card.',
    },
    tone: 'attention',
  },
  notAContact: {
    title: { sv: 'Du kan inte rapportera för det här området', en: 'You cannot report for this district' },
    text: {
      sv: 'Bara stadsdelsområdets kontaktpersoner och administratörer kan skicka dess lägesrapport. Be en administratör lägga till dig om du ska vara kontaktperson. Inget har sparats.',
      en: 'Only the district’s contacts and administrators can send its status report. Ask an administrator to add you if you should be a contact. Nothing has been saved.',
    },
    tone: 'attention',
  },
  noDistricts: {
    title: { sv: 'Du är inte kontaktperson', en: 'You are not a district contact' },
    text: {
      sv: 'Du är inte kontaktperson för något stadsdelsområde, så det finns ingen lägesrapport att fylla i. Be en administratör lägga till dig.',
      en: 'You are not a contact for any district, so there is no status report to fill in. Ask an administrator to add you.',
    },
  },
  forbidden: {
    title: { sv: 'Det får du inte göra', en: 'You are not allowed to do that' },
    text: { sv: 'Din roll tillåter inte det här. Be en administratör om hjälp.', en: 'Your role does not allow this. Ask an administrator for help.' },
    tone: 'attention',
  },
  adminOnly: {
    title: { sv: 'Bara för administratörer', en: 'For administrators only' },
    text: {
      sv: 'Det här kan bara administratörer göra: roller, schema och att köra veckans utskick. Be en administratör om hjälp eller om administratörsrollen. Inget har ändrats.',
      en: 'Only administrators can do this: roles, the schedule and running the weekly sends. Ask an administrator for help or for the admin role. Nothing has been changed.',
    },
    tone: 'attention',
  },
  steeringOnlyInChannel: {
    title: { sv: 'Skriv det i styrgruppens kanal', en: 'Write it in the steering group’s channel' },
    text: {
      sv: 'Styrgruppens kanal väljs i kanalen själv: gå dit och skriv "@Samverkan styrgrupp här".',
      en: 'The steering group’s channel is chosen in the channel itself: go there and write "@Samverkan use this channel".',
    },
  },
  steeringAdminsOnly: {
    title: { sv: 'Bara administratörer kan välja kanal', en: 'Only administrators can choose the channel' },
    text: {
      sv: 'Styrgruppens kanal väljs av en administratör i Samverkan. Be en administratör skriva "@Samverkan styrgrupp här" i kanalen. Inget har ändrats.',
      en: 'The steering group’s channel is chosen by a Samverkan administrator. Ask an administrator to write "@Samverkan use this channel" in the channel. Nothing was changed.',
    },
    tone: 'attention',
  },
  planSteeringOnly: {
    title: { sv: 'Bara för styrgruppen', en: 'For the steering group only' },
    text: {
      sv: 'Bara styrgruppens ledamöter och administratörer kan ändra handlingsplanen och beslutsloggen (en uppgifts handläggare kan ändra dess status och kommentera). Be en administratör om styrgruppsrollen. Inget har sparats.',
      en: 'Only steering-group members and administrators can change the action plan and the decision log (a task’s assignee can change its status and comment). Ask an administrator for the steering role. Nothing has been saved.',
    },
    tone: 'attention',
  },
  rosterOnly: {
    title: { sv: 'Bara för dem som finns i Samverkan', en: 'Only for people in Samverkan' },
    text: {
      sv: 'Lägesrapporter, sammanfattningar, uppgifter och beslut kan läsas av kontaktpersoner, styrgruppen och administratörer. Be en administratör lägga till dig ("hantera roller"). Frågor om samverkansavtalet kan du alltid ställa.',
      en: 'Status reports, summaries, tasks and decisions can be read by district contacts, the steering group and administrators. Ask an administrator to add you ("manage roles"). You can always ask about the cooperation agreement.',
    },
    tone: 'attention',
  },
  anonymousUser: {
    title: { sv: 'Jag vet inte vem du är', en: 'I do not know who you are' },
    text: {
      sv: 'Ditt konto skickades inte med, så jag kan inte kontrollera din roll. Använd Samverkan i Microsoft Teams inloggad med ditt arbetskonto. Inget har sparats.',
      en: 'Your account was not sent along, so I cannot check your role. Use Samverkan in Microsoft Teams signed in with your work account. Nothing has been saved.',
    },
    tone: 'attention',
  },
} as const satisfies Record<string, Notice>;
