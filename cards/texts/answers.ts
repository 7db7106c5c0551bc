import { defineTexts } from './catalogue.ts';

/** Every user-visible string of the answer cards, in both languages. */
export const ANSWER_TEXTS = defineTexts({
  focusAreas: { sv: 'Samverkansområden', en: 'Focus areas' },
  from: { sv: 'Ur: {title}', en: 'From: {title}' },
  source: { sv: 'Källa: {document}', en: 'Source: {document}' },
  sources: { sv: 'Källor: {sources}', en: 'Sources: {sources}' },
  citation: { sv: '{document}, avsnitt ”{section}”', en: '{document}, section ”{section}”' },
  agreements: { sv: 'Avtal', en: 'Agreements' },
  validity: { sv: 'Giltighet', en: 'Validity' },
  districts: { sv: 'Stadsdelsområden', en: 'Districts' },
  localPriorities: { sv: 'Lokala prioriteringar', en: 'Local priorities' },
  noPriorities: { sv: 'Underlaget anger inga lokala prioriteringar.', en: 'The data lists no local priorities.' },
  demo: { sv: 'Demodata, inte hämtat ur en riktig lokal överenskommelse.', en: 'Demo data, not taken from a real local agreement.' },
  demoDistricts: { sv: 'Stadsdelarnas uppgifter är demodata.', en: 'The district details are demo data.' },
  owners: { sv: 'Ansvariga', en: 'Responsible' },
  noOwners: {
    sv: 'Underlaget säger inte vem som ansvarar för området. Fråga styrgruppen.',
    en: 'The data does not say who is responsible for this area. Ask the steering group.',
  },
  // Swedish readers need no note that the quote is Swedish.
  quotedInSwedish: { sv: '', en: 'Quoted in Swedish, as the source says it.' },
  passageTitle: { sv: 'Det här står i underlaget', en: 'What the documents say' },
  noAnswerTitle: { sv: 'Jag hittade inget svar', en: 'I found no answer' },
  noAnswerText: {
    sv: 'Jag kan bara svara på frågor om samverkan mellan Stockholms stad och polisen. Prova till exempel:',
    en: 'I can only answer questions about the cooperation between the City of Stockholm and the police. Try for example:',
  },
  notHere: {
    sv: 'Jag kan inte visa lägesrapporter här just nu. Försök igen om en stund.',
    en: 'I cannot show status reports here right now. Please try again in a moment.',
  },
  statusTitle: { sv: 'Läget', en: 'Status' },
  statusWeekTitle: { sv: 'Läget vecka {week}', en: 'Status week {week}' },
  missingTitle: { sv: 'Saknade rapporter', en: 'Missing reports' },
  missingWeekTitle: { sv: 'Saknade rapporter vecka {week}', en: 'Missing reports week {week}' },
  summaryTitle: { sv: 'Veckosammanfattning', en: 'Weekly summary' },
  summaryWeekTitle: { sv: 'Veckosammanfattning vecka {week}', en: 'Weekly summary week {week}' },
  reportTitle: { sv: 'Lägesrapport', en: 'Status report' },
  citationDated: { sv: '{document}, avsnitt ”{section}”, {date}', en: '{document}, section ”{section}”, {date}' },
  documentDated: { sv: '{document}, daterat {date}', en: '{document}, dated {date}' },
  gist: { sv: 'På engelska: {gist}', en: 'In English: {gist}' },
  notStatedTitle: { sv: 'Det står inte i underlaget', en: 'The documents do not say' },
  notStatedAsk: { sv: 'Fråga en samordnare eller styrgruppen.', en: 'Ask a coordinator or the steering group.' },
  notStatedNearest: {
    sv: 'Dokumenten anger inte just det. Närmast kommer det här:',
    en: 'The documents do not give exactly that. The nearest they come is this:',
  },
  notStatedText: {
    sv: 'Dokumenten säger inget om det. Fråga en samordnare eller styrgruppen.',
    en: 'The documents say nothing about that. Ask a coordinator or the steering group.',
  },
  notStatedOwners: {
    sv: 'Underlaget säger inte vem som ansvarar för {name}. Fråga styrgruppen.',
    en: 'The documents do not say who is responsible for {name}. Ask the steering group.',
  },
  partNotStated: { sv: 'Det står inte i underlaget.', en: 'The documents do not say.' },
  curatedTitle: { sv: 'Svar från samordnare {name}', en: 'Answer from coordinator {name}' },
  curatedSaved: { sv: 'Sparat {date}', en: 'Saved {date}' },
  // Shown only when the coordinator wrote in the other language than the reply's.
  curatedOtherLanguage: { sv: 'Samordnaren skrev svaret på engelska.', en: 'The coordinator wrote this answer in Swedish.' },
  focusAreaNamedIn: { sv: 'nämns i {document}', en: 'named in {document}' },
});

