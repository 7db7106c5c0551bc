import { DateTime } from 'luxon';
import type { Agreement, DocumentPerson, Language, Localized } from '../domain/model.ts';
import type { Answer, Citation, FactAnswer, FactTopic, Passage } from './answer.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { foldText } from './normalize-text.ts';

/** The people the documents name, each with the document and section that names them. */
/** A name without its "m.fl." ("and others"): "Elisabeth Johnson m.fl." is remembered as Elisabeth Johnson. */
export function withoutOthers(name: string): string {
  return name.replace(/\s+m\.?\s?fl\.?$/i, '');
}

export interface NamedPerson extends DocumentPerson {
  agreement: Agreement;
  /** Folded name forms a question may use: full name, surname. */
  forms: string[];
  pattern: RegExp;
  author: boolean;
}

export interface FactContext {
  language: Language;
  /** The person the question names or the follow-up refers to. */
  person?: NamedPerson;
  /** The document the question names or the follow-up refers to. */
  agreementId?: string;
  /** The previous answer stated the authors: "vem av dem är från MP?". */
  afterAuthors: boolean;
  /** Quote a section of a document as a passage. */
  quote(agreementId: string, sectionId: string): Passage | undefined;
}

export const FACT_PATTERNS = {
  caseNumber: /\b(nummer|nr|number)\b.*\b(i|in|pa) ks\b|\b(which|what|vilket) ks[- ]?(case|arende)\b|\b(diary (number|no)|registration (number|no)|diarie\w*|dnr|arendenummer|arende|(nr|nummer|number) (pa|on|for|of) arendet|arendets (nr|nummer)|ks\W?(num\w*|nr|arende\w*)|case (number|no|nummer|nr|ref|reference)|reference (number|no)|board case)\b/,
  contact: /\b(pressjour\w*|telefon\w*|hora av (sig|mig|oss)|press ?telefon\w*|phone|ringa|ringer|(who|whom) (do|should|can|could|to) (i |we |you |journalists |reporters |the media )?(call|ring|phone)|call (about|regarding)|numret|numren|press (line|contact|questions|enquiries|inquiries)|pressfrag\w*|mediefrag\w*|media (questions|enquiries|inquiries)|press ?kontakt\w*|mediekontakt\w*|kontakt(?!person)\w*(?! mellan)|contact(?! person| between| with)|nummer|number|vanda sig till|vander sig till|turn to|reach out to|get in touch|hanvisa\w*|refer (journalists|reporters|the media|the press)|pressnummer\w*|press (number|phone)|landsnummer|landskod|country code|international number|pressansvarig\w*|presstjanst\w*|pressavdelning\w*|presschef\w*|press office\w*|hotline|press hotline|press officer|spokes(person|man|woman)|talesperson\w*)\b/,
  when: /\b(nar|datum(et)?|date|when|what time|vilken tid|tid|klockan|klockslag|kl|tidsstampel|time ?stamp|published|publicerades|publicerat|kom|skickades|skikades|sent out)\b/,
  pressRelease: /\bpress ?me+d+e?l+ande\w*|\bpress ?releas\w*|\brelease\b|\bannouncement\w*|\bannounced to the (press|media)\b|\btillkannagivande\w*/,
  statement: /\b(uttalande\w*|statement|statment|stament)\b/,
  issuer: /\b(skickat|skickade|skickat ut|sent|sends|issued|gav ut|avsandare|sender|bakom|behind|av vem|fran vem|by whom|from whom|by who|from who)\b|\b(vem|vilka|who|which|vilken)\b.*\b(majority|majoritet\w*)\b|\b(vem|who)\b.*\b(kom (det|den) (ifran|fran)|is it from|was it from|came from|did it come from|published|publicerade|put (it |this |that )?out|gick ut med|la ut)\b|^\W*(who|vem)\b(?!.*\b(benefit\w*|gain\w*|tjanar|vinner)\b).*\b(from|fran|ifran)\W*$/,
  /** The majority's own name ("vad kallar de sin majoritet?", "vilken färg har styret?"): the press release's sender gives it. */
  majorityName: /\b(vad|what)\b.*\b(kallar|calls?|called|heter)\b.*\b(majoritet\w*|majority|styret)\b|\b(vad|what)\b.*\b(kallar|call|calls)\b.*\b(sig|themselves)\b|\b(vad|what)\b.*\b(majoritet\w*|majority|styret)\b.*\b(kallas|called|heter|named)\b|\b(farg|colou?r)\b.*\b(styret|majoritet\w*|majority)\b|\b(vilken|which) (majoritet\w*|majority)\b/,
  authors: /^\W*(uttalande\w* (fran|av)|av) vilka\W*$|\b(vilka|who) (ar|is|are) (med|involved) (i|in) (det |the )?(sarskilda |special )?(uttalande\w*|statement)\b|\b(make up|makes up|form|forms|bildar|utgor|ingar i)\b.*\b(majority|majoritet\w*)\b|\b(lamnade|lamnat|lamnar) (in )?(ett |det )?(sarskil\w+ )?(uttalande\w*|statement)\b|\b(bakom|skrivit|skrev|undertecknat|undertecknade|undertecknare\w*|signed?|signs?|signd|signers?|undersigned|signat\w*|behind|(?<!report |reporting |reports )back(?!\s+to\b)|(?<!report |reporting |reports )backs|backed|wrote|written|authors?|partier|partiet)\b|\b(represents?|representerar)\b.*\b(parti\w*|party|parties)\b|\b(parti\w*|party|parties)\b.*\b(represents?|representerar)\b/,
  parties: /\bmellan vilka\b|\bmotpart\w*|\bcounterpart\w*|\b(two|tva|both|bada) (parties|parter(na)?)\b|\bparties to (the|this)\b|\bbetween (who|whom)\b|\bis between\b|\bvilka (ar )?parter(na)?\b|\bwho are the parties\b|\bwhich parties\b(?!.*\b(behind|statement|signed|names|wrote|written|support\w*)\b).*\bagreement\b|\bparter(na)? i (avtalet|overenskommelsen)\b/,
  quoted: /\b(citeras|citerade|citerar|quoted|quotes|uttalar sig|kommer till tals|who speaks|rosterna|voices)\b|\b(include|includes|included|har|hade) (a |en )?(quote|citat) from\b/,
  title: /\b(full|official|complete|fullstandiga?) (name|namn|namnet)\b|\bvad heter\b|\bcalled\b|\btit(el|le|eln|les|led)\b|\brubrik\w*\b|\bheadlines?\b|\bheading\b|\bnamnet pa\b|\bfor (ett )?arende\b|\bofficial name\b/,
  /** A person's title or position, not a document's. */
  role: /\b(titel|titeln|title|position|befattning|tjanst|job|jobb|yrke|roll|rollen|role|vad (jobbar|arbetar) (han|hon)|what does (he|she) do)\b/,
  /** Which agreement in order: "är det här det andra avtalet?", "is this the first agreement?", "hur många avtal har det varit?". */
  ordinal: /\b(which|what|vilket) (agreement|avtal) (number|nummer|nr)\b|^\W*(ar|is) (det|this|it|detta) (det )?(the )?(forsta|andra|first|second)( \w+)? (avtal\w*|agreement|overenskommels\w*)\b|\b(i ordningen|in (the )?order|forsta gangen|first time|hur man\w* avtal\w*|how many (agreements|deals)|number of agreements)\b|\b(avtal\w*|agreement|overenskommels\w*|forslag\w*|proposal)\b\W+(ar |is )?(nr|nummer|number|no)\.? ?(1|2|3|ett|tva|tre|one|two|three)\b/,
  ordinalWord: /\b(forsta|andra|tredje|first|second|third|1st|2nd|3rd)\b/,
  thisOne: /\b(detta|det har|den har|det nya|den nya|nya avtalet|this|it|the new|forslaget|proposal)\b/,
  signed: /\b(undertecknades|undertecknas|undertecknat|skrevs|skrivs|tecknades|tecknas|signerades|signeras|signed|signing|sign)\b/,
  dateAsked: /\b(nar|when|datum|date|(vilken|what|which)( exakt| exact)? (dag|day)|vilket ar|what year)\b|\b(press release|pressmeddelande\w*) (time|tid|klockslag|time ?stamp|tidsstampel)\b|\b(time ?stamp|tidsstampel)\b|\b(time|tid|klockslag) (for|pa|of) (the )?(press release|pressmeddelande\w*)\b/,
  kind: /^\W*(vad|what) (ar|is) (det |the )?(uttalande\w*|statement|pressmeddelande\w*|press release)\W*$|\b(vilken (typ|sorts?) av dokument|vad (ar|for) (det )?(for )?(ett )?(slags )?dokument|what (type|kind|sort) of document)\b|\b(vad|vilken)\b.*\b(for (nat |nagot |ett |slags |typ av )?dokument|typ av dokument|sorts dokument|slags dokument)\b|\bwhat (type|kind|sort) of (a )?(document|doc|paper|text)\b|^\W*(typ av|sorts?|slags) (dokument|doc)\W*$|\b(document type|dokumenttyp\w*)\b|\b(vad|vilken)\b.*\b(for (nat |nagot |ett |en )?(slags |typ av |sorts )?skrivelse|slags skrivelse|typ av skrivelse|sorts skrivelse)\b/,
  first: /\b(forsta|first)\b/,
  party: /\b(vilket parti|vilka partier|parti|partier|party|parties|which party|which parties|partibeteckning\w*|partitillhorighet\w*|party affiliation)\b|\b(with|in|from|member of|medlem i|med i) (the )?(greens|moderates|liberals|centre party|center party|centerpartiet|moderaterna|liberalerna|miljopartiet)\b|\b(is|was|ar|e) \p{L}+( \p{L}+)? (a|an|en) (liberal|moderate|green|moderat|liberal|centerpartist|miljopartist|socialdemokrat|social democrat)\b|\b(c|m|l|mp|v|s|sd|kd) (or|eller) (c|m|l|mp|v|s|sd|kd)\b/u,
  whoIs: /\b(vem (ar|var|leder)|vilka (ar|var)|who (is|was|were|leads|heads|runs)|who's|whos|roll|role|in this context)\b/,
};
const P = FACT_PATTERNS;

const PARTIES: Array<{ abbreviation: string; pattern: RegExp }> = [
  { abbreviation: 'C', pattern: /\b(centerns?|centerpartiet\w*|centerpartist\w*|cent(re|er) party)\b|\b(fran|from|for) c\b|\(c\)/ },
  { abbreviation: 'M', pattern: /\b(moderat\w*|moderaterna)\b|\b(fran|from|for) m\b|\(m\)/ },
  { abbreviation: 'L', pattern: /\b(liberal\w*)\b|\b(fran|from|for) l\b|\(l\)/ },
  { abbreviation: 'MP', pattern: /\b(miljopartiet\w*|miljopartist\w*|gron\w* parti\w*|green party|greens|de grona)\b|\b(fran|from|for) mp\b|\(mp\)|\bmp\b/ },
  // Parties not behind the statement: named so that "who signed for them?" is refused, not answered with all four.
  { abbreviation: 'S', pattern: /\b(socialdemokrat\w*|sossarna|social democrats?)\b|\(s\)/ },
  { abbreviation: 'SD', pattern: /\b(sverigedemokrat\w*|sweden democrats?)\b|\(sd\)|\bsd\b/ },
  { abbreviation: 'V', pattern: /\b(vansterpartiet|vansterpartist\w*|left party)\b|\(v\)/ },
  { abbreviation: 'KD', pattern: /\b(kristdemokrat\w*|christian democrats?)\b|\(kd\)|\bkd\b/ },
];

/** Any party's name, for reading "och för Liberalerna?" against "vem skrev under för Miljöpartiet?". */
export const PARTY_NAME = new RegExp(PARTIES.map((party) => party.pattern.source).join('|'), 'g');

/** "ändra" as a verb, folded: "vill man ändra", "ska ändras". */
export const CHANGE_VERB = /\b(vill|ska|skall|kan|behover|behovs|att|man|de|dom|vi) (man |de |dom |vi )?andra(s|r)?\b/;
const CHANGE_VERBS = new RegExp(CHANGE_VERB.source, 'g');

/** Whether the question asks which agreement in order this one is ("is this the first agreement?", "hur många avtal har det varit?"). */
export function asksAgreementOrder(folded: string): boolean {
  // "vad vill man ändra?": "ändra" (change) folds to "andra" (second) and is no ordinal.
  const text = folded.replace(CHANGE_VERBS, ' ');
  return P.ordinal.test(text) || (P.ordinalWord.test(text) && P.thisOne.test(text) && /\b(avtal\w*|agreement|deal|overenskommelse\w*|the new one|this one|det nya|den nya|version)\b/.test(text));
}

/** The people every document names (authors and people quoted), for name matching in questions. */
export function collectPeople(kb: KnowledgeBase): NamedPerson[] {
  const people: NamedPerson[] = [];
  const fullName = (person: DocumentPerson) => foldText(withoutOthers(person.name));
  const everyone = kb.agreements.flatMap((agreement) => [...(agreement.facts?.authors ?? []), ...(agreement.facts?.people ?? [])]);
  const firstNames = everyone.map((person) => fullName(person).split(/\s+/)[0]!);
  const lastNames = everyone.map((person) => fullName(person).split(/\s+/).at(-1)!);
  for (const agreement of kb.agreements) {
    const add = (person: DocumentPerson, author: boolean) => {
      const name = fullName(person);
      const parts = name.split(/\s+/);
      // "and Sara?": a first name no one else in the documents has names the person too.
      const first = parts.length > 1 && firstNames.filter((other) => other === parts[0]).length === 1 ? parts[0]! : '';
      // "Jerlmyr" alone names Anna König Jerlmyr: a last name no one else has.
      const last = parts.length > 2 && lastNames.filter((other) => other === parts.at(-1)).length === 1 ? parts.at(-1)! : '';
      const forms = [name, parts.slice(1).join(' '), first, last].filter((form) => form.length >= 3);
      // "Ulf Johanssons telefonnummer": the genitive names the person too.
      people.push({ ...person, agreement, forms, author, pattern: new RegExp(`\\b(${forms.join('|')})s?\\b`) });
    };
    for (const person of agreement.facts?.authors ?? []) add(person, true);
    for (const person of agreement.facts?.people ?? []) add(person, false);
  }
  return people;
}

export function findPerson(folded: string, people: readonly NamedPerson[]): NamedPerson | undefined {
  return people.find((person) => person.pattern.test(folded));
}

/** "enligt polisen", "the police's view": the police speak in the documents through the regional police chief alone. */
const POLICE_AS_SPEAKER = /\b(enligt|according to) (polisen|the police)\b|\bthe police'?s (view|message|main message|take|position|stance|opinion)\b|\bpolisens (syn|budskap|installning|uppfattning|asikt)\b|\b(vad|hur) (sager|sa|tycker|tyckte|anser|menar) polisen\b|\bwhat (do|does|did) the police (say|think)\b/;

/** The person a role word names: "finansborgarrådet", "the police chief". */
export function findPersonByRole(folded: string, people: readonly NamedPerson[]): NamedPerson | undefined {
  // The press release quotes one politician: the finance commissioner.
  if (/\b(finansborgarrad\w*|finance commissioner|finansborgarr\w*|the politician|politikern|borgarradet)\b/.test(folded)) return people.find((person) => /finansborgarr/.test(foldText(person.role?.sv ?? '')));
  if (/\b(regionpolischef\w*|polischef\w*|police chief|police chef|police boss|regional police|polisbossen|top cop|head of (the )?police|chef for polisen|leder polisen|polisens chef|polisens hogsta chef)\b/.test(folded) || POLICE_AS_SPEAKER.test(folded)) return people.find((person) => /polischef/.test(foldText(person.role?.sv ?? '')));
  return undefined;
}

function citationOf(agreement: Agreement, sectionId?: string): Citation {
  const section = sectionId ? agreement.sections.find((candidate) => candidate.id === sectionId) : undefined;
  return {
    agreementId: agreement.id,
    sectionId: section?.id ?? '',
    document: agreement.document,
    agreementTitle: agreement.title,
    sectionTitle: section?.title ?? agreement.title,
    ...(agreement.date ? { date: agreement.date } : {}),
  };
}

const same = (text: string): Localized => ({ sv: text, en: text });
const personLine = (person: DocumentPerson) => `${person.name}${person.party ? ` (${person.party})` : ''}`;

/**
 * Facts a document states about itself, answered from the data (agreements.json `facts`):
 * case number, kind, title, parties, authors, sender, date, people quoted, contacts. Returns
 * `undefined` when the question does not ask for one, and a refusal when it asks for one the
 * documents do not give (the statement's date, a person's phone number).
 */
export function answerFact(folded: string, kb: KnowledgeBase, people: readonly NamedPerson[], context: FactContext): Answer | undefined {
  const { language } = context;
  const statement = kb.agreements.find((agreement) => agreement.facts?.authors);
  const pressRelease = kb.agreements.find((agreement) => agreement.kind === 'press-release');
  const mentionsPress = P.pressRelease.test(folded);
  const mentionsStatement = P.statement.test(folded);
  const fact = (topic: FactTopic, agreement: Agreement, value: Localized, extra: Partial<FactAnswer> = {}): FactAnswer => ({
    kind: 'fact',
    language,
    fact: topic,
    value,
    citation: citationOf(agreement, extra.evidence?.citation.sectionId),
    ...extra,
  });
  const refuse = (): Answer => ({ kind: 'no-answer', language, reason: 'not-stated' });
  const documentAsked = mentionsPress ? pressRelease : mentionsStatement ? statement : kb.agreements.find((agreement) => agreement.id === context.agreementId);

  // "vad heter ärendet (med nummer KS 2019/656)?", "vad är det för ärende?": the case's title, not its number.
  if (/\b(vad heter|vad ar det for|vad kallas|what is the title of|what(?:'?s| is) the name of)\b.*\b(arende\w*|ks-arende\w*|case)\b|\b(arendet|ks-arendet)\b.*\bheter\b/.test(folded) && statement) return fact('title', statement, { sv: statement.title.sv, en: `${statement.title.en} (${statement.title.sv})` });
  // The city's case number is the only one: the police's own is not given.
  if (P.caseNumber.test(folded) && /\b(polisens|police'?s|polisen sjalv\w*|polismyndighetens|2015|forsta|first|gamla|old|previous|forra)\b/.test(folded)) return refuse();
  // "vilket datum fattades beslut i ärendet?" asks a date of the case, not its number.
  if (P.caseNumber.test(folded) && !(P.dateAsked.test(folded) && !/\b(diarie\w*|dnr|nummer|number|nr)\b/.test(folded)) && !(P.title.test(folded) && !/\b(diarie\w*|dnr|nummer|number|nr)\b/.test(folded)) && statement?.caseNumber) return fact('case-number', statement, same(statement.caseNumber));

  // "its number?" about the statement: its case number, the only number it has.
  if (/^\W*(and |och )?(its|dess|the)?\s*(number|nummer|numret)\W*$/.test(folded) && documentAsked === statement && !mentionsPress && statement?.caseNumber) return fact('case-number', statement, same(statement.caseNumber));
  // "vem kontaktar man om en ungdom vill hoppa av?": the press line is for the press, not for every matter.
  const contactForMatter = /\b(om|about|regarding|angaende|ang|if|ifall|nar|when)\b/.test(folded) && !/\b(press\w*|media\w*|journalist\w*|reporter\w*|pressmeddelande\w*|release|announcement|avtal\w*|agreement|uttalande\w*|statement|samverkan\w*|fragor|questions)\b/.test(folded);
  if (P.contact.test(folded) && contactForMatter && /\b(kontakt\w*|contact|ringer|ringa|call)\b/.test(folded)) return refuse();
  // The press line is a number, not a person: no contact person is named.
  // (A contact person for a matter, "kontaktperson för skolan", is a question of who owns it, answered elsewhere.)
  if (/\b(kontaktperson\w*|contact persons?)\b(?!\s+(for|till|to|on)\b)|\b(pressansvarig\w*|presschef\w*|press officer|spokes(person|man|woman))\b/.test(folded)) return refuse();
  // "vilket nummer i ordningen?": which agreement in order, not a phone number.
  const asksOrder = asksAgreementOrder(folded) && !P.dateAsked.test(folded) && !/\b(vem|vilka|who)\b/.test(folded) && statement?.facts?.ordinal;
  // "hålla kontakten med politiken": keeping in touch, not a contact line.
  const keepsInTouch = /\b(halla|haller|ha|har|keep|keeps|maintain|stay in)\b.{0,12}\b(kontakt(en)?|contact|touch)\b|\bkontakten med\b/.test(folded);
  if (P.contact.test(folded) && !asksOrder && !keepsInTouch && pressRelease?.facts?.contacts?.length) {
    // The only number is the press line; it is nobody's personal number.
    if (findPerson(folded, people) || /\b(hans|hennes|his|her)\b/.test(folded)) return refuse();
    // Nor is it the police's, or a line for tips or emergencies.
    if (/\b(polisens|polisen|polisregion\w*|police'?s?|tips\w*|emergenc\w*|nodnummer|larmnummer|112|11414)\b/.test(folded)) return refuse();
    // No document gives an e-mail address.
    if (/\b(e-?post\w*|mejl\w*|mail\w*|e-?mail\w*)\b/.test(folded)) return refuse();
    const lines = pressRelease.facts.contacts.map((contact) => `${contact.value}${contact.international ? ` / ${contact.international}` : ''}`);
    const labels = pressRelease.facts.contacts.map((contact) => contact.label);
    return fact('contact', pressRelease, { sv: `${labels.map((l) => l.sv).join('; ')}: ${lines.join('; ')}`, en: `${labels.map((l) => l.en).join('; ')}: ${lines.join('; ')}` });
  }

  // "Is this the first agreement?": the documents say the new one is the second, the first signed 2015.
  if (asksOrder) {
    const ordinal = asksOrder;
    const evidence = context.quote(ordinal.source.agreementId, ordinal.source.sectionId);
    return fact('ordinal', statement, ordinal.value, evidence ? { evidence } : {});
  }

  // "när skrevs det första avtalet?", and the claim "the first agreement was signed in 2015".
  if (P.first.test(folded) && /\b(avtal\w*|agreement|skrevs|signed|paskrivet|undertecknades|tecknades)\b/.test(folded) && /\b(nar|when|vilket ar|what year|year|ar|(19|20)\d\d)\b/.test(folded) && statement?.facts?.firstSigned) {
    const source = statement.facts.firstSigned.source;
    const evidence = context.quote(source.agreementId, source.sectionId);
    return fact('first-signed', statement, same(statement.facts.firstSigned.value), evidence ? { evidence } : {});
  }

  // Only the first agreement's year of signing is stated; the new agreement is still being written.
  // ("när skrevs det?" about the press release asks for its date.)
  const aboutPressRelease = mentionsPress || (documentAsked === pressRelease && !mentionsStatement && !/\b(avtal\w*|agreement|overenskommelse\w*)\b/.test(folded));
  if (P.signed.test(folded) && P.dateAsked.test(folded) && !P.first.test(folded) && !/\b(2015)\b/.test(folded) && !aboutPressRelease) return refuse();

  // "när ska det vara klart?", "when will it be ready?": a time to come, not the press release's date.
  const future = /\b(ska|skall|kommer att|will|shall|going to)\b/.test(folded) && !/\b(skickas|publiceras|ga ut|be (sent|published|issued))\b/.test(folded);
  // "until when?", "när slutar det gälla?", "when does that end?": how long something is valid, not when the press release went out.
  const validity = /\b(until|till nar|fram till|galler|galla|gallde|slutar|apply|applies|valid|expire\w*|in force|upphor|end|ends|tar slut)\b/.test(folded);
  // "Was the press release sent out by the police?": who sent it, not when.
  const byWhom = /\b(sent|skickades|skickat|skickade|issued|published|publicerades|utgavs) (out |ut )?(by|av)\b|\b(who|vem|vilka)\b.*\b(sent|skickade|skickat|issued|gav ut)\b/.test(folded);
  if (P.when.test(folded) && !future && !validity && !byWhom && (mentionsPress || documentAsked === pressRelease) && pressRelease?.date && !/\b(avtal\w*|agreement|overenskommelse\w*)\b.*\b(gar ut|galler|upphor|run out|expire|end)\b/.test(folded) && !(!mentionsPress && /\b(gar|loper)\b.*\but\b|\b(upphor|run out|runs out|expire\w*|galler|valid)\b/.test(folded))) {
    const date = DateTime.fromISO(pressRelease.date);
    const time = pressRelease.facts?.time?.match(/\d{1,2}:\d{2}(\s*\w+)?$/)?.[0];
    const value = (locale: string) => `${date.setLocale(locale).toLocaleString(DateTime.DATE_FULL)}${time ? `, ${time}` : ''}`;
    return fact('date', pressRelease, { sv: value('sv'), en: value('en-GB') });
  }
  // The statement gives no date of its own.
  if (P.when.test(folded) && mentionsStatement && !P.first.test(folded) && !/\b(gall|galler|valid|expire|run out)\b/.test(folded)) return refuse();

  const named = context.person;
  // "vilket parti tillhör Sara Grolander och Martin Vallas?": each person named.
  const everyone = people.filter((person, index) => person.pattern.test(folded) && people.findIndex((other) => other.name === person.name) === index);
  if (everyone.length > 1 && P.party.test(folded)) {
    const line = everyone.map((person) => (person.party ? personLine(person) : `${person.name}: –`)).join(', ');
    return fact('party', everyone[0]!.agreement, same(line));
  }
  // "Vilken titel har Ulf Johansson?", "what's his position?": the person's role, or that the documents give none.
  // ("Vilken titel har Anna König Jerlmyr i pressmeddelandet?" names her: her title, not the document's.)
  if (named && P.role.test(folded) && ((!mentionsPress && !mentionsStatement) || named.pattern.test(folded)) && !/\b(dokument\w*|document|avtal\w*|agreement)\b/.test(folded)) {
    if (!named.role) return refuse();
    const role = (l: Language) => [personLine(named), named.role?.[l]].filter(Boolean).join(', ');
    return fact(named.author ? 'author' : 'person', named.agreement, { sv: role('sv'), en: role('en') }, { person: named.name });
  }
  if (named && P.party.test(folded) && !P.authors.test(folded)) {
    // A police chief belongs to no party: say the documents give none rather than print the name alone.
    if (!named.party) return refuse();
    return fact('party', named.agreement, same(personLine(named)), { person: named.name });
  }
  // "vad heter regionpolischefen?" asks for the person's name, not a document's title.
  if (named && /\b(vad heter|heter|hette|what(?:'?s| is) (his|her|the) name|name of)\b/.test(folded) && !mentionsPress && !mentionsStatement) {
    const role = (l: Language) => [personLine(named), named.role?.[l]].filter(Boolean).join(', ');
    return fact(named.author ? 'author' : 'person', named.agreement, { sv: role('sv'), en: role('en') }, { person: named.name });
  }

  const parties = PARTIES.filter((party) => party.pattern.test(folded));
  if (statement?.facts?.authors && parties.length === 1 && (context.afterAuthors || mentionsStatement || P.authors.test(folded) || /\b(vem|who|vilken|which)\b/.test(folded)) && !mentionsPress) {
    const author = statement.facts.authors.find((person) => person.party === parties[0]!.abbreviation);
    if (author) return fact('author', statement, same(personLine(author)), { person: withoutOthers(author.name) });
    if (P.authors.test(folded) || /\b(vem|who)\b/.test(folded)) return refuse();
  }

  if (P.quoted.test(folded) && pressRelease?.facts?.people) {
    const line = (l: Language) => pressRelease.facts!.people!.map((person) => `${personLine(person)}${person.role ? `, ${person.role[l]}` : ''}`).join('; ');
    return fact('people', pressRelease, { sv: line('sv'), en: line('en') });
  }

  // Who wrote or sent the press release: its sender (it names no author of its own).
  if ((P.majorityName.test(folded) || ((P.issuer.test(folded) || (mentionsPress && /\b(skrivit|skrev|skrivet|wrote|written|authored|author)\b/.test(folded))) && (mentionsPress || (documentAsked === pressRelease && !mentionsStatement)))) && pressRelease?.facts) {
    const group = pressRelease.facts.group;
    const issuer = pressRelease.facts.issuer;
    const value = (l: Language) => [issuer, group?.[l]].filter(Boolean).join(' · ');
    return fact('issuer', pressRelease, { sv: value('sv'), en: value('en') });
  }

  if (statement?.facts?.authors && (P.authors.test(folded) || parties.length > 1) && !mentionsPress && !P.parties.test(folded)) {
    // The statement is the parties'; no one signed it for the police or the city's administration.
    if (/\b(polis\w*|police|tjansteman\w*|forvaltning\w*|officials?|administration)\b/.test(folded) && /\b(sida|side|for|fran|from|on behalf)\b/.test(folded)) return refuse();
    // "who else …?" after one author asks for the others.
    const others = /\b(else|others?|andra|fler|ovriga|mer)\b/.test(folded);
    if (named?.author && !others) return fact('author', statement, same(personLine(named)), { person: named.name });
    const line = statement.facts.authors.filter((author) => !(others && named && author.name === named.name)).map(personLine).join(', ');
    return fact('authors', statement, same(line));
  }

  if (P.parties.test(folded)) {
    const agreement = documentAsked?.facts?.parties ? documentAsked : statement;
    const list = agreement?.facts?.parties;
    // Read as a sentence would say it: "Stockholms stad och Polisregion Stockholm".
    const joined = (names: string[], and: string) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`);
    // In English, the parties as the document names them too, so the Swedish wording can be quoted and searched.
    const swedish = joined(list?.map((p) => p.sv) ?? [], 'och');
    // Asked of no document in particular: the press release names the police otherwise ("Polisen i Stockholm"), and says so too.
    const pressList = !documentAsked && pressRelease !== agreement ? pressRelease?.facts?.parties : undefined;
    const pressSwedish = pressList ? joined(pressList.map((p) => p.sv), 'och') : undefined;
    const alsoSv = pressSwedish && pressSwedish !== swedish ? `; i pressmeddelandet: ${pressSwedish}` : '';
    const alsoEn = pressSwedish && pressSwedish !== swedish ? `; in the press release: ${pressSwedish}` : '';
    if (agreement && list) return fact('parties', agreement, { sv: `${swedish}${alsoSv}`, en: `${joined(list.map((p) => p.en.replace(/\s*\([^)]*\)/g, '')), 'and')} (${swedish}${alsoEn})` });
  }

  // "what kind of challenges?" asks the kind of something else, not of the document.
  const kindOfOther = /\b(kind|type|sort|typ) (of|av) (?!(a |an |ett |en )?(document|doc|paper|text|dokument\w*|skrivelse))\w+/.test(folded);
  if (P.kind.test(folded) || (named && /\b(typ|type|kind)\b/.test(folded) && !kindOfOther)) {
    const agreement = named?.agreement ?? documentAsked ?? statement;
    if (agreement?.facts?.documentKind) return fact('document-kind', agreement, agreement.facts.documentKind);
  }

  // "vad heter kontaktpersonen …?" asks for someone's name, which the documents do not give; "vad heter avtalet?" for a title.
  const namedThing = /\bvad heter (\p{L}+)/u.exec(folded)?.[1];
  if (namedThing && !/^(avtal\w*|uttalande\w*|pressmeddelande\w*|dokument\w*|overenskommelse\w*|samverkans\w*|arendet|rubriken|titeln|det|den|detta|denna)$/.test(namedThing)) return refuse();
  // "why is it called an important document?" asks a reason, not the title.
  if (P.title.test(folded) && !/\b(varfor|why)\b/.test(folded)) {
    const agreement = documentAsked ?? statement;
    if (agreement?.facts?.documentTitle) {
      const kind = agreement.facts.documentKind;
      const value = (l: Language) => `${agreement.facts!.documentTitle!}${kind ? ` (${kind[l]})` : ''}`;
      return fact('title', agreement, { sv: value('sv'), en: value('en') });
    }
  }

  if (named && P.whoIs.test(folded)) {
    const role = (l: Language) => [personLine(named), named.role?.[l]].filter(Boolean).join(', ');
    return fact(named.author ? 'author' : 'person', named.agreement, { sv: role('sv'), en: role('en') }, { person: named.name });
  }
  return undefined;
}
