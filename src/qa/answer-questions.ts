import type { Agreement, FocusArea, Language } from '../domain/model.ts';
import type { WeekKey } from '../domain/iso-week.ts';
import type { AgreementRef, Answer, Citation, FocusAreaRef, Passage } from './answer.ts';
import { CHANGE_VERB, FACT_PATTERNS, PARTY_NAME, answerFact, asksAgreementOrder, collectPeople, findPerson, findPersonByRole, withoutOthers, type NamedPerson } from './answer-facts.ts';
import { createCuratedMatcher } from './match-curated.ts';
import { foldText, splitWords } from './normalize-text.ts';
import { createSpellingCorrector, vocabularyOfPatterns } from './correct-spelling.ts';
import { closest, createSentenceSearch, editDistance, passageOf, type QuestionTerm, type SearchOptions, type SentenceDoc, type SentenceHit } from './search-sentences.ts';
import { splitQuestion } from './split-question.ts';
import { stripPreamble } from './strip-preamble.ts';
import { FOLLOW_UP, POINTS_BACK } from './follow-up-patterns.ts';
import { createFollowUpRules, type FollowUpTurn } from './follow-up-rules.ts';
import { ANSWER_MARKER_OF, FIRST_AGREEMENT, MIN_COVERAGE, MIN_COVERAGE_WITH_UNKNOWN, CURRENT, SAID, VALIDITY, VALIDITY_CLAIM, WHO } from './question-patterns.ts';
import { ASKS_NUMBER, DISTRICTS_THAT, ERRAND, EXACT_DATE_ASK, FINAL_VERSION, FREQUENCY, HYPOTHETICAL, LEAD_ASK, OFTEN_IN_TEXT, OTHER_PARTIES, OTHER_TIME_OF_PERSON, PLACE, PRECISION, QUANTITY, RANKING, TASK_GIVEN, UNQUOTED_BODY, STEERING_GROUP_SEATS, UNSTATED_DETAIL, UNSTATED_INSTANCES, UNSTATED_ORDER, WHICH_ONES } from './refusal-patterns.ts';
import { expandShorthand } from './expand-shorthand.ts';
import { GLOSSARY_WORDS, SWEDISH_SYNONYMS, readEnglishPhrases } from './glossary.ts';
import { isFrameWord } from './question-words.ts';
import { ENGLISH_STOP_WORDS, SWEDISH_STOP_WORDS, isStopWord } from './stop-words.ts';
import { isNearMissWord, namesOtherPlace } from './other-places.ts';
import { buildLanguageVocabulary, detectLanguage, languageOfWords } from './detect-language.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { isTopicFresh, type QaTopic } from '../domain/qa-topic.ts';
import { createNameMatcher, type NameMatch } from './match-names.ts';
import { classifyPlanQuestion } from './classify-plan-question.ts';
import { parseWeek } from './parse-week.ts';
import { CUE_PATTERNS, readCues, type Cues } from './read-cues.ts';
import * as followUpPatterns from './follow-up-patterns.ts';
import * as questionPatterns from './question-patterns.ts';
import * as refusalPatterns from './refusal-patterns.ts';
import { RecentlyUsed } from './recently-used.ts';

export interface AnswerContext {
  /** The language the turn was decided to be in; without it the text (then `locale`) decides. */
  language?: Language;
  /** The client's locale (`en-US`, `sv-SE`); decides the language only when the text does not. */
  locale?: string;
  /** The current time, for relative weeks ("förra veckan"); defaults to now. */
  now?: Date;
  /** What the conversation's last answer was about (stored by the caller for a short while), to read a follow-up against. */
  previous?: QaTopic;
}

export interface QuestionAnswerer {
  answer(text: string, context: AnswerContext): Answer;
  /** The language of a text by its words and the knowledge base's own vocabulary; undefined when they do not tell. */
  languageOf(text: string): Language | undefined;
}

/** Longer messages are not questions; cut them so a pasted document cannot slow every turn down. */
const MAX_QUESTION_LENGTH = 500;

/** A question as read, before it is answered (see `readQuestion`). */
interface QuestionReading {
  text: string;
  language: Language;
  cues: Cues;
  week: WeekKey | undefined;
  district: NameMatch | undefined;
  focusArea: FocusArea | undefined;
}

/** Words the documents' facts answer to, though the documents do not spell them out. */
const FACT_VOCABULARY = 'partibeteckning partibeteckningen partitillhorighet numret pressrelease pressreleasen dnr diarienummer ärendenummer ärende nummer kommunstyrelsen datum tid klockan telefon pressjour pressjournummer skickat parti partier roll titel heter citeras undertecknat skrivit wrote written write authored author authors signatories signatory signers signer sender issued dated mp centern moderaterna liberalerna miljöpartiet rubrik rubriken headline klockslag avsändare skrivelse dokumenttyp ref';

/**
 * Builds the search indexes for one knowledge base once; call again when the data changes.
 * Every answer is taken from the knowledge base; when nothing fits well enough the answer is
 * "no answer", never a guess.
 */
