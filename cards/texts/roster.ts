import { defineTexts } from './catalogue.ts';

export const ROLE_LABELS = defineTexts({
  contact: { sv: 'Kontaktperson för ett stadsdelsområde', en: 'Contact for a district' },
  steering: { sv: 'Ledamot i styrgruppen', en: 'Steering group member' },
  admin: { sv: 'Administratör', en: 'Administrator' },
  deputy: { sv: 'Ersättare för ett stadsdelsområde (när kontaktpersonerna är borta)', en: 'Deputy for a district (while its contacts are away)' },
});

export const ROSTER_TEXTS = defineTexts({
  title: { sv: 'Roller och kontaktpersoner', en: 'Roles and district contacts' },
  admins: { sv: 'Administratörer', en: 'Administrators' },
  steering: { sv: 'Styrgruppen', en: 'Steering group' },
  contacts: { sv: 'Kontaktpersoner per stadsdelsområde', en: 'Contacts per district' },
  withDeputies: { sv: '{contacts} (ersättare: {deputies})', en: '{contacts} (deputies: {deputies})' },
  nobody: { sv: '–', en: '–' },
  demoNote: { sv: 'Namn märkta * är demodata.', en: 'Names marked * are demo data.' },
  changeHeading: { sv: 'Ändra en roll', en: 'Change a role' },
  role: { sv: 'Roll', en: 'Role' },
  person: { sv: 'Person (har skrivit till Samverkan eller finns i listan)', en: 'Person (has written to Samverkan or is on the roster)' },
  personPlaceholder: { sv: 'Välj person', en: 'Choose a person' },
  personSearch: { sv: 'Person (skriv ett namn: teamets medlemmar söks)', en: 'Person (type a name: the team’s members are searched)' },
  personSearchPlaceholder: { sv: 'Sök person', en: 'Search for a person' },
  orNew: {
    sv: 'Eller någon som inte finns i listan: ange Entra-objekt-id (aadObjectId, finns i Entra ID/Teams admin center) och namn.',
    en: 'Or someone not in the list: give their Entra object id (aadObjectId, see Entra ID/Teams admin center) and name.',
  },
  personId: { sv: 'Entra-objekt-id', en: 'Entra object id' },
  personName: { sv: 'Namn', en: 'Name' },
  district: { sv: 'Stadsdelsområde (för kontaktpersoner och ersättare)', en: 'District (for contacts and deputies)' },
  districtPlaceholder: { sv: 'Välj stadsdelsområde', en: 'Choose a district' },
  add: { sv: 'Lägg till', en: 'Add' },
  remove: { sv: 'Ta bort', en: 'Remove' },
  fixErrors: { sv: 'Rätta det som är markerat och försök igen. Inget har sparats.', en: 'Fix what is marked and try again. Nothing has been saved.' },
  added: { sv: '{name} är nu {role}{district}.', en: '{name} is now {role}{district}.' },
  removed: { sv: '{name} är inte längre {role}{district}.', en: '{name} is no longer {role}{district}.' },
  leftRoster: { sv: '{name} har inga roller kvar och är borttagen ur listan.', en: '{name} has no roles left and was removed from the roster.' },
  alreadyAdded: { sv: '{name} var redan {role}{district}. Inget ändrades.', en: '{name} already was {role}{district}. Nothing changed.' },
  notHeld: { sv: '{name} var inte {role}{district}. Inget ändrades.', en: '{name} was not {role}{district}. Nothing changed.' },
  lastAdmin: {
    sv: '{name} är den enda administratören och kan inte tas bort: då skulle ingen kunna hantera roller. Gör någon annan till administratör först.',
    en: '{name} is the only administrator and cannot be removed: nobody could manage roles then. Make someone else an administrator first.',
  },
  forDistrict: { sv: ' för {district}', en: ' for {district}' },
});

/** Lower-case role names for sentences ("… är nu administratör"). */
export const ROLE_IN_SENTENCE = defineTexts({
  contact: { sv: 'kontaktperson', en: 'a contact' },
  steering: { sv: 'ledamot i styrgruppen', en: 'a steering group member' },
  admin: { sv: 'administratör', en: 'an administrator' },
  deputy: { sv: 'ersättare', en: 'a deputy' },
});