/** What a fact answer states, as its heading. */
export const FACT_TEXTS = defineTexts({
  'case-number': { sv: 'Diarienummer', en: 'Case number' },
  'document-kind': { sv: 'Typ av dokument', en: 'Type of document' },
  title: { sv: 'Dokumentets titel', en: 'Title of the document' },
  parties: { sv: 'Parter', en: 'Parties' },
  authors: { sv: 'Står bakom det särskilda uttalandet', en: 'Behind the special statement' },
  author: { sv: 'Står bakom det särskilda uttalandet', en: 'Behind the special statement' },
  issuer: { sv: 'Avsändare av pressmeddelandet', en: 'Sender of the press release' },
  date: { sv: 'Pressmeddelandets datum', en: 'Date of the press release' },
  people: { sv: 'Citeras i pressmeddelandet', en: 'Quoted in the press release' },
  person: { sv: 'Person i pressmeddelandet', en: 'Person in the press release' },
  party: { sv: 'Parti', en: 'Party' },
  contact: { sv: 'Kontakt', en: 'Contact' },
  'first-signed': { sv: 'Första avtalet skrevs under', en: 'First agreement signed' },
  ordinal: { sv: 'Vilket avtal i ordningen', en: 'Which agreement in order' },
});

/** Natural next questions, sent as the user's own message when a suggestion button is pressed. */
export const ASK_TEXTS = defineTexts({
  whatIsIncluded: { sv: 'Vad ingår i samverkansavtalet?', en: 'What does the agreement cover?' },
  validity: { sv: 'Hur länge gäller avtalet?', en: 'How long is the agreement valid?' },
  agreements: { sv: 'Vilka avtal finns?', en: 'Which agreements are there?' },
  districts: { sv: 'Vilka stadsdelar finns?', en: 'Which districts are there?' },
  help: { sv: 'Hjälp', en: 'Help' },
  owners: { sv: 'Vem har ansvar för {name}?', en: 'Who is responsible for {name}?' },
  status: { sv: 'Hur går det med {name}?', en: 'How is {name} going?' },
  districtStatus: { sv: 'Hur är läget i {name}?', en: 'How are things in {name}?' },
  priorities: { sv: 'Lokala prioriteringar i {name}', en: 'Local priorities in {name}' },
  says: { sv: 'Vad står det om {name}?', en: 'What does the agreement say about {name}?' },
  schools: { sv: 'skolorna', en: 'schools' },
  missing: { sv: 'Vilka har inte rapporterat?', en: 'Who has not reported?' },
  caseNumber: { sv: 'Vilket diarienummer har överenskommelsen?', en: 'What is the case number?' },
  pressDate: { sv: 'När kom pressmeddelandet?', en: 'When was the press release?' },
  authors: { sv: 'Vilka står bakom uttalandet?', en: 'Who is behind the statement?' },
  quoted: { sv: 'Vilka citeras i pressmeddelandet?', en: 'Who is quoted in the press release?' },
});

/** Questions the answerer is known to answer (test/cards/answer-card.test.ts checks that), offered when it has no answer. */
export const NO_ANSWER_EXAMPLES = [
  ASK_TEXTS.whatIsIncluded,
  ASK_TEXTS.caseNumber,
  defineTexts({ q: { sv: 'Står det något om skolorna?', en: 'What does the agreement say about schools?' } }).q,
] as const;
