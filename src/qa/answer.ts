import type { Language, Localized } from '../domain/model.ts';
import type { WeekKey } from '../domain/iso-week.ts';
import type { QaTopic } from '../domain/qa-topic.ts';

/** An agreement as answers show it: enough to cite it, nothing the knowledge base does not hold. */
export interface AgreementRef {
  id: string;
  kind: 'city-wide' | 'predecessor' | 'local' | 'press-release';
  title: Localized;
  caseNumber?: string;
  validity: Localized;
  document: string;
  demo: boolean;
}

/** Where a passage or a focus area comes from: document and section, as answers cite them. */
export interface Citation {
  agreementId: string;
  sectionId: string;
  document: string;
  agreementTitle: Localized;
  sectionTitle: Localized;
  /** The document's date (ISO), when it has one. */
  date?: string;
}

export interface FocusAreaRef {
  id: string;
  name: Localized;
  summary: Localized;
}

/** A verbatim excerpt of a section (Swedish, as the source says it) with its citation. */
export interface Passage {
  citation: Citation;
  quote: string;
  /** For English answers: a short English gist of the quoted Swedish (from the data), when there is one. */
  gistEn?: string;
  /** Who says it, when the section quotes a person ("Ulf Johansson (regionpolischef i Stockholm)"). */
  speaker?: Localized;
  /** The position in its section of the sentence that answers, for follow-ups on it ("why?", "can you quote it?"). */
  sentence?: number;
  /** When the quote runs on past that sentence (a follow-up went on from it): the position of the last one shown. */
  through?: number;
}

interface Base {
  language: Language;
  /** What the answer was about, for the caller to hand back as `previous` with the next question. */
  topic?: QaTopic;
}

export interface FocusAreasAnswer extends Base {
  kind: 'focus-areas';
  focusAreas: FocusAreaRef[];
  /** The city-wide agreement the areas belong to. */
  agreement?: AgreementRef;
  sources: Citation[];
}

export interface AgreementsAnswer extends Base {
  kind: 'agreements';
  agreements: AgreementRef[];
}

export interface AgreementValidityAnswer extends Base {
  kind: 'agreement-validity';
  agreement: AgreementRef;
  /** Where the validity is stated (the press release), with the sentence saying it. */
  evidence?: Passage;
}

export interface DistrictsAnswer extends Base {
  kind: 'districts';
  districts: Array<{ id: string; name: string; demo: boolean }>;
}

export interface FocusAreaAnswer extends Base {
  kind: 'focus-area';
  focusArea: FocusAreaRef & { owners: string[] };
  /** What was asked: who owns it, or what it is. */
  aspect: 'owners' | 'overview';
  source?: Passage;
}

export interface DistrictAnswer extends Base {
  kind: 'district';
  district: { id: string; name: string; localPriorities: Localized[]; demo: boolean };
}

export interface PassageAnswer extends Base {
  kind: 'passage';
  passages: Passage[];
}

export interface HelpAnswer extends Base {
  kind: 'help';
}

export interface NoAnswer extends Base {
  kind: 'no-answer';
  /** not-stated: the question is about the documents' subject but they do not say (who owns an area, a cost, a date). */
  reason?: 'not-stated';
  /** What the documents do not say anything about, when it is a focus area. */
  focusArea?: FocusAreaRef;
  /** The passage nearest to the question, which does not give what it asks ("regelbundet" for "how often?"). */
  nearest?: Passage;
}

/** What a fact answer states; the card names it in the reader's language. */
export type FactTopic =
  | 'case-number'
  | 'document-kind'
  | 'title'
  | 'parties'
  | 'authors'
  | 'author'
  | 'issuer'
  | 'date'
  | 'people'
  | 'person'
  | 'party'
  | 'contact'
  | 'first-signed'
  | 'ordinal';

/** A fact a document states about itself (header, signature, dateline, contact line), given directly. */
export interface FactAnswer extends Base {
  kind: 'fact';
  fact: FactTopic;
  /** The fact, from the data, in both languages ("KS 2019/656", "Johan Kling (C)"). */
  value: Localized;
  /** The document it comes from (section when the fact is in running text). */
  citation: Citation;
  /** The sentence stating it, when the fact is in running text. */
  evidence?: Passage;
  /** The person the fact is about, for "vad sa hon?". */
  person?: string;
}

/** A question of two parts ("vilket diarienummer … och när kom pressmeddelandet?"), answered part by part. */
export interface TwoPartAnswer extends Base {
  kind: 'two-part';
  parts: Array<{ question: string; answer: Answer }>;
}

/** A coordinator's saved answer to this question, shown as theirs ahead of retrieval. */
export interface CuratedAnswerReply extends Base {
  kind: 'curated';
  id: string;
  text: string;
  /** The language the coordinator wrote in (may differ from the reply's). */
  textLanguage: Language;
  by: string;
  savedAt: string;
  source?: string;
}

/** Live data the bot resolves elsewhere; the answerer only classifies and extracts. */
export interface DistrictStatusAnswer extends Base {
  kind: 'district-status';
  districtId?: string;
  focusAreaId?: string;
  week?: WeekKey;
}

export interface MissingReportsAnswer extends Base {
  kind: 'missing-reports';
  week?: WeekKey;
}

export interface SummaryAnswer extends Base {
  kind: 'summary';
  week?: WeekKey;
}

export interface ReportCommandAnswer extends Base {
  kind: 'report-command';
  districtId?: string;
}

/** Questions about the action plan (handlingsplanen), answered from the stored tasks. */
export interface TasksAnswer extends Base {
  kind: 'tasks';
  /** mine: assigned to the asker; overdue; due: due in `week` (default this week); owner: who owns them. */
  filter: 'mine' | 'overdue' | 'due' | 'owner';
  districtId?: string;
  focusAreaId?: string;
  week?: WeekKey;
}

/** Questions about the decision log ("beslut som behöver förankras"). */
export interface DecisionsAnswer extends Base {
  kind: 'decisions';
}

export type Answer =
  | TasksAnswer
  | DecisionsAnswer
  | FocusAreasAnswer
  | AgreementsAnswer
  | AgreementValidityAnswer
  | DistrictsAnswer
  | FocusAreaAnswer
  | DistrictAnswer
  | PassageAnswer
  | HelpAnswer
  | NoAnswer
  | FactAnswer
  | TwoPartAnswer
  | CuratedAnswerReply
  | DistrictStatusAnswer
  | MissingReportsAnswer
  | SummaryAnswer
  | ReportCommandAnswer;

export type AnswerKind = Answer['kind'];