export function createQuestionAnswerer(kb: KnowledgeBase, options: { rememberReadings?: boolean } = {}): QuestionAnswerer {
  // Off only to measure answers worked out from scratch (scripts/measure-answers.ts).
  const remember = options.rememberReadings ?? true;
  const sections = kb.agreements.flatMap((agreement) => agreement.sections);
  const vocabulary = buildLanguageVocabulary({
    sv: [
      ...sections.flatMap((section) => [section.text, section.title.sv]),
      ...kb.focusAreas.flatMap((area) => [area.name.sv, area.summary.sv]),
      ...kb.agreements.flatMap((agreement) => [agreement.title.sv, agreement.validity.sv]),
    ],
    en: [
      ...sections.flatMap((section) => [section.title.en, ...section.keywordsEn]),
      ...kb.focusAreas.flatMap((area) => [area.name.en, area.summary.en]),
      ...kb.agreements.flatMap((agreement) => [agreement.title.en, agreement.validity.en]),
    ],
    names: [
      ...kb.agreements.flatMap((agreement) => [...(agreement.facts?.authors ?? []), ...(agreement.facts?.people ?? [])].map((person) => withoutOthers(person.name))),
      ...kb.districts.flatMap((district) => [district.name, ...district.aliases]),
      'Stockholm Stockholms KS',
    ],
  });
  // The documents' words, the questions they answer and the glossary's words are never typos of a
  // name ("arrangement" is not "arrangemang", "satsa" is not "Sätra").
  const nameMatcher = createNameMatcher(kb, [
    ...sections.flatMap((section) => [section.text, section.title.sv, ...(section.askedAs ?? []).flat()]),
    GLOSSARY_WORDS.join(' '),
    Object.keys(SWEDISH_SYNONYMS).join(' '),
  ]);
  // Classification and the knowledge answer read the same text's names: match it once.
  let lastMatch: { text: string; language: Language; matches: NameMatch[] } | undefined;
  const names = {
    match(text: string, language: Language): NameMatch[] {
      if (lastMatch?.text !== text || lastMatch.language !== language) lastMatch = { text, language, matches: nameMatcher.match(text, language) };
      return lastMatch.matches;
    },
  };
  const people = collectPeople(kb);
  /** Each person's initials, of all names and of the last names ("AKJ", "KJ"), when only one person has them. */
  const nameByInitials = ((): Map<string, string> => {
    const named = new Map<string, Set<string>>();
    for (const person of people) {
      const parts = withoutOthers(person.name).split(/\s+/);
      for (const of of parts.length > 2 ? [parts, parts.slice(1)] : [parts]) {
        const initials = of.map((part) => part[0]!.toUpperCase()).join('');
        named.set(initials, (named.get(initials) ?? new Set()).add(of.join(' ')));
      }
    }
    return new Map([...named].filter(([, names]) => names.size === 1).map(([initials, names]) => [initials, [...names][0]!]));
  })();
  /** Where a question names a person (by name, role or pronoun), for asking it again of another. */
  const personSlot = PERSON_SLOT(people);
  // Names of districts, focus areas and people, and the words of the documents' own facts, are known words too.
  const factWords = kb.agreements.flatMap((agreement) => {
    const facts = agreement.facts;
    return [
      agreement.title.sv,
      agreement.caseNumber ?? '',
      agreement.validity.sv,
      facts?.documentKind?.sv ?? '',
      facts?.documentTitle ?? '',
      facts?.issuer ?? '',
      ...(facts?.contacts ?? []).map((contact) => contact.label.sv),
      ...[...(facts?.authors ?? []), ...(facts?.people ?? [])].flatMap((person) => [person.name, person.role?.sv ?? '']),
    ];
  });
  const nameWords = new Set(
    [
      ...kb.districts.flatMap((district) => [district.name, ...district.aliases]),
      ...kb.focusAreas.flatMap((area) => [area.name.sv, area.name.en, ...area.synonyms]),
      ...people.map((person) => person.name),
      ...kb.agreements.flatMap((agreement) => agreement.sections.flatMap((section) => section.keywordsEn)),
    ].flatMap((name) => splitWords(foldText(name))),
  );
  const sentenceSearch = createSentenceSearch(kb, [...factWords, FACT_VOCABULARY]);
  // People's and districts' names: who or where a question is about, not what it asks.
  const properNameWords = new Set([...people.map((person) => person.name), ...kb.districts.flatMap((district) => [district.name, ...district.aliases])].flatMap((name) => splitWords(foldText(name))));
  /** Each person's names two by two ("elisabeth johnson"), for misspelt full names. */
  const namePairs = people.flatMap((person) => {
    const words = splitWords(foldText(person.name));
    return words.slice(1).map((second, index) => [words[index]!, second] as const);
  });
  const personNameWords = [...new Set(people.flatMap((person) => splitWords(foldText(person.name))))].filter((word) => word.length >= 5);
  const personWords = new Set([...people.flatMap((person) => splitWords(foldText(`${person.name} ${person.role?.sv ?? ''}`))), 'finansborgarradet', 'regionpolischefen', 'finansborgarrad', 'regionpolischef', 'police', 'chief', 'finance', 'commissioner']);
  /** The words that name one person: their name, their role, and the English words for it. */
  function wordsNaming(person: NamedPerson): Set<string> {
    const role = foldText(person.role?.sv ?? '');
    const english = /polischef/.test(role) ? ['police', 'chief', 'regional', 'regionpolischefen', 'polischef', 'polischefen'] : /finansborgarr/.test(role) ? ['finance', 'commissioner', 'finansborgarradet'] : [];
    return new Set([...splitWords(foldText(`${person.name} ${person.role?.sv ?? ''} ${person.role?.en ?? ''}`)), ...english]);
  }
  const matchCurated = createCuratedMatcher(kb.curated ?? []);
  const documentYears = new Set(kb.agreements.flatMap((agreement) => [agreement.date, agreement.caseNumber].flatMap((text) => text?.match(/\b(19|20)\d\d\b/g) ?? [])));
  const focusAreasById = new Map(kb.focusAreas.map((area) => [area.id, area]));
  const districtsById = new Map(kb.districts.map((district) => [district.id, district]));
  // A question read on its own is answered the same way every time (the knowledge base is fixed for
  // this answerer), and every follow-up check starts from that reading: the latest few thousand are kept.
  const aloneAnswers = new RecentlyUsed<Answer>(5_000);
  // The words the reading patterns know and the facts' keywords, so that a misspelt one ("rbriken", "numbr") reads as the word it misspells.
  const correctSpelling = createSpellingCorrector(
    vocabularyOfPatterns(READING_PATTERNS),
    (folded) => isFrameWord(folded) || isStopWord(folded) || sentenceSearch.isCorpusToken(folded) || GLOSSARY_WORDS.includes(folded),
    { questionWords: [...SWEDISH_STOP_WORDS, ...ENGLISH_STOP_WORDS], keywords: FACT_KEYWORDS },
  );
  const answerAlone = (text: string, language: Language): Answer => aloneAnswers.getOrCompute(`${language}:${text}`, () => answerOne(text, language, undefined), remember);
  const cityWide = kb.agreements.find((agreement) => agreement.kind === 'city-wide') ?? kb.agreements[0];
  const predecessor = kb.agreements.find((agreement) => agreement.kind === 'predecessor');
  // Follow-ups that lean on the previous answer, tried in order before a question is read on its own.
  const followUpRules = createFollowUpRules({
    kb,
    people,
    sentenceSearch,
    cityWide,
    quotedBefore,
    passageAnswer,
    wholeSectionAnswer,
    speakerOf,
    whoIs,
    sourceOf,
    nextSectionSentence,
    namedDocument,
    askedOf,
    askedOfDocument,
    focusAreaNamed: (text, language) => pickFocusArea(names.match(text, language), focusAreasById),
    answerAlone,
    answerInContext,
    answerOne,
    resolveAs: (question) => {
      resolvedQuestion = question;
    },
  });

  /**
   * The question as read: written out, in its language, corrected, with its cues, week and the
   * districts and focus areas it names. It depends only on the text, the language asked for and
   * the minute (relative weeks), so the latest few thousand readings are kept.
   */
  const readings = new RecentlyUsed<QuestionReading>(5_000);
  /** The question a fragment was read as in the current turn (the answerer is synchronous: one turn at a time). */
  let resolvedQuestion: string | undefined;
  function readQuestion(rawText: string, context: AnswerContext, now: Date): QuestionReading {
    const key = `${context.language ?? ''}|${context.locale ?? ''}|${Math.floor(now.getTime() / 60_000)}|${rawText}`;
    return readings.getOrCompute(key, () => {
      // Cut at a word boundary: a half word would read as an unknown word.
      const cut = rawText.length > MAX_QUESTION_LENGTH ? rawText.slice(0, MAX_QUESTION_LENGTH).replace(/\s+\S*$/, '') : rawText;
      let text = namesByCaseNumber(expandShorthand(stripPreamble(cut, (aside) => sentenceSearch.readTerms(aside).some((term) => sentenceSearch.isDocumentToken(term.word) && !isNameWord(term.word)))));
      const language = context.language ?? detectLanguage(text, context.locale, vocabulary);
      if (language === 'en') text = readEnglishPhrases(text);
      if (text !== '') text = correctNameWords(correctSpelling(text));
      const matches = text === '' ? [] : names.match(text, language);
      return {
        text,
        language,
        cues: readCues(text),
        week: text === '' ? undefined : parseWeek(text, now),
        district: matches.find((match) => match.kind === 'district' && districtsById.has(match.id)),
        focusArea: pickFocusArea(matches, focusAreasById),
      };
    }, remember);
  }

  /** "KS 2019/656, vad handlar det om?": the statement's case number names the statement, unless the number itself is asked about. */
  const statementCaseNumber = ((caseNumber) => (caseNumber ? new RegExp(`\\b${caseNumber.replace(/[/\\^$.*+?()[\]{}|-]/g, '\\$&').replace(/\s+/g, '\\s?')}\\b`, 'gi') : undefined))(
    kb.agreements.find((agreement) => agreement.facts?.authors && agreement.caseNumber)?.caseNumber,
  );
  function namesByCaseNumber(text: string): string {
    // "vilket datum fattades beslut i ärende KS 2019/656?" asks a date of the case, not its number.
    const namesCase = !ASKS_NUMBER.test(text) || /\b(när|nar|vilket datum|what date|when)\b/i.test(text);
    return statementCaseNumber && namesCase ? text.replace(statementCaseNumber, 'uttalandet') : text;
  }

  function citationOf(agreementId: string, sectionId: string): Citation | undefined {
    const agreement = kb.agreements.find((candidate) => candidate.id === agreementId);
    const section = agreement?.sections.find((candidate) => candidate.id === sectionId);
    if (!agreement || !section) return undefined;
    return { agreementId, sectionId, document: agreement.document, agreementTitle: agreement.title, sectionTitle: section.title, ...optional('date', agreement.date) };
  }

  return {
    languageOf: (text) => languageOfWords(text.slice(0, MAX_QUESTION_LENGTH), vocabulary),
    answer(rawText, context) {
      const now = context.now ?? new Date();
      const { text, language, cues, week, district, focusArea } = readQuestion(rawText, context, now);
      if (text === '') return { kind: 'help', language };

      if (cues.greetingOnly || cues.help) return { kind: 'help', language };
      if (cues.missingReports) return withWeek({ kind: 'missing-reports', language }, week);
      if (cues.reportCommand) return { kind: 'report-command', language, ...(district ? { districtId: district.id } : {}) };
      // "vilka beslut får styrgruppen fatta själv?", "which decisions count as major?": the documents draw no such line, and the decision log does not either.
      if (cues.decisions && /\b(far|fa|may|allowed|count as|counts as|raknas( som)?|sjalv|sjalva|on (its|their) own|utan att)\b/.test(foldText(text))) return { kind: 'no-answer', language, reason: 'not-stated' };
      const folded = foldText(text);
      // "sammanfattning av uttalandet", "summary of Ulf Johansson's quote": the document's or person's words, not this week's summary.
      const summarisesDocuments = !week && (namedDocument(folded) !== undefined || findPerson(folded, people) !== undefined || findPersonByRole(folded, people) !== undefined);
      if (cues.summary && !(cues.agreementWord && !week) && !summarisesDocuments) return withWeek({ kind: 'summary', language }, week);
      // "the action plan the statement mentions": the documents' plan, not the project's task list.
      // "och vid stora beslut?" after a passage asks the documents, not the decision log.
      const followsPassage = context.previous?.kind === 'passage' && isTopicFresh(context.previous, now) && isElliptic(text);
      // "vilka åtgärder föreslås mot skjutningarna?": measures are what the documents propose; the plan's tasks are asked as tasks.
      const measuresOnly = /\batgard\w*/.test(folded) && !/\b(uppgift\w*|arbetsuppgift\w*|tasks?|action items?|to-?dos?|planen|plan)\b/.test(folded);
      const plan = namedDocument(folded) || followsPassage || measuresOnly ? undefined : classifyPlanQuestion(cues, language, { ...(district ? { districtId: district.id } : {}), ...(focusArea ? { focusAreaId: focusArea.id } : {}), ...(week ? { week } : {}) });
      if (plan) return plan;
      // A status word asks what the documents say when the question talks about them, names a person in
      // them ("hur beskriver Anna läget i stan?"), a document or the agreement ("the status of the new agreement").
      const asksDocuments = () =>
        talksAboutDocuments(text) || findPerson(folded, people) !== undefined || findPersonByRole(folded, people) !== undefined || /\bhur ser (de|dom|man|ni|partierna|parterna|uttalandet|they) pa\b/.test(folded) || namedDocument(folded) !== undefined || cues.agreementWord;
      if (isStatusQuestion(cues, week, district) && !(cues.status && !district && !week && asksDocuments())) {
        return withWeek(
          { kind: 'district-status', language, ...(district ? { districtId: district.id } : {}), ...(focusArea ? { focusAreaId: focusArea.id } : {}) },
          week,
        );
      }
      resolvedQuestion = undefined;
      const answer = answerKnowledge(text, language, context.previous, now);
      // A refused follow-up leaves the conversation where it was: "did she say anything about schools?" — no;
      // "and about the agreement?" still asks about her.
      if (answer.kind === 'no-answer' && !answer.focusArea && context.previous && isTopicFresh(context.previous, now)) return { ...answer, topic: context.previous };
      // A fragment read as the previous question re-asked ("och Martin Vallas?") is remembered as that question, so the next fragment swaps again.
      return withTopic(answer, resolvedQuestion ?? text, language, now);
    },
  };

  /** Questions about the documents: curated answers, two-part questions, follow-ups, then one question. */
  function answerKnowledge(text: string, language: Language, previous: QaTopic | undefined, now: Date): Answer {
    const curated = matchCurated(text);
    if (curated) {
      return { kind: 'curated', language, id: curated.id, text: curated.answer, textLanguage: curated.language, by: curated.by.name, savedAt: curated.savedAt, ...optional('source', curated.source) };
    }
    const current = previous && isTopicFresh(previous, now) ? previous : undefined;
    const parts = splitQuestion(text);
    if (parts.length === 2) {
      const first = answerWithContext(parts[0]!, language, current);
      const firstTopic = topicOf(first, parts[0]!, language, now) ?? current;
      // "vad heter handlingsplanen och vem äger den?": a second part about what the first could not answer is not answered either.
      const leansOnRefused = first.kind === 'no-answer' && POINTS_BACK.test(foldText(parts[1]!).replace(/^\W*(och|and)\b/, ''));
      const second = leansOnRefused ? first : answerWithContext(parts[1]!, language, firstTopic);
      if (first.kind === 'no-answer' && second.kind === 'no-answer') return first;
      return { kind: 'two-part', language, parts: [{ question: parts[0]!, answer: first }, { question: parts[1]!, answer: second }] };
    }
    return goingOn(answerWithContext(text, language, current), current, language);
  }

  /**
   * A follow-up answered by the very sentence just quoted moves the conversation on: the quote runs
   * on into the sentences after it ("so what are they doing about it?" after the challenges).
   */
  function goingOn(answer: Answer, previous: QaTopic | undefined, language: Language): Answer {
    if (answer.kind !== 'passage' || answer.passages.length !== 1 || !previous?.sectionId || previous.sentence === undefined) return answer;
    const { citation, sentence } = answer.passages[0]!;
    if (citation.agreementId !== previous.agreementId || citation.sectionId !== previous.sectionId || sentence !== previous.sentence) return answer;
    const hit = sentenceSearch.sentencesOf(citation.agreementId, citation.sectionId)[sentence]!;
    return { ...answer, passages: [withSpeaker(passageOf(sentenceSearch, hit, language, true))] };
  }

  /**
   * One question, its quoted answer checked against what it asks for: someone given a task ("vem
   * förhandlar det?"), how often ("hur ofta?"), a day or a year ("vilket datum?"). A passage that does
   * not give it is no answer: the documents do not say.
   */
  function answerWithContext(text: string, language: Language, previous: QaTopic | undefined): Answer {
    const folded = foldText(text);
    const notStated: Answer = { kind: 'no-answer', language, reason: 'not-stated' };
    // "hur ofta?" alone asks about the passage just quoted.
    if (previous?.sectionId && FREQUENCY.test(folded) && sentenceSearch.readTerms(text).every((term) => /^(ofta|often|frequently|ganger|times)$/.test(term.word))) {
      const quoted = quotedBefore(previous);
      if (!quoted) return notStated;
      const passage = passageAnswer([quoted], language);
      return OFTEN_IN_TEXT.test(quoted.folded) ? passage : { ...notStated, ...(passage.kind === 'passage' ? optional('nearest', passage.passages[0]) : {}) };
    }
    const answer = answerInContext(text, language, previous);
    if (answer.kind === 'no-answer' && !answer.reason && previous) {
      const again = leansOnQuoted(text, previous);
      if (again) return passageAnswer([again], language);
    }
    if (answer.kind !== 'passage') return answer;
    const quoted = foldText(answer.passages.map((passage) => passage.quote).join(' '));
    // The passage is shown as the nearest the documents come: the reader sees what they do say.
    const nearest: Answer = { ...notStated, ...optional('nearest', answer.passages[0]) };
    if (LEAD_ASK.test(folded) && !TASK_GIVEN.test(quoted)) return nearest;
    // How often is answered by a period ("varje vecka"). How often to report back is answered by
    // "regelbundet återrapporterar", unless a period is what is asked ("varje kvartal?").
    const reportsRegularly = /\b(\w*rapport\w*|report\w*)\b/.test(folded) && !/\b(varje|every|each|per|gang|times|manad\w*|month\w*|kvartal\w*|quarter\w*|vecka|veckan|week\w*|ar|year\w*|typ)\b/.test(folded) && /\bregelbundet\b/.test(quoted);
    if (FREQUENCY.test(folded) && !OFTEN_IN_TEXT.test(quoted) && !reportsRegularly) return nearest;
    const exact = EXACT_DATE_ASK.exec(folded)?.[2];
    if (!exact) return answer;
    const dated = (passageText: string) => (/^(ar|year)$/.test(exact) ? /\b(19|20)\d\d\b/.test(passageText) : /\b\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b|\b\d{4}-\d\d-\d\d\b/.test(passageText));
    if (dated(quoted)) return answer;
    // "vilket år?" alone after a passage: the year its neighbour gives ("… 2015 var det första avtalet påskrivet").
    const first = answer.passages[0]!;
    const bare = sentenceSearch.readTerms(text).every((term) => /^(ar|year|datum|date|dag|day)$/.test(term.word));
    const neighbour = bare && previous && first.sentence !== undefined ? [first.sentence - 1, first.sentence + 1].map((at) => sentenceSearch.sentencesOf(first.citation.agreementId, first.citation.sectionId)[at]).find((sentence) => sentence && dated(sentence.folded)) : undefined;
    return neighbour ? passageAnswer([neighbour], language) : nearest;
  }

  /** One question; a follow-up is read against the previous answer's topic when it cannot stand alone. */
  function answerInContext(text: string, language: Language, previous: QaTopic | undefined): Answer {
    const folded = foldText(text);
    // A trailing "då", "then" asks nothing of its own: the rules read "och han då?", "källa då?" as "och han?", "källa?".
    const turn: FollowUpTurn = { text, folded: folded.replace(TRAILING_THEN, ''), language, previous };
    for (const rule of followUpRules) {
      const answer = rule(turn);
      if (answer) return answer;
    }
    const alone = answerAlone(text, language);
    if (!previous) return alone;
    // "vad står det i Rinkebys?" after the local agreements: a district's own agreement is not among the documents.
    // Nor, asked after the documents, what a district prioritises ("vad har Skärholmen prioriterat?"): the documents name no district's priorities.
    const districtPriorities = previous.agreementId !== undefined && /\b(priorit\w*|prio|overensk\w*|agreements?|one say)\b/.test(folded);
    if (alone.kind === 'district' && (districtPriorities || LOCAL_AGREEMENT.test(foldText(expandShorthand(previous.question))) || /\bsamverkansoverenskommelser\b/.test(quotedBefore(previous)?.folded ?? ''))) return { kind: 'no-answer', language, reason: 'not-stated' };
    // "and what's a prerequisite for the cooperation to work?": a continuation that names its own
    // subject (three content words, no pronoun pointing back) stands alone when it can be answered alone.
    const rest = folded.replace(/^\W*(och|men|samt|and|but|so)\b/, '');
    if (alone.kind !== 'no-answer' && rest !== folded && !POINTS_BACK.test(rest) && sentenceSearch.readTerms(rest).filter((term) => !properNameWords.has(term.word)).length >= 3) return alone;
    // "och datum på pressmeddelandet?": a fact asked in words of its own, not a name swapped into the previous question.
    if (alone.kind === 'fact' && !POINTS_BACK.test(rest) && splitWords(rest).filter((word) => !isStopWord(word) && !isNameWord(word)).length >= 2) return alone;
    // "och det nya?", "and the press release?": the previous question asked again about another document or version.
    // "och han?": the previous question asked of the one person the pronoun can mean.
    const bare = text.replace(TRAILING_THEN, '');
    const combined = fragmentInContext(bare, previous.question, people, personSlot) ?? pronounFragment(bare, previous);
    if (combined) {
      // A question swapped to another person is that person's question, not a follow-up on the passage just quoted.
      const swappedPerson = findPerson(foldText(combined), people);
      const resolved = answerOne(combined, language, previous, !(swappedPerson && previous.person && swappedPerson.name !== previous.person), true);
      // "not stated" is the answer too ("och han?", "and Ulf Johansson?" — the police chief belongs to no party).
      if (resolved.kind !== 'no-answer' || resolved.reason === 'not-stated') {
        resolvedQuestion = combined;
        return resolved;
      }
    }
    // An elliptic question ("which party?", "och varför?") cannot stand alone: read it in context first.
    if (isElliptic(text) || PERSON_PRONOUN.test(folded)) {
      const resolved = answerOne(text, language, previous, true);
      if (resolved.kind === 'no-answer' && resolved.reason === 'not-stated') return resolved;
      // Both refused: the one read in context says what the documents do not state, which helps more.
      if (resolved.kind !== 'no-answer' || alone.kind === 'no-answer') return resolved.kind === 'no-answer' && alone.kind === 'no-answer' && resolved.reason !== 'not-stated' ? alone : resolved;
    }
    if (alone.kind === 'fact') return alone;
    const refersBack = FOLLOW_UP.test(folded);
    if (alone.kind === 'no-answer' && alone.reason === 'not-stated') return alone;
    if (alone.kind !== 'no-answer' && !refersBack) return alone;
    if (alone.kind === 'no-answer' && hasUnknownWords(text)) return alone;
    const resolved = answerOne(text, language, previous);
    return resolved.kind === 'no-answer' ? alone : resolved;
  }

  /**
   * "Tar samarbetet hänsyn till att läget skiljer sig mellan olika delar av stan?": a status word
   * inside a question with three or more other words the documents know asks what they say, not
   * for this week's reports.
   */
  function talksAboutDocuments(text: string): boolean {
    const content = sentenceSearch.readTerms(text).filter((term) => term.known && !isNameWord(term.word) && !STATUS_WORDS.test(term.word));
    return content.length >= 3;
  }

  /** "vilka stadsdelar finns?" asks for the list; "vilka stadsdelar har sådana just nu?" asks what the documents never say of one district. */
  function asksMoreThanDistricts(text: string): boolean {
    if (/\b(har|have|has|fatt|got) (en|ett|one|sadana|such|them|dem|nagon|nagra|any)\W*$/.test(foldText(text))) return true;
    return sentenceSearch.readTerms(text).some((term) => !/^(stadsdel\w*|district\w*|finns|ingar|omfattas|stockholm\w*|staden|stad|city|alla|all|lista|list|visa|show|namn\w*|names?|heter)$/.test(term.word));
  }

  function hasUnknownWords(text: string): boolean {
    return sentenceSearch.readTerms(text).some((term) => !term.known && !isNameWord(term.word));
  }

  /**
   * Whether the knowledge base covers what the question is about. A content word it does not
   * know (after stemming, compounds, typos and the glossary) that names a topic of its own — a
   * proper noun ("Malmö"), a number or year, a long compound noun ("narkotikahandel"), a relation
   * in time or a demand for precision ("before", "exakt") — means the question is about something
   * else: refuse. One other unknown word (a paraphrase's verb or adjective) is tolerated when at
   * least two thirds of the content words other than names, and two or more, are covered; the chosen passage must
   * then cover the known words more fully (`MIN_COVERAGE_WITH_UNKNOWN`).
   */
  function judgeCoverage(text: string, terms: readonly QuestionTerm[], matchedNameWords: ReadonlySet<string>): { refuse: boolean; hard: boolean; unknown: QuestionTerm[]; examples: QuestionTerm[] } {
    // Examples a question gives ("stora evenemang, typ Pride eller Marathon") name instances of what it asks about, not topics of their own.
    // Asked which ones ("vilka bolag, typ Stokab?") or whether one of them ("gäller det Pride?"), the examples are what is asked.
    const folded = foldText(text);
    const examples = /\b(vilka|vilken|vilket|which)\b/.test(folded) ? new Set<string>() : new Set(splitWords(/\b(?:typ(?! av\b)|like|such as|till exempel|exempelvis|for example|for instance|e g|t ex|bland annat|including|inklusive)\b([^.?!:;]*)/.exec(folded)?.[1] ?? ''));
    // A question of examples alone ("typ Pride eller Vasaloppet?") asks about them.
    if (terms.every((term) => examples.has(term.word) || isNameWord(term.word))) examples.clear();
    // A guess offered at the end ("…, en reservation eller?") is no topic of its own either.
    for (const word of splitWords(/,\s*(?:en |ett |a |an )?([\p{L} ]{2,30}?)\s+(?:eller|or)\W*$/u.exec(folded)?.[1] ?? '')) examples.add(word);
    const unknown = terms.filter((term) => !term.known && !isNameWord(term.word) && !matchedNameWords.has(term.word) && !examples.has(term.word));
    // Examples the documents do not know ("Pride", "Marathon") are neither searched for nor held against the question.
    const unknownExamples = terms.filter((term) => !term.known && examples.has(term.word));
    if (unknown.length === 0) return { refuse: false, hard: false, unknown, examples: unknownExamples };
    const capitalised = properNounsOf(text);
    // "before" relates to a time of its own when it is about a person or a year ("who was … before Anna König Jerlmyr?"),
    // not when it places what the documents prescribe ("before major decisions").
    const relatesTime = WHO.test(folded) || /\b(19|20)\d\d\b/.test(folded) || findPerson(folded, people) !== undefined || findPersonByRole(folded, people) !== undefined;
    const hard = unknown.some((term) => /\d/.test(term.word) || capitalised.has(term.word) || term.word.length >= 11 || (TOPIC_RELATION.test(term.word) && relatesTime));
    // Names say whom or what the question is about, not what it asks: they do not count as covering it.
    const named = terms.filter((term) => properNameWords.has(term.word)).length;
    const known = terms.length - unknown.length - named;
    const refuse = hard || unknown.length > 1 || known < 2 || known / (terms.length - named) < 2 / 3;
    return { refuse, hard, unknown, examples: unknownExamples };
  }

  /**
   * A misspelt name ("ulf johanson", "König Jerlmir") is written as the name it misspells, when it is no
   * word the documents know; of two names equally near, the one whose other name the question holds.
   */
  function correctNameWords(text: string): string {
    const corrected = correctNamePairs(expandInitials(text));
    const words = new Set(splitWords(foldText(corrected)));
    return corrected.replace(/\p{L}{5,}/gu, (word) => {
      const own = foldText(word);
      if (personNameWords.includes(own) || isStopWord(own) || sentenceSearch.isCorpusToken(own) || GLOSSARY_WORDS.includes(own)) return word;
      // "Wallas" is "Vallas": w and v sound alike in Swedish.
      const withV = own.replace(/w/g, 'v');
      if (withV !== own && personNameWords.includes(withV)) return withV;
      const near = personNameWords.filter((name) => closest(own, [name]) !== undefined);
      // Of two names equally near ("johanson": Johansson, Johnson), the one whose neighbouring name the question holds.
      const chosen = near.length === 1 ? near : near.filter((name) => namePairs.some(([first, second]) => (name === first && words.has(second)) || (name === second && words.has(first))));
      return chosen.length === 1 ? chosen[0]! : word;
    });
  }

  /**
   * A person's initials, unique, are the person's name: all of them ("AKJ", "UJ") or those of the
   * last names ("Anna KJ", "KJ"). Two letters that are an abbreviation of their own ("MP", "KS") stay.
   */
  function expandInitials(text: string): string {
    // Lower case only from three letters ("akj"): two ("ej", "mp") are words of their own.
    return text.replace(/\b(\p{Lu}{2,4}|\p{Ll}{3,4})\b/gu, (written) => {
      const word = written.toUpperCase();
      if (written !== word && (isStopWord(written) || sentenceSearch.isCorpusToken(foldText(written)) || isFrameWord(foldText(written)))) return written;
      if (word.length === 2 && TWO_LETTER_ABBREVIATIONS.has(word)) return written;
      return nameByInitials.get(word) ?? written;
    });
  }

  /** Two words next to each other near two of a person's names ("Elisabet Jonsson", "Ana Konig"): that name. */
  function correctNamePairs(text: string): string {
    const words = [...text.matchAll(/\p{L}+/gu)];
    let corrected = '';
    let at = 0;
    for (let i = 0; i + 1 < words.length; i += 1) {
      const [a, b] = [words[i]!, words[i + 1]!];
      if (a[0].length < 3 || b[0].length < 4 || !/^\s+$/.test(text.slice(a.index + a[0].length, b.index))) continue;
      const [fa, fb] = [foldText(a[0]), foldText(b[0])];
      const pair = namePairs.find(([first, second]) => !(fa === first && fb === second) && fa[0] === first[0] && fb[0] === second[0] && editDistance(fa, first, 1) <= 1 && editDistance(fb, second, 2) <= 2);
      if (!pair) continue;
      corrected += `${text.slice(at, a.index)}${pair[0]} ${pair[1]}`;
      at = b.index + b[0].length;
      i += 1;
    }
    return corrected + text.slice(at);
  }

  /** A year the question names that no document is dated in or numbered by. */
  function mentionsOtherYear(folded: string): boolean {
    return (folded.match(/\b(19|20)\d\d\b/g) ?? []).some((year) => !documentYears.has(year));
  }

  function isNameWord(word: string): boolean {
    return nameWords.has(word);
  }

  /**
   * A question is elliptic when it names nothing of its own (no person, district, focus area or
   * document) and has at most two content words, or opens like a continuation ("och …", "and …").
   */
  function isElliptic(text: string): boolean {
    const folded = foldText(text);
    if (/^(och|men|samt|and|but|so|what about|how about)\b/.test(folded) || /\b(da|then)\W*$/.test(folded)) return true;
    if (findPerson(folded, people) || findPersonByRole(folded, people)) return false;
    if (names.match(text, 'sv').length > 0 || readCues(text).agreementWord || /\b(uttalande\w*|pressmeddelande\w*|statement|press release)\b/.test(folded)) return false;
    return sentenceSearch.readTerms(text).length <= 2;
  }

  /** `elliptic`: read in the previous turn's context; `rebuilt`: the previous question re-asked for a fragment ("and the police chief?"). */
  function answerOne(text: string, language: Language, previous: QaTopic | undefined, elliptic = false, rebuilt = false): Answer {
    const folded = foldText(text);
    const cues = readCues(text);
    const refuse = (reason?: 'not-stated'): Answer => ({ kind: 'no-answer', language, ...(reason ? { reason } : {}) });
    // "skriv ett mejl till polisen åt mig": a task for an assistant of another kind, not a question about the documents.
    if (ERRAND.test(folded)) return refuse();
    // "vad handlar det här om?", "what's this about?" with nothing before: the documents, listed.
    if (!previous && /^\W*(ok,? |hej,? |hi,? )?(vad handlar (det har|det|detta|allt det har|allt detta) om|vad ar (det har|detta)( for nagot| for nat)?|what(?:'?s| is) (this|it) (all )?about|what(?:'?s| is) this)\W*$/.test(folded)) return { kind: 'agreements', language, agreements: kb.agreements.map(agreementRef) };
    // "vad händer nu med avtalet?", "has the new agreement been signed yet?": where the work on it stands.
    if (AGREEMENT_PROGRESS.test(folded) && (cues.agreementWord || namedDocument(folded) || /\b(it|det|den|they|de|dom)\b/.test(folded) || !previous || readCues(previous.question).agreementWord)) {
      const progress = sentenceSearch.search(sentenceSearch.readTerms('arbetet formalisera innehållet fortsätter nu'))[0];
      if (progress) return passageAnswer([progress.sentence], language);
    }
    // "tycker de att förslaget är bättre än det gamla?", "is it an improvement?": how the statement judges the proposal.
    if (PROPOSAL_VERDICT.test(folded) && !OTHER_PARTIES.test(folded) && !UNQUOTED_BODY.test(folded) && !findPerson(folded, people) && !findPersonByRole(folded, people) && (/\b(forslag\w*|proposal|utkast\w*|draft|nya (avtal\w*|overenskommels\w*)|new (agreement|deal|one))\b/.test(folded) || (previous && /\b(forslag\w*|proposal|avtal\w*|agreement)\b/.test(foldText(previous.question))))) {
      const verdict = sentenceSearch.search(sentenceSearch.readTerms('förslaget visar på en bra utveckling'))[0];
      if (verdict) return passageAnswer([verdict.sentence], language);
    }
    // The documents hold no counts, costs or places: such questions are refused whatever they name.
    if ((QUANTITY.test(folded) && !asksAgreementOrder(folded) && !COUNTS_SIGNATORIES.test(folded)) || PLACE.test(folded)) return refuse('not-stated');
    // "is he a commissioner?", "är hon borgarråd?" of a signatory: the statement gives them no role.
    const roleOf = findPerson(folded, people) ?? (PERSON_PRONOUN.test(folded) ? pronounedPerson(folded, previous) ?? (previous ? speakerOf(previous) : undefined) : undefined);
    if (roleOf?.author && !roleOf.role && /\b(borgarrad\w*|commissioner|ordforande|chair\w*|gruppledare|group leader|uppdrag|minister|mayor|councillor|ledamot|member of)\b/.test(folded)) return refuse('not-stated');
    // "vad har han för telefonnr?": no one in the documents has a number of their own; the press line is the party's.
    const numberOf = roleOf ?? findPersonByRole(folded, people);
    if (numberOf && /\b(telefon\w*|phone|nummer|number|nr|mobil\w*|mobile)\b/.test(folded) && (PERSON_PRONOUN.test(folded) || /\b\p{L}+s (telefon\w*|nummer|number|mobil\w*)\b|\bhar \p{L}+( \p{L}+)? for (telefon\w*|nummer|mobil\w*)\b/u.test(folded))) return refuse('not-stated');
    // "when was it adopted?", "när antogs det?": no decision on the agreement is dated.
    if (WHEN.test(folded) && /\b(adopted|approved|passed|ratified|antogs|antagits|antaget|godkandes|godkants|klubbades|klubbats|beslutades)\b/.test(folded) && !FIRST_AGREEMENT.test(folded)) return refuse('not-stated');
    // "när tar ks beslut i ärendet?": the board's decision is not dated in the documents.
    if (/\b(nar|when|vilket datum|what date|which day|what day)\b.*\b(beslut\w*|besluta\w*|decide\w*|decision|klubba\w*|vote[sd]?|voting|rostar|rosta)\b/.test(folded) && /\b(ks|kommunstyrelsen|arendet|the board|executive board|city council|kommunfullmaktige|fullmaktige|politikerna|politicians)\b/.test(folded)) return refuse('not-stated');
    // "what did Johan Kling say in the press release?": a person is quoted in one document only.
    const saidBy = findPerson(folded, people);
    const inDocument = namedDocument(folded);
    if (saidBy && inDocument && saidBy.agreement.id !== inDocument && SAID.test(folded) && !people.some((person) => person.name === saidBy.name && person.agreement.id === inDocument)) return refuse('not-stated');
    // "vilket datum undertecknas det?", "expected signing date?": a signing or start to come is not dated.
    if (/\b(vilket datum|which date|what date|exact date|exakt datum|datum|date)\b.*\b(undertecknas|signeras|tecknas|skrivs under|skrivs pa|signed|takes effect|trader i kraft|borjar galla)\b|\b(signing|effective|start) date\b/.test(folded) && !FIRST_AGREEMENT.test(folded)) return refuse('not-stated');
    // "when will it actually be signed?": a signing to come, which the documents do not date.
    if (/\b(will|ska|skall|kommer)\b.*\b(signed|sign|undertecknas|skrivas under|tecknas|signeras)\b|\b(nar|when)\b.*\b(signing|undertecknandet|signeringen|paskrivningen)\b/.test(folded)) return refuse('not-stated');
    // "hur gammal är han?": the documents give no one's age.
    if (/\b(hur gammal|how old)\b/.test(folded)) return refuse('not-stated');
    // "när ska den vara klar?", "när börjar det gälla?", "sen när?": times to come or since, which the documents never give.
    if (/\b(nar|when)\b.*\b(klar|klart|fardig\w*|done|ready|finished|completed?|borjar|startar|begins?|starts?|trader i kraft|takes? effect|comes? into force)\b|^\W*(och |and )?(sen|sedan) nar\W*$|^\W*(and )?since when\W*$/.test(folded) && !FIRST_AGREEMENT.test(folded) && !/\b(borjar|startar|begins?|starts?)\b.*\b(arbetet|work|jobbet)\b|\b(arbetet|work|jobbet)\b.*\b(borjar|startar|begins?|starts?)\b/.test(folded)) return refuse('not-stated');
    // "lista dem", "name them all": the documents list no units or organisations by name (the focus areas aside).
    if (/\b(lista|list|namnge|name|namn) (dem|them|alla|all|those)\b/.test(folded) && !/\b(omraden\w*|areas?|fokus\w*)\b/.test(folded)) return refuse('not-stated');
    // "vilka andra kommuner …?": the agreement is Stockholm's alone.
    if (/\b(andra|other|ovriga) (\p{L}+ )?(kommuner\w*|kommuer\w*|municipalities|cities|stader\w*|regioner\w*|regions|lan|counties|polisregioner\w*)\b/u.test(folded)) return refuse();
    // "what was actually in the 2015 agreement?", "vad hette det första avtalet?": only its year is given.
    if ((FIRST_AGREEMENT.test(folded) || /\b2015( ars)? (avtal\w*|agreement|deal)\b|\bthe 2015 (agreement|deal)\b/.test(folded)) && /\b(stod|innehall\w*|innehol\w*|contain\w*|contents?|hette|heter|called|named?|titel\w*|title|was (\w+ )?in|i sak)\b/.test(folded)) return refuse('not-stated');
    // "On what exact day in 2015 was the first agreement signed?": only its year is given.
    if (FIRST_AGREEMENT.test(folded) && /\b(datum|dag|date|day|manad|month)\b/.test(folded)) return refuse('not-stated');
    // "vilka mer står bakom m.fl.?": the documents name no one behind "m.fl.".
    if (/\bm\.?\s?fl\b|\b(med flera|and others)\b/.test(folded) && /\b(vilka|vem|who|which)\b/.test(folded)) return refuse('not-stated');
    // "vilka andra moderater skrev under?", "who else from M signed?": the statement names one person per party.
    if (/\b(vilka|vem|who|which)\b/.test(folded) && /\b(andra|fler|ovriga|other|others|else|more)\b/.test(folded) && /\b(moderat\w*|centerpartist\w*|liberal\w*|miljopartist\w*|(fran|from|for) (m|c|l|mp)|(m|c|l|mp)-?(politiker\w*|ledamot\w*|members?|politicians?))\b/.test(folded)) return refuse('not-stated');
    // "när går mandatperioden ut?": the documents say the new agreement runs for the rest of it, never when it ends.
    if (/\bmandatperiod\w*\b/.test(folded) && /\b(nar|when|vilket ar|which year|what year)\b/.test(folded) && (!/\b(avtal\w*|agreement|overenskommelse\w*|galler|galla|apply|valid)\b/.test(folded) || /\b(slutar|tar slut|gar ut|upphor|ends?|is over) (mandatperiod\w*|the mandate period)|\bmandatperiod\w* (slutar|tar slut|slut|gar ut|upphor|ends?)\b/.test(folded))) return refuse('not-stated');
    // "när omorganiserades polisen?", "när skrivs det på?": no date is given for the reorganisation or for a signing to come.
    if (/\b(nar|when|vilket ar|what year)\b.*\b(omorganiser\w*|reorgani[sz]\w*)\b|\b(nar|when)\b.*\b(skrivs|undertecknas|signeras|tecknas)\b/.test(folded) && !FIRST_AGREEMENT.test(folded)) return refuse('not-stated');
    // "before 2015": the documents say nothing of what came before the first agreement.
    if (/\b(before|innan|fore|prior to|earlier than) (2015|the first agreement|det forsta avtalet)\b/.test(folded)) return refuse('not-stated');
    // "hur lång tid har man på sig?": no deadline is given.
    if (/\bhur lang tid har (man|de|dom|vi|ni|styrgruppen|parterna) pa sig\b|\bhow (long|much time) do (they|we|you|the parties) have\b|\b(tidsfrist|tidsram|time ?frame|timeline)\b/.test(folded)) return refuse('not-stated');
    // "has gun violence dropped since?": no document reports an outcome.
    if (/^\W*(och |and |so )?(har|has|have) (den|det|de|dom|it|they|crime|brottsligheten|otryggheten)? ?(okat|minskat|sjunkit|stigit|increased|decreased|dropped|risen|gone (up|down))( nagot| at all| alls)?\W*$/.test(folded)) return refuse('not-stated');
    if (/\b(has|have|did|har|hade)\b.*\b(dropped|fallen|decreased|declined|increased|risen|gone (up|down)|improved|worked|minskat|okat|sjunkit|stigit|gatt (ner|upp)|forbattrats|blivit battre|fungerat)\b/.test(folded) && /\b(since|sedan|sen|efter|after|yet|an|annu)\b/.test(folded)) return refuse('not-stated');
    // "vad hände efter 2019?": the documents tell how things stood in January 2019.
    if (/\b(vad hande|hur gick det|blev det|what happened|did it|was it|was the new \w+|was that)\b.*\b(efter|after|sedan|since) (2019|dess|then|that|det)\b/.test(folded)) return refuse('not-stated');
    // "vem skrev under det?" about the first agreement: the documents name no one who signed it.
    // "it" may be the first agreement when the passage just quoted was about it ("2015 var det första avtalet påskrivet").
    const signs = WHO.test(folded) && /\b(skrev|skrevs|skriver|undertecknade|undertecknar|signed?|signs|signerade|tecknade|tecknar)\b/.test(folded);
    const aboutFirst = (topic: QaTopic) => FIRST_AGREEMENT.test(foldText(topic.question)) || (POINTS_BACK.test(folded) && !!topic.agreementId && !!topic.sectionId && sentenceSearch.sentencesOf(topic.agreementId, topic.sectionId).some((sentence) => FIRST_AGREEMENT.test(sentence.folded)));
    if (previous && signs && aboutFirst(previous) && !/\b(nya|new|uttalande\w*|statement)\b/.test(folded)) return refuse('not-stated');
    // "vem skriver under det nya?": the documents name no one who signs the new agreement.
    if (signs && /\b(det nya|nya avtal\w*|nya overenskommels\w*|the new (one|agreement|deal))\b/.test(folded)) return refuse('not-stated');
    // Parties not behind the statement ("vad tyckte S och V?"), an order among districts ("which districts get cameras first?"),
    // or the names of kinds of units the documents speak of only in general ("vilka lokalpolisområden finns?"): not stated.
    if (OTHER_PARTIES.test(folded) || UNSTATED_DETAIL.test(folded) || HYPOTHETICAL.test(folded) || STEERING_GROUP_SEATS.test(folded) || FINAL_VERSION.test(folded) || UNQUOTED_BODY.test(folded) || UNSTATED_ORDER.test(folded) || UNSTATED_INSTANCES.test(folded) || DISTRICTS_THAT.test(folded) || (previous && WHICH_ONES.test(folded))) return refuse('not-stated');
    // Another city or police region, or a ranking the documents never make ("mest brott"): a near miss.
    if (namesOtherPlace(folded) || splitWords(folded).some(isNearMissWord) || (RANKING.test(folded) && !/\b(mest|most) (viktig\w*|important)\b/.test(folded))) return refuse();
    const matches = names.match(text, language);
    const matchedNameWords = new Set(matches.flatMap((match) => match.words));
    const allTerms = sentenceSearch.readTerms(text);
    const verdict = judgeCoverage(text, allTerms, matchedNameWords);
    // "när går han i pension?", "när blev hon finansborgarråd?": a time in a person's life the documents do not know of.
    if ((PERSON_PRONOUN.test(folded) || findPerson(folded, people)) && WHEN.test(folded) && (verdict.unknown.length > 0 || /\b(blev|became|become|tilltradde|took office|appointed|utsags|valdes|elected|borjade|started)\b/.test(folded))) return refuse('not-stated');
    // "hur lång tid tar det att ta fram handlingsplanen?": no duration of the work is given.
    if (/\bhur lang tid (tar|kommer|ska)\b|\bhow long (does|will|would|did) (it|the \w+|that) take\b/.test(folded)) return refuse('not-stated');
    // "sammanfatta uttalandet", "summarise Ulf Johansson's quote": a person's whole comment, a document's opening sentences.
    if (SUMMARY_ASK.test(folded)) {
      const whose = findPerson(folded, people) ?? findPersonByRole(folded, people);
      if (whose?.sectionId) return wholeSectionAnswer(whose.agreement.id, whose.sectionId, language);
      const document = namedDocument(folded);
      const sections = kb.agreements.find((agreement) => agreement.id === document)?.sections ?? [];
      const openings = sections.map((section) => sentenceSearch.sentencesOf(document!, section.id)[0]).filter((sentence): sentence is SentenceDoc => sentence !== undefined);
      if (openings.length > 0) return passageAnswer(openings.slice(0, 8), language);
    }
    // One unknown word that names no topic of its own may still be a way of asking for a stated fact ("diarienr?").
    // "nuvarande avtalet, gäller det till juni?": the current agreement's end is stated (May 2019) and corrects the claim;
    // a year claimed for the new one ("till 2022?") is not stated.
    const validityClaim = cues.agreementWord && VALIDITY_CLAIM.test(folded) && CURRENT.test(folded);
    if (verdict.refuse && !validityClaim && !(verdict.unknown.length === 1 && !verdict.hard)) return refuse();
    const minCoverage = verdict.unknown.length > 0 ? MIN_COVERAGE_WITH_UNKNOWN : MIN_COVERAGE;
    // Retrieval ranks by the words the knowledge base knows; the unknown one only raised the bar.
    const terms = allTerms.filter((term) => !verdict.unknown.includes(term) && !verdict.examples.includes(term));

    const previousPerson = previous?.person ? people.find((person) => person.name === previous.person || person.name.startsWith(previous.person ?? '')) : undefined;
    const pronoun = PERSON_PRONOUN.test(folded);
    // The previous answer's person carries over, unless the question asks another document.
    const askedDocument = namedDocument(folded);
    const carriedPerson = previousPerson && !(askedDocument && askedDocument !== previousPerson.agreement.id) ? previousPerson : undefined;
    // "his title?" after two people were named: the pronoun tells which; a "she" does not carry a "he" forward.
    const referredTo = pronounedPerson(folded, previous);
    const carried = carriedPerson && !(referredTo && referredTo !== carriedPerson && carriedPerson.pronoun !== referredTo.pronoun) ? carriedPerson : referredTo;
    // "hon från MP, vad heter hon?": a party named picks its own person, not the one carried over.
    const namesParty = /\b(fran|from|for|i) (c|m|l|mp)\b|\b(centerpartiet|moderaterna|liberalerna|miljopartiet)\b/.test(folded);
    const person = findPerson(folded, people) ?? findPersonByRole(folded, people) ?? ((pronoun || elliptic || !hasOwnSubject(terms)) && !namesParty ? carried : undefined);
    // "What do residents think about the agreement?": only the people and parties the documents quote have a view in them.
    const holder = /\b(?:what|how) (?:do|does|did) (?:the )?((?:\p{L}+ ){0,2}\p{L}+) (?:think|feel)\b|\bvad (?:tycker|anser|tyckte|ansag) ((?:\p{L}+ ){0,2}?\p{L}+) (?:om|kring|att|inom)\b/u.exec(folded);
    const holderWords = splitWords(holder?.[1] ?? holder?.[2] ?? '');
    if (holderWords.length > 0 && !holderWords.every((word) => isStopWord(word) || OPINION_HOLDERS.test(word) || properNameWords.has(word) || personWords.has(word))) return refuse('not-stated');
    // "Is Ulf Johansson still the police chief?": the documents tell how things stood in 2019, not now.
    if ((/\b(fortfarande|still|anymore|any longer|langre|numera|nowadays)\b/.test(folded) || (WHO.test(folded) && /\b(today|idag|i dag|currently|just nu)\W*$/.test(folded))) && (findPerson(folded, people) || findPersonByRole(folded, people) || PERSON_PRONOUN.test(folded))) return refuse('not-stated');
    // Who held a role before or after the documents' person, how long they have held it, what happens after: the documents tell 2019 only.
    if (OTHER_TIME_OF_PERSON.test(folded) && (WHO.test(folded) || PERSON_PRONOUN.test(folded) || findPerson(folded, people) || findPersonByRole(folded, people))) return refuse('not-stated');
    if (/\b(vad hander|vad ska handa|what happens|what will happen)\b.*\b(efter|after|sen|sedan|then|next|darefter)\b/.test(folded)) return refuse('not-stated');
    // A who-question about another time than the documents' ("who signed the first agreement in 2015?"): they name no one then.
    if (WHO.test(folded) && (mentionsOtherYear(folded) || FIRST_AGREEMENT.test(folded))) return refuse('not-stated');
    // "…the first agreement?" then "when was it signed?": the pronoun carries the first agreement forward.
    const signedWhen = /\b(skrevs|skrivs|signed|signerades|tecknades|undertecknades|paskrivet)\b/.test(folded) && WHEN.test(folded);
    // "When was the agreement that's in force now signed?": the current agreement is the first, signed 2015.
    const carriesFirst = (previous && FIRST_AGREEMENT.test(foldText(previous.question)) && /\b(it|det|den|dess|its)\b/.test(folded) && !/\b(nya|nytt|new|nuvarande|current|gamla|old)\b/.test(folded) && /\b(skrevs|skrivs|signed|signerades|tecknades|undertecknades|paskrivet)\b/.test(folded)) || (signedWhen && CURRENT.test(folded));
    // "who else?" after a fact about people: the previous question asked again for the others.
    const asksOthers = previous?.kind === 'fact' && /\b(vem|vilka|who)\b/.test(folded) && /\b(else|mer|fler|andra|ovriga|others?)\b/.test(folded) && sentenceSearch.readTerms(text).length === 0;
    const factText = asksOthers ? `${foldText(previous!.question).replace(PARTY_NAME, ' ')} ${folded}` : carriesFirst && !FIRST_AGREEMENT.test(folded) ? `${folded} (forsta avtalet)` : folded;
    const found = answerFact(factText, kb, people, {
      language,
      ...(person ? { person } : {}),
      ...(previous?.agreementId ? { agreementId: previous.agreementId } : {}),
      afterAuthors: previous?.kind === 'fact' && /\b(dem|dom|them|of them|av dem)\b/.test(folded),
      quote: (agreementId, sectionId) => quoteSection(agreementId, sectionId, terms, language),
    });
    // Answer-type check: a who-question is not answered by a date, a number or a title.
    const fact = found?.kind === 'fact' && WHO.test(folded) && !PERSON_FACTS.has(found.fact) ? undefined : found;
    // …and a when-question not by a person: "när slutar han sin tjänst?" is not stated.
    if (fact?.kind === 'fact' && WHEN.test(folded) && !WHO.test(folded) && PERSON_FACTS.has(fact.fact) && fact.fact !== 'contact') return refuse('not-stated');
    if (fact) return fact;
    if (verdict.refuse && !validityClaim) return refuse();
    // A bare name or role ("regionpolischef?", "the police chief?") asks who that is.
    const ownPerson = findPerson(folded, people) ?? findPersonByRole(folded, people);
    if (ownPerson && terms.every((term) => personWords.has(term.word)) && !SAID.test(folded) && !QUESTION_WORD.test(folded.replace(/\b(who|vem)\b/g, ''))) {
      const who = answerFact(`vem ar ${folded}`, kb, people, { language, person: ownPerson, afterAuthors: false, quote: () => undefined });
      if (who) return who;
    }
    // The documents speak in general terms: a demand for exact detail ("exakt vilken dag",
    // "which ones exactly", "konkret") is beyond them unless a stated fact answered it above.
    // ("Anything on cameras specifically?" asks whether they are mentioned, not for detail.)
    // "vad sa hon exakt?", "exactly what did he say about cameras?": a person's exact words are a quote, which the documents give.
    const exactWords = person?.sectionId !== undefined && (SAID.test(folded) || /\b(line|words|wording|quote|citat\w*|formulering\w*|ordalydelse\w*)\b/.test(folded)) && /\b(exakt\w*|exact|exactly|precis)\b/.test(folded);
    if (PRECISION.test(folded) && !exactWords && !/\b(anything|something|nagot|nat) (on|about|om)\b/.test(folded)) return refuse('not-stated');

    // What a named person said: their own words, the sentence the question is about.
    if (person?.sectionId && (SAID.test(folded) || pronoun || terms.length > 0)) {
      // Only the words naming this person are about whom; "police" is a topic when the finance commissioner is asked.
      const ownWords = wordsNaming(person);
      const own = terms.filter((term) => !ownWords.has(term.word));
      const sections = new Set([`${person.agreement.id}/${person.sectionId}`]);
      // "what does the police chief think of the new cooperation?", "her main message?": all of their own words.
      if ((SAID.test(folded) || VIEW.test(folded)) && own.length > 0 && own.every((term) => GENERIC_VIEW.test(term.word))) return wholeSectionAnswer(person.agreement.id, person.sectionId, language);
      const searchTerms = own.length > 0 ? own : previous ? sentenceSearch.readTerms(previous.question).filter((term) => !personWords.has(term.word)) : [];
      const hits = sentenceSearch.search(searchTerms, { sections, boost: sentenceSearch.readSoftTerms(text) });
      const best = hits[0];
      // "and what will she do about it?": her next words, not the sentence just quoted again; asked what
      // she herself will do, the words where she says so ("… ska göra allt i min makt …").
      if (best && own.length === 0 && previous && best.sentence === quotedBefore(previous)) {
        const after = sentenceSearch.sentencesOf(best.sentence.citation.agreementId, best.sentence.citation.sectionId).slice(best.sentence.position + 1);
        const ownDeed = /\b(do|gora|gor)\b/.test(folded) && pronoun ? [best.sentence, ...after].find((sentence) => /\b(ska|kommer att) gora\b/.test(sentence.folded)) : undefined;
        const next = ownDeed ?? after[0];
        if (next) return passageAnswer([next], language);
      }
      if (best && (own.length === 0 || best.coverage >= 0.5)) return passageAnswer([best.sentence], language);
      const first = sentenceSearch.sentencesOf(person.agreement.id, person.sectionId)[0];
      // "vad sa han om att göra mer?": what it is about is said in plain words the search leaves out; their sentence.
      const plain = own.length === 0 ? saidInPlainWords(folded, person.agreement.id, person.sectionId) : undefined;
      if (plain) return passageAnswer([plain], language);
      if (first && own.length === 0) return passageAnswer([first], language);
      // "and the police chief?" after what the finance commissioner promised: his own words, not hers again.
      const namedHere = findPerson(folded, people) ?? findPersonByRole(folded, people);
      const ownWordsSentence = best?.sentence ?? first;
      if (ownWordsSentence && elliptic && namedHere === person && previous?.person && previous.person !== person.name && (rebuilt || !(SAID.test(folded) && own.length > 0 && !best))) return passageAnswer([ownWordsSentence], language);
      // "did she say anything about schools?": what someone said is in their own words; the others' words do not answer it.
      if (SAID.test(folded) && own.length > 0 && !(best && best.coverage > 0)) return refuse('not-stated');
    }

    // In English, a district matched only through a common word the documents also use ("central",
    // "city" for Norrmalm) is that word; in Swedish "City" names the district.
    const knownWords = new Set(language === 'en' ? allTerms.filter((term) => term.known).map((term) => term.word) : []);
    const district = matches.find((match) => {
      const found = match.kind === 'district' ? districtsById.get(match.id) : undefined;
      if (!found) return false;
      const ownName = new Set(splitWords(foldText(found.name)));
      return !match.words.every((word) => knownWords.has(word) && !ownName.has(word));
    });
    // "och vem ansvarar för det?" after a passage about a focus area is about that area.
    const focusArea = pickFocusArea(matches, focusAreasById) ?? (elliptic && cues.owners && previous?.focusAreaId ? focusAreasById.get(previous.focusAreaId) : undefined);
    // "vem ansvarar för dem?" after the list of focus areas: only the school's owners are stated.
    if (cues.owners && !focusArea && previous?.kind === 'focus-areas' && POINTS_BACK.test(folded)) return refuse('not-stated');
    if (cues.owners && focusArea) {
      if (focusArea.owners.length === 0) return { kind: 'no-answer', language, reason: 'not-stated', focusArea: focusAreaRef(focusArea) };
      return { kind: 'focus-area', language, aspect: 'owners', focusArea: focusAreaRef(focusArea), ...optional('source', focusAreaSource(focusArea, language)) };
    }
    // "vilka områden gäller det?" asks what something concerns, not how long it is valid.
    const concerns = (/\b(galler|gallde) (det|den|de|dom|detta)\b/.test(folded) || /\b(galler|gallde) (samma|for|i|inom|aven|overallt)\b/.test(folded)) && !/\b(nar|lange|till|fram|until|long)\b/.test(folded);
    if ((cues.validity || VALIDITY.test(folded) || validityClaim) && !concerns && (cues.agreementWord || !focusArea || previous?.agreementId) && !district && !/\b(forsta|first)\b/.test(folded)) {
      // The previous question, or the passage it was answered with, was about the current agreement ("Nuvarande samverkansavtal gäller …").
      const previousPassage = previous?.kind === 'passage' ? quotedBefore(previous) : undefined;
      const previousAskedCurrent = previous && (CURRENT.test(foldText(previous.question)) || readCues(previous.question).predecessor || /^\W*nuvarande\b/.test(previousPassage?.folded ?? '')) && !/\b(nya|nytt|new)\b/.test(foldText(previous.question));
      const fromPrevious = previous?.agreementId === predecessor?.id || previousAskedCurrent ? predecessor : undefined;
      const asksNew = /\b(nya|nytt|new)\b/.test(folded);
      const agreement = asksNew ? cityWide : (cues.predecessor || CURRENT.test(folded)) && predecessor ? predecessor : fromPrevious ?? cityWide;
      if (agreement) return { kind: 'agreement-validity', language, agreement: agreementRef(agreement), ...optional('evidence', validityEvidence(agreement, language)) };
    }
    if (cues.agreements && !cues.focusAreas) return { kind: 'agreements', language, agreements: kb.agreements.map(agreementRef) };
    // "vad ingår i avtalet?" lists the areas; "vilka ingår i styrgruppen?" asks about something else the documents name.
    const otherSubject = terms.some((term) => term.known && !PARTY_WORDS.has(term.word) && !/^(avtal\w*|overenskommels\w*|agreement\w*|samverkan\w*|samverkansavtal\w*|nya|nytt|new|omrade\w*|areas?|fokus\w*|focus|diskuteras|discussed|ingar|ingå|cover\w*|include\w*|contain\w*|innehall\w*|omfatta\w*|tacker|inga|list\w*)$/.test(term.word));
    if ((cues.focusAreas || FOCUS_LIST.test(folded)) && !focusArea && !district && !(otherSubject && !FOCUS_LIST.test(folded))) {
      const sources = uniqueCitations(kb.focusAreas.map((area) => citationOf(area.source.agreementId, area.source.sectionId)));
      return {
        kind: 'focus-areas',
        language,
        focusAreas: kb.focusAreas.map((area) => ({ id: area.id, name: area.name, summary: area.summary })),
        ...optional('agreement', cityWide ? agreementRef(cityWide) : undefined),
        sources,
      };
    }
    // "Vilka skolor …?", "which cameras …?": the documents name kinds of things, never which ones.
    const instance = /\b(vilka|which)\s+(\p{L}+)/u.exec(folded)?.[2];
    if (instance && !PEOPLE_NOUNS.test(instance) && matches.some((match) => match.kind === 'focus-area' && match.words.includes(instance))) return refuse('not-stated');
    // "vilka stadsdelar nämns?": the documents name no district.
    if (cues.districts && !district && /\b(namns|namner|namnda|mentioned|mentions|named|star det|stated)\b/.test(folded)) return refuse('not-stated');
    if (cues.districts && !district && !asksMoreThanDistricts(text)) {
      return { kind: 'districts', language, districts: kb.districts.map(({ id, name, demo }) => ({ id, name, demo })) };
    }
    // A district's own local agreement ("vad står i Rinkebys?" after the local agreements) is not among the documents.
    if (district && (LOCAL_AGREEMENT.test(folded) || (previous && LOCAL_AGREEMENT.test(foldText(expandShorthand(previous.question))) && (elliptic || terms.every((term) => matchedNameWords.has(term.word) || !term.known))))) return refuse('not-stated');
    if (district && (cues.priorities || terms.every((term) => matchedNameWords.has(term.word) || !term.known) || /\b(visa|show)\b/.test(folded)) && !cues.agreementWord) {
      const found = districtsById.get(district.id)!;
      return { kind: 'district', language, district: { id: found.id, name: found.name, localPriorities: found.localPriorities, demo: found.demo } };
    }
    if (district) return refuse();

    // In a who- or when-question the word the documents do not know is what is asked about ("who chairs …?",
    // "when is the next meeting?"): no sentence states it.
    if ((WHO.test(folded) || WHEN.test(folded)) && verdict.unknown.length > 0) return refuse();

    // Retrieval: the sentence that covers the question's words, preferring the kind of answer asked for.
    const expects = expectedAnswer(folded);
    // A follow-up that names another document ("and what does the statement say about them?") leaves the previous passage.
    const namedOther = namedDocument(folded);
    // "i slutet av uttalandet", "the first paragraph of the statement": that end of the document.
    const placed = placeInDocument(folded, namedOther);
    const prefer = placed ?? (previous?.sectionId && previous.agreementId && !(namedOther && namedOther !== previous.agreementId) ? new Set([`${previous.agreementId}/${previous.sectionId}`]) : undefined);
    const focusTerms = focusArea ? terms.filter((term) => !focusAreaWordSet(focusArea).has(term.word)) : terms;
    // "what does the statement say about young people?": an area asked of a document it does not come from is searched there.
    if (focusArea && focusTerms.length === 0 && !(namedOther && namedOther !== focusArea.source.agreementId)) {
      if (cues.cite) {
        const cited = sentenceSearch.search(terms)[0];
        if (cited) return passageAnswer([cited.sentence], language);
      }
      return { kind: 'focus-area', language, aspect: 'overview', focusArea: focusAreaRef(focusArea), ...optional('source', focusAreaSource(focusArea, language)) };
    }
    // An elliptic follow-up asks about the passage just quoted: look there first.
    if (elliptic && prefer) {
      const [agreementId, sectionId] = [...prefer][0]!.split('/');
      // The sentence the previous answer quoted: "varför då?" and "why is that important?" ask about that one.
      const section = sentenceSearch.sentencesOf(agreementId!, sectionId!);
      const quoted = previous!.sentence ?? sentenceSearch.search(sentenceSearch.readTerms(previous!.question), { sections: prefer })[0]?.sentence.position ?? 0;
      const marker = expects ? ANSWER_MARKER_OF[expects] : undefined;
      const quotedSentence = section[quoted];
      if (terms.length === 0 && marker) {
        const found = [...section.slice(quoted), ...section.slice(0, quoted)].find((sentence) => marker.test(sentence.folded));
        if (found) return passageAnswer([found], language);
      } else if (terms.length > 0) {
        if (quotedSentence && terms.every((term) => sentenceSearch.holds(quotedSentence.tokens, term)) && (!marker || marker.test(quotedSentence.folded))) return passageAnswer([quotedSentence], language);
        const inSection = sentenceSearch.search(terms, { sections: prefer, boost: sentenceSearch.readSoftTerms(text), ...(expects ? { expects } : {}) })[0];
        if (inSection && ownShare(inSection.matched, terms) >= 0.5 && inSection.coverage >= MIN_COVERAGE) return passageAnswer([inSection.sentence], language);
      }
    }
    // "what's the point of the school cooperation?": the purpose word says what kind of answer is asked, the rest what it is about.
    const aboutWhat = expects === 'purpose' ? terms.filter((term) => !/^(syfte\w*|purpose|point|poang\w*)$/.test(term.word)) : terms;
    let searchTerms = aboutWhat.length > 0 ? aboutWhat : terms;
    if (previous && (terms.length <= 1 || FOLLOW_UP.test(folded))) {
      const extra = sentenceSearch.readTerms(previous.question).filter((term) => !terms.some((own) => own.word === term.word));
      searchTerms = [...terms, ...extra.slice(0, 4)];
    }
    const document = namedDocument(folded);
    // "Why" about the agreement asks for its purpose.
    if (searchTerms.length === 0 && (expects === 'reason' || expects === 'purpose') && cues.agreementWord) searchTerms = sentenceSearch.readTerms('syfte');
    // "How does the statement describe the agreement?": the agreement itself is the topic.
    if (searchTerms.length === 0 && expects && expects !== 'reason' && expects !== 'purpose' && cues.agreementWord) searchTerms = [AGREEMENT_TERM];
    // A change asked about is the agreement's: the words for difference ("olika") are not what the answer holds.
    if (expects === 'change') searchTerms = [...searchTerms.filter((term) => !DIFFERENCE_WORDS.test(term.word)), AGREEMENT_TERM];
    // "vad säger pressmeddelandet?": a document named with nothing more is asked for what it opens with.
    // "vad säger pressmeddelandet om det nya avtalet?": the agreement is the topic.
    if (searchTerms.length === 0 && document && cues.agreementWord) searchTerms = [AGREEMENT_TERM];
    if (searchTerms.length === 0 && document && !expects && !/\b(about|om) (them|it|that|this|those|dem|dom|det|den|detta|dessa)\W*$/.test(folded)) {
      const opening = kb.agreements.find((agreement) => agreement.id === document)?.sections[0];
      const first = opening ? sentenceSearch.sentencesOf(document, opening.id)[0] : undefined;
      if (first) return passageAnswer([first], language);
    }
    if (searchTerms.length === 0) {
      if (prefer && expects) {
        const [agreementId, sectionId] = [...prefer][0]!.split('/');
        const section = sentenceSearch.sentencesOf(agreementId!, sectionId!);
        // "varför?", "när?", "vem?" about the passage just quoted: its sentence holding that kind of answer.
        const holding = section.find((sentence) => ANSWER_MARKER_OF[expects].test(sentence.folded));
        if (holding) return passageAnswer([holding], language);
      }
      return refuse();
    }
    // Asked of another document than the previous answer's: only that document answers.
    // "does the press release mention schools?" asks that document alone.
    const asksWhetherDocumentSays = document !== undefined && (/\b(mention|mentions|mentioned|nam(n|ne)r|namns|tar (det|den) upp|bring up|brings up|talk about|talks about)\b|^\W*(and |och )?(does|do|did|star det|sager) (the )?(press release|statement|pressmeddelande\w*|uttalande\w*)\b/.test(folded) || DOCUMENT_ASKED_WHETHER.test(folded));
    const swapped = (namedOther && previous?.agreementId && namedOther !== previous.agreementId) || asksWhetherDocumentSays ? sectionsOf(namedOther ?? document!) : undefined;
    const hits = sentenceSearch.search(searchTerms, { boost: sentenceSearch.readSoftTerms(text), ...(swapped ? { sections: swapped } : {}), ...(prefer ? { prefer } : {}), ...(expects ? { expects } : {}), ...(document ? { document } : {}) });
    // A change is answered by the sentence saying what changes, when one of the best five does.
    const changed = expects === 'change' ? hits.slice(0, 5).find((hit) => ANSWER_MARKER_OF.change.test(hit.sentence.folded)) : undefined;
    // A why-question is answered by a sentence giving a reason, when one of the best three does.
    // A sentence preferred for the kind of answer must still cover the question as the best one would.
    const covers = (hit: SentenceHit) => hit.coverage >= minCoverage && (terms.length === 0 || ownShare(hit.matched, terms) >= 0.5);
    const reasoned = expects === 'reason' || expects === 'purpose' ? hits.slice(0, 3).find((hit) => ANSWER_MARKER_OF[expects].test(hit.sentence.folded) && covers(hit)) : undefined;
    // "how is Stockholm described?": the sentence saying what the thing asked about is ("Stockholm är en stor … stad"), when one of the best five does.
    const subjects = [...terms.flatMap((term) => term.terms).filter((word) => word.length >= 4), ...(cues.agreementWord ? ['samverkansavtal', 'avtal', 'overenskommels'] : [])];
    const defining = expects === 'definition' && subjects.length > 0 ? new RegExp(`\\b(${subjects.join('|')})\\w* ar (en|ett)\\b`) : undefined;
    const defined = defining ? hits.slice(0, 5).find((hit) => defining.test(hit.sentence.folded) && covers(hit)) : undefined;
    const best = changed ?? reasoned ?? defined ?? hits[0];
    // The words for difference are what a change question asks, not what its answer holds.
    const ownCoverage = best ? ownShare(best.matched, expects === 'change' ? terms.filter((term) => !DIFFERENCE_WORDS.test(term.word)) : terms) : 0;
    if (!best || best.coverage < minCoverage || (terms.length > 0 && ownCoverage < 0.5)) {
      // The overview answers a question about the area in general, not one asking something of it the documents do not say ("utökade befogenheter?").
      if (focusArea && focusTerms.length <= 1 && !asksWhetherDocumentSays) return { kind: 'focus-area', language, aspect: 'overview', focusArea: focusAreaRef(focusArea), ...optional('source', focusAreaSource(focusArea, language)) };
      return refuse(focusArea || asksWhetherDocumentSays ? 'not-stated' : undefined);
    }
    // Answer-type check: a when-question needs a time in the passage, a who-question someone; else the documents do not say.
    if (!elliptic && !holdsAnswerKind(folded, best.sentence)) return refuse('not-stated');
    const chosen = [best.sentence];
    const second = hits[1];
    if (second && second.sentence.citation !== best.sentence.citation && second.score >= best.score * 0.9 && second.coverage >= MIN_COVERAGE) chosen.push(second.sentence);
    // A why-question answered by a sentence that gives no reason: its quote runs on into what follows, which may
    // ("… handlar också om en levande stad." — "En levande stad har … ett egenvärde").
    const runsOn = expects === 'reason' && !ANSWER_MARKER_OF.reason.test(best.sentence.folded);
    return { kind: 'passage', language, passages: chosen.map((sentence, at) => withSpeaker(passageOf(sentenceSearch, sentence, language, runsOn && at === 0))) };
  }

  /** The one person of the previous answer's document (else of all documents) a "han"/"he" or "hon"/"she" can mean. */
  function pronounedPerson(folded: string, previous: QaTopic | undefined): NamedPerson | undefined {
    const asked = HE.test(folded) ? 'he' : SHE.test(folded) ? 'she' : undefined;
    if (!asked) return undefined;
    const pool = people.filter((person) => !previous?.agreementId || person.agreement.id === previous.agreementId);
    const matching = [...new Map(pool.filter((person) => person.pronoun === asked).map((person) => [person.name, person])).values()];
    return matching.length === 1 ? matching[0] : undefined;
  }

  /** "och han?", "and her?": the previous question with the one person the pronoun can mean in place of the one it named. */
  function pronounFragment(text: string, previous: QaTopic): string | undefined {
    const core = foldText(text).replace(/^\W*(och|men|and|but|what about|how about)\b/, '').replace(/[?!.]+/g, ' ').trim();
    if (!/^(han|hon|honom|henne|he|she|him|her)$/.test(core)) return undefined;
    const person = pronounedPerson(core, previous);
    if (!person) return undefined;
    return askedOf(previous.question, person.name);
  }

  /** The previous question asked again of another person: "vilket parti tillhör Kling?" → "… Martin Vallas?". */
  function askedOf(previousQuestion: string, name: string): string {
    return `${foldText(previousQuestion).replace(personSlot, ' ').replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim()} ${name}?`;
  }

  /** Who a person is: name, party and role ("Ulf Johansson, regionpolischef i Stockholm"). */
  function whoIs(person: NamedPerson, language: Language): Answer | undefined {
    const who = answerFact(`vem ar ${foldText(person.name)}`, kb, people, { language, person, afterAuthors: false, quote: () => undefined });
    return who?.kind === 'fact' ? who : undefined;
  }

  /** Who stands behind a sentence: the person whose words it is, else the document's authors or sender. */
  function sourceOf(sentence: SentenceDoc, language: Language): Answer | undefined {
    const speaker = people.find((person) => person.sectionId === sentence.citation.sectionId && person.agreement.id === sentence.citation.agreementId);
    const asked = speaker ? `vem ar ${foldText(speaker.name)}` : 'vilka star bakom';
    const fact = answerFact(asked, kb, people, { language, ...(speaker ? { person: speaker } : {}), agreementId: sentence.citation.agreementId, afterAuthors: false, quote: () => undefined });
    // The sentence said is shown with who said it, and is what "vad syftar det på?" then asks about.
    return fact?.kind === 'fact' ? { ...fact, evidence: passageOf(sentenceSearch, sentence, language) } : undefined;
  }

  /** The person the previous answer quoted or named ("vad sa hon?"). */
  function speakerOf(previous: QaTopic): NamedPerson | undefined {
    // A signatory "Elisabeth Johnson m.fl." is remembered by her name alone.
    return previous.person ? people.find((person) => person.name === previous.person || withoutOthers(person.name) === previous.person) : undefined;
  }

  /** The sentence the previous answer quoted: the best for its question within its section, else the section's first. */
  function quotedBefore(previous: QaTopic): SentenceDoc | undefined {
    if (!previous.agreementId || !previous.sectionId) return undefined;
    const known = previous.sentence === undefined ? undefined : sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId)[previous.sentence];
    if (known) return known;
    const section = new Set([`${previous.agreementId}/${previous.sectionId}`]);
    return sentenceSearch.search(sentenceSearch.readTerms(previous.question), { sections: section })[0]?.sentence ?? sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId)[0];
  }

  /**
   * "and on a regular basis?", "a tool to reach what?": a follow-up nothing else answers that asks
   * about words of the sentence just quoted is answered by that sentence.
   */
  function leansOnQuoted(text: string, previous: QaTopic): SentenceDoc | undefined {
    if (previous.kind !== 'passage' && previous.kind !== 'focus-area') return undefined;
    const quoted = quotedBefore(previous);
    if (!quoted) return undefined;
    const folded = foldText(text);
    const terms = sentenceSearch.readTerms(text).filter((term) => !isNameWord(term.word));
    const held = terms.filter((term) => sentenceSearch.holds(quoted.tokens, term));
    const leans = POINTS_BACK.test(folded) || FOLLOW_UP.test(folded) || isElliptic(text);
    // Asked for detail the sentence does not give (which ones, how often, a word it lacks), it is no answer.
    const asksDetail = hasUnknownWords(text) || /\b(vilk\w*|which|hur ofta|how often|vilket ar|what year|namnge|name)\b/.test(folded);
    return leans && held.length > 0 && !asksDetail ? quoted : undefined;
  }

  /** The sentence of a section holding most (two or more) of the plain words after "om"/"about" in the question. */
  function saidInPlainWords(folded: string, agreementId: string, sectionId: string): SentenceDoc | undefined {
    const about = splitWords(/\b(?:om|about|on|kring)\b(.*)$/.exec(folded)?.[1] ?? '').filter((word) => word.length >= 3 && !/^(att|det|den|the|that|this|and|och)$/.test(word));
    if (about.length < 2) return undefined;
    const scored = sentenceSearch.sentencesOf(agreementId, sectionId).map((sentence) => ({ sentence, held: about.filter((word) => new RegExp(`\\b${word}\\b`).test(sentence.folded)).length }));
    const best = scored.sort((a, b) => b.held - a.held)[0];
    return best && best.held >= 2 ? best.sentence : undefined;
  }

  /** The first sentence of the section after this one in its document (the first section after the last). */
  function nextSectionSentence(agreementId: string, sectionId: string): SentenceDoc | undefined {
    const sections = kb.agreements.find((agreement) => agreement.id === agreementId)?.sections ?? [];
    const at = sections.findIndex((section) => section.id === sectionId);
    for (let step = 1; step < sections.length; step += 1) {
      const first = sentenceSearch.sentencesOf(agreementId, sections[(at + step) % sections.length]!.id)[0];
      if (first) return first;
    }
    return undefined;
  }

  function sectionsOf(agreementId: string): Set<string> {
    return new Set(kb.agreements.find((agreement) => agreement.id === agreementId)?.sections.map((section) => `${agreementId}/${section.id}`) ?? []);
  }

  /** Whether the passage a sentence opens (with the next sentence when it is short) holds the kind of answer a when- or who-question asks for. */
  function holdsAnswerKind(folded: string, sentence: SentenceDoc): boolean {
    const kind = WHEN.test(folded) && !/\b(hur lange|how long)\b/.test(folded) ? 'date' : WHO.test(folded) ? 'person' : undefined;
    if (!kind) return true;
    // "vem ska leda arbetet med …?": someone must be given that task, not merely named.
    if (kind === 'person' && (readCues(folded).owners || /\b(leda|driva|samordna|lead|run|coordinate)\b/.test(folded)) && !/\b(ansvar\w*|leder|leda|driver|samordnar)\b/.test(sentence.folded)) return false;
    const next = sentence.text.length < 90 ? sentenceSearch.sentencesOf(sentence.citation.agreementId, sentence.citation.sectionId)[sentence.position + 1] : undefined;
    const passage = `${sentence.folded} ${next?.folded ?? ''}`;
    return (kind === 'date' ? TIME_IN_TEXT : SOMEONE_IN_TEXT).test(passage) || people.some((person) => person.pattern.test(passage));
  }

  /** The first or last section of a document, when the question places what it asks there ("i slutet av uttalandet"). */
  function placeInDocument(folded: string, agreementId: string | undefined): Set<string> | undefined {
    const end = /\b(i slutet av|sist i|slutet pa|at the end of|the end of|sista stycket|last paragraph|final paragraph|closing)\b/.test(folded);
    const start = /\b(i borjan av|forsta stycket|first paragraph|opening paragraph|at the (start|beginning) of|the (start|beginning) of|inledningen)\b/.test(folded);
    if (!agreementId || end === start) return undefined;
    const sections = kb.agreements.find((agreement) => agreement.id === agreementId)?.sections ?? [];
    const section = end ? sections.at(-1) : sections[0];
    return section ? new Set([`${agreementId}/${section.id}`]) : undefined;
  }

  /** The question asked of one document: the document it named is swapped, else the document is added. */
  function askedOfDocument(question: string, documentWord: 'uttalandet' | 'pressmeddelandet'): string {
    const named = /\b(det )?(sarskilda |särskilda )?(uttalande\w*|statement|press ?me+d+e?l+ande\w*|press ?releas\w*)\b/giu;
    return named.test(question) ? question.replace(named, documentWord) : `${question.replace(/[\s?.!]+$/, '')} enligt ${documentWord}`;
  }

  /** The document a question names: "uttalandet" is the statement, "pressmeddelandet" the press release. */
  function namedDocument(folded: string): string | undefined {
    if (/\b(uttalande\w*|statement|statment|stament)\b/.test(folded)) return kb.agreements.find((agreement) => agreement.facts?.authors)?.id;
    if (/\bpress ?me+d+e?l+ande\w*|\bpress ?releas\w*/.test(folded)) return kb.agreements.find((agreement) => agreement.kind === 'press-release')?.id;
    return undefined;
  }

  /** A section quoted whole, as one passage: someone's comment read in full. */
  function wholeSectionAnswer(agreementId: string, sectionId: string, language: Language): Answer {
    const sentences = sentenceSearch.sentencesOf(agreementId, sectionId);
    const first = sentences[0];
    if (!first) return { kind: 'no-answer', language };
    const gist = sentences.map((sentence) => sentence.gistEn).filter(Boolean).join(' ');
    const passage: Passage = { citation: first.citation, quote: sentences.map((sentence) => sentence.text).join(' '), ...(language === 'en' && gist ? { gistEn: gist } : {}) };
    return { kind: 'passage', language, passages: [withSpeaker(passage)] };
  }

  function passageAnswer(sentences: SentenceDoc[], language: Language): Answer {
    return { kind: 'passage', language, passages: sentences.map((sentence) => withSpeaker(passageOf(sentenceSearch, sentence, language))) };
  }

  /** A quote from a person's own words names them, so "vad sa han?" shows who. */
  function withSpeaker(passage: Passage): Passage {
    const person = people.find((candidate) => candidate.sectionId === passage.citation.sectionId && candidate.agreement.id === passage.citation.agreementId);
    if (!person) return passage;
    const line = (l: Language) => `${person.name}${person.party ? ` (${person.party})` : ''}${person.role ? `, ${person.role[l]}` : ''}`;
    return { ...passage, speaker: { sv: line('sv'), en: line('en') } };
  }

  function quoteSection(agreementId: string, sectionId: string, terms: QuestionTerm[], language: Language): Passage | undefined {
    const hits = sentenceSearch.search(terms, { sections: new Set([`${agreementId}/${sectionId}`]) });
    const sentence = hits[0]?.sentence ?? sentenceSearch.sentencesOf(agreementId, sectionId)[0];
    return sentence ? passageOf(sentenceSearch, sentence, language) : undefined;
  }

  function validityEvidence(agreement: Agreement, language: Language): Passage | undefined {
    const source = agreement.validitySource;
    if (!source) return undefined;
    const words = sentenceSearch.readTerms(agreement.kind === 'predecessor' ? 'nuvarande gäller maj' : 'gälla mandatperioden');
    return quoteSection(source.agreementId, source.sectionId, words, language);
  }

  function focusAreaSource(area: FocusArea, language: Language): Passage | undefined {
    const words = sentenceSearch.readTerms([area.name.sv, ...area.synonyms.slice(0, 3)].join(' '));
    return quoteSection(area.source.agreementId, area.source.sectionId, words, language);
  }

  function topicOf(answer: Answer, question: string, language: Language, now: Date): QaTopic | undefined {
    return withTopic(answer, question, language, now).topic;
  }

  function withTopic<T extends Answer>(answer: T, question: string, language: Language, now: Date): T {
    if (CLASSIFIED_KINDS.has(answer.kind)) return answer;
    const topic: QaTopic = { question: question.slice(0, 500), language, kind: answer.kind, at: now.toISOString() };
    const from = (source: Answer): void => {
      switch (source.kind) {
        case 'passage': {
          const first = source.passages[0];
          // The last sentence shown of the first passage's section: "vad mer?" goes on from there.
          const last = source.passages.filter((passage) => passage.citation.sectionId === first?.citation.sectionId && passage.citation.agreementId === first.citation.agreementId).at(-1);
          if (first) Object.assign(topic, { agreementId: first.citation.agreementId, sectionId: first.citation.sectionId, ...optional('sentence', last?.sentence), ...optional('shownThrough', last?.through) });
          const speaker = first ? people.find((person) => person.sectionId === first.citation.sectionId && person.agreement.id === first.citation.agreementId) : undefined;
          if (speaker) topic.person = speaker.name;
          const area = pickFocusArea(names.match(question, language), focusAreasById);
          if (area) topic.focusAreaId = area.id;
          break;
        }
        case 'fact':
          topic.agreementId = source.citation.agreementId;
          if (source.citation.sectionId) topic.sectionId = source.citation.sectionId;
          if (source.evidence?.citation.sectionId) Object.assign(topic, { agreementId: source.evidence.citation.agreementId, sectionId: source.evidence.citation.sectionId, ...optional('sentence', source.evidence.sentence) });
          if (source.person) topic.person = source.person;
          break;
        case 'agreement-validity':
          topic.agreementId = source.agreement.id;
          break;
        case 'focus-area':
          topic.focusAreaId = source.focusArea.id;
          if (source.source) Object.assign(topic, { agreementId: source.source.citation.agreementId, sectionId: source.source.citation.sectionId, ...optional('sentence', source.source.sentence) });
          break;
        case 'no-answer': {
          if (source.focusArea) topic.focusAreaId = source.focusArea.id;
          // "martin vallas roll?" is not stated, but "parti?" next still asks about him.
          const named = findPerson(foldText(question), people) ?? findPersonByRole(foldText(question), people);
          if (named) Object.assign(topic, { person: named.name, agreementId: named.agreement.id });
          break;
        }
        case 'district':
          topic.districtId = source.district.id;
          break;
        case 'focus-areas':
          if (cityWide) topic.agreementId = cityWide.id;
          break;
        case 'two-part': {
          const last = source.parts[source.parts.length - 1];
          if (last) from(last.answer);
          break;
        }
        default:
          break;
      }
    };
    from(answer);
    return { ...answer, topic };
  }
}

