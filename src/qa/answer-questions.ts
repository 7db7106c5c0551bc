import type { Agreement, FocusArea, Language } from '../domain/model.ts';
import type { WeekKey } from '../domain/iso-week.ts';
import type { AgreementRef, Answer, Citation, FocusAreaRef, Passage } from './answer.ts';
import { buildLanguageVocabulary, detectLanguage, languageOfWords } from './detect-language.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { QaTopic } from '../domain/qa-topic.ts';
import { createNameMatcher, type NameMatch } from './match-names.ts';
import { classifyPlanQuestion } from './classify-plan-question.ts';
import { parseWeek } from './parse-week.ts';
import { readCues, type Cues } from './read-cues.ts';
import { createPassageSearch } from './search-passages.ts';

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

/**
 * Builds the search indexes for one knowledge base once; call again when the data changes.
 * Every answer is taken from the knowledge base; when nothing fits well enough the answer is
 * "no answer", never a guess.
 */
export function createQuestionAnswerer(kb: KnowledgeBase): QuestionAnswerer {
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
  });
  const names = createNameMatcher(kb, sections.flatMap((section) => [section.text, section.title.sv]));
  const passages = createPassageSearch(kb);
  const focusAreasById = new Map(kb.focusAreas.map((area) => [area.id, area]));
  const districtsById = new Map(kb.districts.map((district) => [district.id, district]));
  const cityWide = kb.agreements.find((agreement) => agreement.kind === 'city-wide') ?? kb.agreements[0];
  const predecessor = kb.agreements.find((agreement) => agreement.kind === 'predecessor');

  function citationOf(agreementId: string, sectionId: string): Citation | undefined {
    const agreement = kb.agreements.find((candidate) => candidate.id === agreementId);
    const section = agreement?.sections.find((candidate) => candidate.id === sectionId);
    if (!agreement || !section) return undefined;
    return { agreementId, sectionId, document: agreement.document, agreementTitle: agreement.title, sectionTitle: section.title };
  }

  function focusAreaSource(area: FocusArea): Passage | undefined {
    const words = [area.name.sv, ...area.synonyms];
    return passages.quote(area.source.agreementId, area.source.sectionId, words.flatMap((word) => word.split(/\s+/)));
  }

  return {
    languageOf: (text) => languageOfWords(text.slice(0, MAX_QUESTION_LENGTH), vocabulary),
    answer(rawText, context) {
      const text = rawText.slice(0, MAX_QUESTION_LENGTH).trim();
      const language = context.language ?? detectLanguage(text, context.locale, vocabulary);
      const noAnswer = (): Answer => ({ kind: 'no-answer', language });
      if (text === '') return { kind: 'help', language };

      const cues = readCues(text);
      const week = parseWeek(text, context.now ?? new Date());
      const matches = names.match(text, language);
      const district = matches.find((match) => match.kind === 'district' && districtsById.has(match.id));
      const focusArea = pickFocusArea(matches, focusAreasById);

      if (cues.greetingOnly || cues.help) return { kind: 'help', language };
      if (cues.missingReports) return withWeek({ kind: 'missing-reports', language }, week);
      if (cues.reportCommand) return { kind: 'report-command', language, ...(district ? { districtId: district.id } : {}) };
      if (cues.summary && !(cues.agreementWord && !week)) return withWeek({ kind: 'summary', language }, week);
      const plan = classifyPlanQuestion(cues, language, { ...(district ? { districtId: district.id } : {}), ...(focusArea ? { focusAreaId: focusArea.id } : {}), ...(week ? { week } : {}) });
      if (plan) return plan;
      if (isStatusQuestion(cues, week, district)) {
        return withWeek(
          { kind: 'district-status', language, ...(district ? { districtId: district.id } : {}), ...(focusArea ? { focusAreaId: focusArea.id } : {}) },
          week,
        );
      }
      if (cues.owners && focusArea) return { kind: 'focus-area', language, aspect: 'owners', focusArea: focusAreaRef(focusArea), ...optional('source', focusAreaSource(focusArea)) };
      if (cues.validity && (cues.agreementWord || !focusArea) && !district) {
        const agreement = cues.predecessor && predecessor ? predecessor : cityWide;
        if (agreement) return { kind: 'agreement-validity', language, agreement: agreementRef(agreement) };
      }
      if (cues.agreements) return { kind: 'agreements', language, agreements: kb.agreements.map(agreementRef) };
      if (cues.focusAreas && !focusArea && !district) {
        const sources = uniqueCitations(kb.focusAreas.map((area) => citationOf(area.source.agreementId, area.source.sectionId)));
        return {
          kind: 'focus-areas',
          language,
          focusAreas: kb.focusAreas.map((area) => ({ id: area.id, name: area.name, summary: area.summary })),
          ...optional('agreement', cityWide ? agreementRef(cityWide) : undefined),
          sources,
        };
      }
      if (cues.districts && !district) {
        return { kind: 'districts', language, districts: kb.districts.map(({ id, name, demo }) => ({ id, name, demo })) };
      }
      if (district && !(cues.cite && focusArea)) {
        const found = districtsById.get(district.id)!;
        return { kind: 'district', language, district: { id: found.id, name: found.name, localPriorities: found.localPriorities, demo: found.demo } };
      }
      if (focusArea) {
        if (cues.cite) {
          const hits = passages.search(text, language, [focusArea.name.sv]);
          if (hits.length > 0) return { kind: 'passage', language, passages: hits.map((hit) => hit.passage) };
          const source = focusAreaSource(focusArea);
          if (source) return { kind: 'passage', language, passages: [source] };
        }
        return { kind: 'focus-area', language, aspect: 'overview', focusArea: focusAreaRef(focusArea), ...optional('source', focusAreaSource(focusArea)) };
      }
      // "Why" about the agreement asks for its purpose, which the sections name as such.
      const purpose = cues.why && cues.agreementWord ? (language === 'sv' ? ' syfte' : ' purpose') : '';
      const hits = passages.search(text + purpose, language);
      if (hits.length > 0) return { kind: 'passage', language, passages: hits.map((hit) => hit.passage) };
      return noAnswer();
    },
  };
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

