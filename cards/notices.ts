import type { Localized } from '../src/domain/model.ts';

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
} satisfies Record<string, { title: Localized; text: Localized; tone?: 'attention' | 'good' | 'default' }>;