/** The agreement as a topic of its own (its words are frame words elsewhere: every question names it). */
const AGREEMENT_TERM: QuestionTerm = { word: 'samverkansavtal', terms: ['samverkansavtal', 'overenskommels'], known: true };
/** A time a when-question can be answered with. */
const TIME_IN_TEXT = /\b(19|20)\d\d\b|\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|mandatperioden|i god tid|i tid|vid beslut|nu|redan|tidigt)\b/;
/** Someone a who-question can be answered with: a party, an organisation, a group of people. */
const SOMEONE_IN_TEXT = /\b(polisen|polisregionen|polismyndigheten|stockholmspolisen|staden|stad|kommunen|stockholms stad|tjansteman|stadsdelarna|namnder|bolag|aktorer|forvaltning\w*|\w+forvaltning\w*|lokalpolisomraden|parterna|styrgruppen|majoriteten|alla|stockholmare|individer|unga|politiken|instanser|grupp|sager)\b/;
/** "står det om kameror i uttalandet?", "is there anything on schools in the press release?": whether that document says it. */
const DOCUMENT_ASKED_WHETHER = /^\W*(och |and |men |but )?(star|stod|finns|sags|tas|is|are|was)\b.*\b(i|in) (det |den |the )?(sarskilda |special )?(uttalande\w*|statement|pressmeddelande\w*|press release)\b/;
/** Nouns for people: "vilka unga …?" asks who, which the documents describe ("individer i farozonen"). */
const PEOPLE_NOUNS = /^(unga|ungdomar|ungdomarna|individer|personer|young|youth|youths|people|individuals|persons|teenagers)$/;
const DIFFERENCE_WORDS = /^(skiljer|skilja|skillnad\w*|different|difference|differ\w*|forandr\w*|change\w*|jamfort|compared|annorlunda)$/;
/** Who has a view in the documents: the people quoted, the parties behind the statement, the police, the city, the documents themselves. */
const OPINION_HOLDERS = /^(ks|text\w*|passage|section|avsnitt\w*|polis\w*|police\w*|stad\w*|city|kommun\w*|municipality|parti\w*|part(y|ies)|majoritet\w*|majority|authors?|forfattarna|uttalande\w*|statement|pressmeddelande\w*|press|release|document\w*|dokument\w*|agreement|avtal\w*|they|he|she|han|hon|dom|de|regionpolischef\w*|finansborgarrad\w*|chief|commissioner|finance|regional|moderaterna|centern|liberalerna|miljopartiet|you|du|ni|it|man)$/;
/** A trailing "då"/"then" after a word that is no question word ("hur då?", "back then" keep theirs). */
const TRAILING_THEN = /(?<=\p{L})(?<!\b(hur|vem|vad|när|nar|var|vart|varför|varfor|vilka|vilken|vilket|och|how|what|who|when|where|why|which|and|back))[\s,]+(då|da|then)(?=[\s?!.]*$)/iu;
/** The patterns that read a question: their words are the ones a misspelling is corrected to. */
const READING_PATTERNS = [CUE_PATTERNS, FACT_PATTERNS, followUpPatterns, questionPatterns, refusalPatterns].flatMap((patterns) => Object.values(patterns).filter((value): value is RegExp => value instanceof RegExp));
/** The words the fact patterns read (folded): a misspelt one is corrected eagerly (`createSpellingCorrector`). */
const FACT_KEYWORDS = ['skrivit', 'undertecknat', 'pressmeddelande', 'pressmeddelandet', 'uttalande', 'uttalandet', 'diarienummer', 'diarienumret', 'arendenummer', 'telefonnummer', 'pressjour', 'pressjouren', 'pressjournummer', 'nummer', 'number', 'statement', 'release', 'regionpolischef', 'regionpolischefen', 'finansborgarrad', 'finansborgarradet', 'undertecknade', 'signed', 'title', 'titel', 'titeln', 'authors', 'published', 'skickade', 'skickades', 'citeras', 'quoted', 'parti', 'partiet'];
const STATUS_WORDS = /^(laget|lage|lagesbild\w*|lagesrapport\w*|status\w*|situation\w*|progress|going|doing|looking|things)$/;
const WHEN = /\b(nar|when|what time|vilken tid)\b/;
/** Facts that name people, parties or whose line it is: the only ones that answer a who-question. */
const PERSON_FACTS = new Set<string>(['authors', 'author', 'people', 'person', 'party', 'parties', 'issuer', 'contact']);
/** A judgement of the proposal asked for: better than the old one, an improvement, what they think of it compared with before. */
const PROPOSAL_VERDICT = /\b(battre|samre|better|worse|improvement|forbattring|step forward|steg framat|kvalit\w*|quality|positiv\w*|negativ\w*|kritisk\w*|positive|negative|critical|nojd\w*|happy|satisfied)\b|\b(tycker|tyckte|anser|ansag|ser|think|thinks|view|views|rate|rates|judge|judges|see|sees)\b.*\b(forslag\w*|proposal|draft|utkast\w*)\b/;
/** Two capitals that abbreviate something else than a person ("MP", "KS"): never read as initials. */
const TWO_LETTER_ABBREVIATIONS = new Set(['MP', 'KS', 'PM', 'SL', 'SD', 'KD', 'EU', 'OK', 'TV', 'IT', 'AB', 'HR', 'US', 'UK', 'ID', 'AI', 'VD', 'KF']);
/** "hur många partier står bakom uttalandet?": the signatories are listed, so they can be counted. */
const COUNTS_SIGNATORIES = /\b(hur manga|how many) (partier|parties|personer|people|politiker\w*|politicians|signatories|undertecknare)\b.*\b(bakom|behind|skrev|skrivit|signed|undertecknade|undertecknat|star|stod)\b/;