/** Problems with the roster form, shown next to the field. */
export const ROSTER_ERRORS = defineTexts({
  chooseRole: { sv: 'Välj en roll.', en: 'Choose a role.' },
  choosePerson: { sv: 'Välj en person i listan, eller ange id och namn nedan.', en: 'Choose a person in the list, or give an id and name below.' },
  onePerson: { sv: 'Välj antingen en person i listan eller ange id och namn, inte båda.', en: 'Either choose a person in the list or give an id and name, not both.' },
  unknownPerson: { sv: 'Personen finns inte längre i listan. Öppna kortet igen.', en: 'That person is no longer in the list. Open the card again.' },
  badPersonId: {
    sv: 'Ett Entra-objekt-id ser ut så här: 8f0c2a4e-1b2c-4d5e-8f90-1234567890ab.',
    en: 'An Entra object id looks like this: 8f0c2a4e-1b2c-4d5e-8f90-1234567890ab.',
  },
  nameRequired: { sv: 'Ange personens namn.', en: 'Give the person’s name.' },
  badName: { sv: 'Högst 100 tecken, utan radbrytningar.', en: 'At most 100 characters, no line breaks.' },
  chooseDistrict: { sv: 'Välj stadsdelsområdet som kontaktpersonen eller ersättaren ska ha.', en: 'Choose the district of the contact or deputy.' },
  unknownDistrict: { sv: 'Välj ett av stadsdelsområdena i listan.', en: 'Choose one of the districts in the list.' },
  invalid: { sv: 'Ogiltigt värde.', en: 'Invalid value.' },
});
export type RosterErrorKey = keyof typeof ROSTER_ERRORS;

/** How a job reached its recipients (the admin's job report): through their own chat, or the team. */
export const REACH_FACTS = defineTexts({
  direct: { sv: 'Nådda direkt (egen chatt med Samverkan)', en: 'Reached directly (own chat with Samverkan)' },
  viaTeam: { sv: 'Nådda via teamet (chatt öppnad av Samverkan)', en: 'Reached through the team (chat opened by Samverkan)' },
});

/** Why someone could not be reached, one line per person in the job report. */
export const UNREACHABLE_REASON_TEXTS = defineTexts({
  'not-in-team': { sv: 'finns inte i teamet där appen är installerad', en: 'not a member of the team the app is installed in' },
  'no-team': { sv: 'appen är inte installerad i något team', en: 'the app is not installed in any team' },
  'connector-error': { sv: 'Teams svarade med ett fel; försöks igen vid nästa körning', en: 'Teams answered with an error; tried again on the next run' },
  blocked: { sv: 'har blockerat Samverkan eller tagit bort appen', en: 'has blocked Samverkan or removed the app' },
});

export const REACH_TEXTS = defineTexts({
  unreachableHeading: { sv: 'Nås inte:', en: 'Unreachable:' },
  unreachableLine: { sv: '{name} – {reason}', en: '{name}: {reason}' },
  nextStep: {
    sv: 'Lägg till dem i teamet där Samverkan är installerad, eller be dem öppna Samverkan i Teams och skriva "hej".',
    en: 'Add them to the team Samverkan is installed in, or ask them to open Samverkan in Teams and say "hi".',
  },
});

/** The task creator's notice when the assignee could not be reached. */
export const TASK_REACH_TEXTS = defineTexts({
  assignedTitle: { sv: 'Tilldelningen av {id} nådde inte {name}', en: 'The assignment of {id} did not reach {name}' },
  reminderTitle: { sv: 'Påminnelsen om {id} nådde inte {name}', en: 'The reminder about {id} did not reach {name}' },
  text: { sv: 'Uppgift: {title}. Orsak: {reason}.', en: 'Task: {title}. Reason: {reason}.' },
  advice: {
    sv: 'Meddela {name} på annat sätt, lägg till personen i teamet där Samverkan är installerad, eller välj en annan ansvarig.',
    en: 'Tell {name} another way, add them to the team Samverkan is installed in, or choose another assignee.',
  },
  show: { sv: 'Visa uppgiften', en: 'Show the task' },
});