/** Kinds the bot answers from live data; they carry no topic (their tests compare them whole). */
const CLASSIFIED_KINDS = new Set<Answer['kind']>(['district-status', 'missing-reports', 'summary', 'report-command', 'tasks', 'decisions', 'help']);

/** Unknown words that ask for an order in time the documents do not give. */
const TOPIC_RELATION = /^(before|after|innan|fore|forut|senaste|latest|recent|recently|nyligen)$/;

/** Folded words written with a capital letter inside a sentence: names of things ("Malmö", "Göteborg"). */
function properNounsOf(text: string): Set<string> {
  const nouns = new Set<string>();
  for (const sentence of text.split(/[.!?]\s+/)) {
    const words = sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    words.slice(1).forEach((word) => {
      if (/^\p{Lu}\p{Ll}/u.test(word)) nouns.add(foldText(word));
    });
  }
  return nouns;
}


/** A district's local agreement, which no document holds. */
const LOCAL_AGREEMENT = /\blokal\w* (samverkans)?overenskomm?els\w*|\blocal (agreement|deal)s?\b|\blokala avtal\w*/;
/** Asked for a summary of a document or of someone's words. */
const SUMMARY_ASK = /\b(sammanfatta\w*|sammanfattning\w*|summering\w*|summari[sz]e\w*|summary|sum up|i korthet|the gist|the main points|huvudpunkter\w*)\b/;
/** Where the work on the new agreement stands: "vad händer nu?", "what's planned?", "signed yet?". */
const AGREEMENT_PROGRESS = /\b(vad hander (nu|harnast)|what comes next|already (finished|done|complete|completed|signed|ready)|(redan|an|annu) (klart|klar|fardigt|fardig)|(klart|klar|fardigt|fardig) (redan|an|annu)|where does (the work|it|the agreement|the new agreement|work)\b.*\bstand|hur ligger (arbetet|det) till|hur langt har (de|man|dom) kommit|hur gar det med|vad ar (planen|laget)|what happens (now|next)|what(?:'?s| is) (next|planned|the plan|happening)|where (are|do) (they|we|things) (with|stand)|how far (along )?(have|has|are|is)|hur langt har|(skrivits|undertecknats|signerats) (an|annu)|been signed yet|signed yet|klart (an|annu)|har (det|avtalet|den|overenskommelsen) (skrivits under|undertecknats|signerats))\b/;
const FOCUS_LIST = /\b(vilka|which|what)( are| ar)?( the| de)? (fler |andra |other |more |ovriga )?(sakomraden|omraden|areas)\b|\b(vilka|which|what)( \w+)? (amnen|sakfragor|topics|subjects|issues|priorities|key priorities)\b.*\b(nya|new)\b|\bomraden\w* (diskuteras|ska)\b|\bareas (are )?(discussed|under discussion)\b|^focus areas\W*$|^\W*(och |and |so )?(vad|what) (diskuteras|is discussed|is being discussed)( da| then)?\W*$|\bvilka (fragor|amnen|sakfragor) (snackar|pratar|diskuterar|talar) (man|de|dom|ni) om\b|\b(what|which)( areas| topics)? (will|does|should|would) (the )?new (one|agreement|deal) cover\b|\brakna upp\b.*\bomraden\w*|\blist\b.*\b(areas|topics)\b|\b(which|what|vilka|vad for) (issues|topics|subjects|matters|fragor|amnen|sakfragor)\b.*\b(diskuteras|discussed|covered|included|listed|cooperate on|samverka (kring|om)|tas upp)\b/;
/** Asking for someone's view or message as a whole. */
const VIEW = /\b(think|thinks|view|views|opinion|message|take|stance|position|budskap\w*|tycker|tyckte|anser|ansag|mening|installning|standpunkt|instalning|reaction|reagerar|kommentar\w*|comment\w*|beskriver|beskriva|describe[sd]?)\b|\bhur ser (\p{L}+ ){0,3}pa\b/u;
/** Words that name no topic of their own in "what does X think about the (new) agreement?". */
const GENERIC_VIEW = /^(ser|beskriver|beskriva|describe[sd]?|avtal\w*|samarbet\w*|samverka\w*|overenskommels\w*|agreement\w*|cooperation|collaboration|partnership|deal|nya|nytt|new|message\w*|budskap\w*|main|huvud\w*|overall|kort|short|line|sammanfatt\w*|summar\w*|this|detta|allt|all|it|det|whole|hela|generally|general|allmanhet)$/;
const HE = /\b(han|honom|hans|he|him|his)\b/;
const SHE = /\b(hon|henne|hennes|she|her|hers)\b/;
const PERSON_PRONOUN = /\b(han|hon|honom|henne|he|she|him|her|hans|hennes|his)\b/;

const DOCUMENT_SLOT = /\b(uttalande\w*|statement|pressmeddelande\w*|press release|release)\b/g;
const VERSION_SLOT = /\b(nya|nytt|new|nuvarande|current|gamla|old|forsta|first|tidigare|previous|2015)\b/g;
const PERSON_SLOT = (people: readonly NamedPerson[]): RegExp =>
  new RegExp(`\\b(${[...people.flatMap((person) => person.forms), 'han', 'hon', 'he', 'she', 'him', 'her', 'honom', 'henne', 'finansborgarradet?', 'regionpolischefen?', 'police chief', 'finance commissioner'].join('|')})\\b`, 'g');
const QUESTION_WORD = /\b(vad|vem|vilk\w*|nar|hur|varfor|var|who|what|whats|when|how|which|why|where|is|are|does|do|did|ar|finns)\b/;

/**
 * A fragment that only swaps the document or the version the previous question was about ("och
 * pressmeddelandet?", "and the new one?") becomes the previous question with that slot replaced.
 */
function fragmentInContext(text: string, previousQuestion: string, people: readonly NamedPerson[], personSlot: RegExp): string | undefined {
  const bare = foldText(text).replace(/^\W*(och|o|men|samt|and|but|so|what about|how about)\b/, '').replace(/\b(da|then)\W*$/, '').replace(/[?!.]+/g, ' ').trim();
  // "och L?", "o för M?": a party by its letter is the party by its name.
  const letter = bare.replace(/^(for|from|fran|i|in) /, '');
  const core = PARTY_LETTERS[letter] ?? bare;
  if (core === '' || QUESTION_WORD.test(core) || core.split(/\s+/).length > 4) return undefined;
  const slots = [DOCUMENT_SLOT, VERSION_SLOT, PARTY_NAME].filter((slot) => new RegExp(slot.source).test(core));
  // Another person: the previous question's person (named, by role or by pronoun) gives way.
  if (findPerson(core, people) || findPersonByRole(core, people)) slots.push(personSlot);
  if (slots.length === 0) return undefined;
  let question = foldText(previousQuestion);
  for (const slot of slots) question = question.replace(slot, ' ');
  return `${question.replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim()} ${core}?`;
}

/** Party letters as a fragment writes them ("och MP?"), and the names the party patterns read. */
const PARTY_LETTERS: Readonly<Record<string, string>> = { c: 'centerpartiet', m: 'moderaterna', l: 'liberalerna', mp: 'miljopartiet', s: 'socialdemokraterna', v: 'vansterpartiet', sd: 'sverigedemokraterna', kd: 'kristdemokraterna' };

/** The kind of answer the question word asks for, to prefer sentences holding one. */
function expectedAnswer(folded: string): SearchOptions['expects'] {
  // "vad är syftet med nya överenskommelsen?": the aim of the new one is what it changes ("förtydliga och utöka"),
  // unless the question names the change itself ("the point of making it clearer?").
  if (/\b(syfte\w*|purpose|mal|malet|malsattning\w*|goal|aims?|point|poang\w*|uppna\w*|achieve\w*|accomplish\w*)\b/.test(folded) && /\b(nya|nytt|new|stadsovergripande|citywide|city-wide)\b/.test(folded) && !/\b(clearer|clarif\w*|tydligare|fortydlig\w*|utok\w*|expand\w*)\b/.test(folded) && /\b(avtal\w*|overenskommels\w*|samverkansavtal\w*|agreement|deal)\b/.test(folded)) return 'change';
  // "vad är syftet?", "what's it for?", and why the agreement is needed or important: what it is for, not what caused it.
  const agreementJustified = /\b(varfor|why)\b.*\b(behovs|behover|viktig\w*|need\w*|important|necessary)\b/.test(folded) && /\b(samverkansavtal\w*|avtal\w*|overenskommels\w*|agreement\w*|deal)\b/.test(folded);
  if ((agreementJustified || /\b(syfte\w*|purpose|poang\w*|point|till for|what for|for what|what(?:'?s| is) (it|the \w+) for|is (it|the \w+) for)\b|\bwhat('?s| is| are)( \w+){1,4} for\b(?! (the|a|an|whom|who|which|what)\b)/.test(folded))) return 'purpose';
  if (/\b(varfor|why|syfte\w*|purpose)\b/.test(folded)) return 'reason';
  if (/\b(vem|vilka|who|whom)\b/.test(folded)) return 'person';
  if (/\b(nar|when|hur lange|how long)\b/.test(folded)) return 'date';
  if (/\b(niva\w*|levels?|centralt|lokalt|central|local)\b/.test(folded)) return 'level';
  // "hur skiljer sig det nya avtalet från det gamla?": what changes.
  if ((/\b(skiljer|skillnad\w*|different|difference|differ\w*|forandr\w*|change\w*|jamfort|compared|new about|annorlunda|battre)\b/.test(folded) || CHANGE_VERB.test(folded)) && /\b(nya|nytt|new)\b/.test(folded)) return 'change';
  // "vad är nytt?", "what's new?": what the new agreement changes.
  if (/\b(vad|what) (ar|is|'?s|blir) (nytt|new)\b|^\W*(what(?:'?s| is)|whats) new\b/.test(folded)) return 'change';
  // "hur prioriterad är tryggheten?", "how important is the school?": a degree.
  if (/\bhur (hogt |mycket )?(prioriterad\w*|viktig\w*|angelagen|allvarlig\w*|central)\b|\bhow (high|highly|important|much of a priority|serious|central)\b/.test(folded)) return 'degree';
  // "how does the statement describe the agreement?", "vad är samverkansavtalet?": what it is.
  if (/\b(describe[sd]?|beskriv\w*|characteri[sz]e[sd]?|portray\w*|depict\w*|calls?|kallar)\b|\b(vilket|vilken|vad for|what|which) (slags|sorts|sort of|typ av|kind of|type of) \w+ (ar|is)\b|^\W*(vad|what) (ar|is) (ett |en |an? |the )?\w+( (enligt|according to|in|i) (the )?\w+)?\W*$/.test(folded)) return 'definition';
  return undefined;
}

function hasOwnSubject(terms: QuestionTerm[]): boolean {
  return terms.length > 0;
}

/**
 * The share of the question's words the sentence itself holds. The parties' names ("polisen och
 * staden") are the subject of nearly every sentence and often stand in the sentence before: they do
 * not count, unless they are all the question has.
 */
function ownShare(matched: string[], terms: QuestionTerm[]): number {
  const topical = terms.filter((term) => !PARTY_WORDS.has(term.word));
  const counted = topical.length > 0 ? topical : terms;
  if (counted.length === 0) return 1;
  return counted.filter((term) => matched.includes(term.word)).length / counted.length;
}

const PARTY_WORDS = new Set(['polis', 'polisen', 'stad', 'staden', 'stockholm', 'stockholms', 'kommun', 'kommunen', 'polisregion', 'polisregionen', 'police', 'city', 'municipality']);

function focusAreaWordSet(area: FocusArea): Set<string> {
  return new Set([area.name.sv, area.name.en, ...area.synonyms].flatMap((name) => splitWords(foldText(name))));
}

/** Status questions ask how things are going (live data), not what the agreement says. */
function isStatusQuestion(cues: Cues, week: WeekKey | undefined, district: NameMatch | undefined): boolean {
  if (cues.status) return true;
  if (cues.show && district && !cues.priorities) return true;
  const asksReferenceData = cues.owners || cues.validity || cues.agreements || cues.focusAreas || cues.districts || cues.cite || cues.priorities;
  return week !== undefined && !asksReferenceData;
}

function pickFocusArea(matches: NameMatch[], byId: Map<string, FocusArea>): FocusArea | undefined {
  const match = matches.find((candidate) => candidate.kind === 'focus-area' && byId.has(candidate.id));
  return match ? byId.get(match.id) : undefined;
}

function withWeek<T extends Answer>(answer: T, week: WeekKey | undefined): T {
  return week ? { ...answer, week } : answer;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function focusAreaRef(area: FocusArea): FocusAreaRef & { owners: string[] } {
  return { id: area.id, name: area.name, summary: area.summary, owners: area.owners };
}

function agreementRef(agreement: Agreement): AgreementRef {
  return {
    id: agreement.id,
    kind: agreement.kind,
    title: agreement.title,
    ...optional('caseNumber', agreement.caseNumber),
    validity: agreement.validity,
    document: agreement.document,
    demo: agreement.demo,
  };
}

function uniqueCitations(citations: Array<Citation | undefined>): Citation[] {
  const seen = new Set<string>();
  const unique: Citation[] = [];
  for (const citation of citations) {
    if (!citation) continue;
    const key = `${citation.agreementId}/${citation.sectionId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(citation);
  }
  return unique;
}

