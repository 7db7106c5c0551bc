import type { Language } from '../domain/model.ts';
import type { Citation, Passage } from './answer.ts';
import { ENGLISH_TO_SWEDISH, GLOSSARY_WORDS, SWEDISH_SYNONYMS } from './glossary.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { foldText, splitSentences, splitWords } from './normalize-text.ts';
import { FRAME_WORDS, isFrameWord } from './question-words.ts';
import { stemEnglish, stemSwedish } from './stem-word.ts';
import { isStopWord } from './stop-words.ts';

/** One sentence of a section: the unit retrieval ranks and answers quote. */
export interface SentenceDoc {
  index: number;
  citation: Citation;
  /** Position in its section. */
  position: number;
  text: string;
  gistEn?: string;
  tokens: ReadonlySet<string>;
  /** The text folded, for the answer-kind markers. */
  folded: string;
  /** Each word's tokens (folded, stemmed) in order, for the nearness of two question words. */
  positions: ReadonlyArray<readonly string[]>;
  /** The words of the questions the sentence answers (`askedAs`), not already among `tokens`. */
  askedTokens: ReadonlySet<string>;
}

/** A question word and the corpus terms it can match; `known` is false when nothing in the documents is like it. */
export interface QuestionTerm {
  word: string;
  terms: string[];
  known: boolean;
}

export interface SentenceHit {
  sentence: SentenceDoc;
  score: number;
  coverage: number;
  matched: string[];
}

export interface SearchOptions {
  /** Only sentences of these sections (`agreementId/sectionId`). */
  sections?: ReadonlySet<string>;
  /** Multiply the score of sentences of these sections (the follow-up's previous section). */
  prefer?: ReadonlySet<string>;
  /** Multiply the score of sentences of this document (the question names it: "uttalandet"). */
  document?: string;
  /** Prefer sentences holding this kind of answer. */
  expects?: 'person' | 'date' | 'reason' | 'purpose' | 'place' | 'level' | 'degree' | 'definition' | 'change';
  /**
   * Words of the question that frame it ("redan", "samma", "already") but that the documents also
   * use: they break ties between sentences that cover the question equally, never count as covering it.
   */
  boost?: readonly QuestionTerm[];
}

/** What a sentence holding each kind of answer looks like (folded text): ranking prefers it. */
export const ANSWER_MARKERS: Record<NonNullable<SearchOptions['expects']>, RegExp> = {
  person: /\b(polisen|tjansteman|stadsdelarna|namnder|bolag|aktorer|forvaltning\w*|fackforvaltning\w*|lokalpolisomraden|stadsdelsforvaltningar|parterna|polisregionen|kommunen|styrgruppen|sager)\b/,
  date: /\b(19|20)\d\d\b|\b(maj|januari|mandatperioden)\b/,
  reason: /\b(for att|darfor|eftersom|sa att|i och med|pa grund av|till foljd av)\b/,
  purpose: /\b(for att|sa att|syfte\w*|ska \w+a)\b/,
  place: /\b(i staden|stadsdel\w*)\b/,
  level: /\b(niva|centralt|lokalt)\b/,
  degree: /\b(hogt|hog|sarskilt|sarskild|valdigt|mycket|viktigaste|betydande)\b/,
  definition: /\b\w+(avtalet|overenskommelsen|et|en) ar (ett|en)\b/,
  change: /\b(utoka|malsattningen|hojer|nytt och nara)\b/,
};

/** How much a question word scores by how it stands in the sentence (`Presence.own`): asked, in a compound naming a party, inflected or synonym, verbatim. */
const OWN_SCORE = [0, 0.65, 0.75, 0.85, 1] as const;
/** A compound headed by the city's name names a party ("Stockholmspolisen"), not the topic its tail is. */
const PLACE_HEADED = /^stockholms\p{L}{4,}/u;
/** How many of the best sentences get the phrase bonus (see `search`). */
const PHRASE_CANDIDATES = 64;

/** Swedish definite and plural endings the stemmer keeps ("syftet"); stripped when that finds a corpus word. */
const ENDINGS = ['erna', 'arna', 'orna', 'et', 'en', 'na', 'n', 't', 's'] as const;

/**
 * Sentence retrieval over every section of every document. Words are folded and stemmed;
 * a query term matches a document word that equals it, starts with it (4+ letters: "kamer" in
 * "kamerabevakning") or ends with it (5+ letters: compound tails, "bevakning"). Unknown words are
 * corrected to corpus words within one edit (two from 8 letters), English words go through the
 * glossary. Ranking is BM25-like: each question word weighs by how few sentences hold it.
 */
export function createSentenceSearch(kb: KnowledgeBase, extraVocabulary: readonly string[] = []) {
  const sentences: SentenceDoc[] = [];
  const seen = new Set<string>();
  const sectionTitleTokens = new Map<string, Set<string>>();
  for (const agreement of kb.agreements) {
    for (const section of agreement.sections) {
      if (seen.has(section.text)) continue; // the predecessor repeats a press-release section
      seen.add(section.text);
      const citation: Citation = {
        agreementId: agreement.id,
        sectionId: section.id,
        document: agreement.document,
        agreementTitle: agreement.title,
        sectionTitle: section.title,
        ...(agreement.date ? { date: agreement.date } : {}),
      };
      sectionTitleTokens.set(`${agreement.id}/${section.id}`, tokensOf(section.title.sv));
      splitSentences(section.text).forEach((text, position) => {
        const gistEn = section.sentencesEn?.[position];
        const positions = splitWords(text).map((word) => [...new Set([foldText(word), foldText(stemSwedish(word))])]);
        const tokens = tokensOf(text);
        const askedTokens = new Set([...tokensOf((section.askedAs?.[position] ?? []).join(' '))].filter((token) => !tokens.has(token) && !isStopWord(token) && !isFrameWord(token)));
        sentences.push({ index: sentences.length, citation, position, text, ...(gistEn ? { gistEn } : {}), tokens, folded: foldText(text), positions, askedTokens });
      });
    }
  }
  /** The words the documents themselves use (not the questions they answer, nor the facts' vocabulary). */
  const documentTokens = new Set(sentences.flatMap((sentence) => [...sentence.tokens]));
  const corpusTokens = new Set<string>();
  for (const sentence of sentences) for (const token of [...sentence.tokens, ...sentence.askedTokens]) corpusTokens.add(token);
  for (const tokens of sectionTitleTokens.values()) for (const token of tokens) corpusTokens.add(token);
  for (const text of extraVocabulary) for (const token of tokensOf(text)) corpusTokens.add(token);
  const corpusWords = [...corpusTokens];
  const typoTargets = corpusWords.filter((token) => token.length >= 5 && !isStopWord(token) && !token.startsWith('en:'));
  const typoStems = [...new Set(typoTargets.map((token) => foldText(stemSwedish(token))).filter((stem) => stem.length >= 6))];

  const termCache = new Map<string, QuestionTerm | null>();

  function matches(term: string, token: string, asTail = true): boolean {
    if (term === token) return true;
    if (term.length >= 4 && token.startsWith(term)) return true;
    if (asTail && term.length >= 5 && token.endsWith(term)) return true;
    return token.length >= 5 && term.startsWith(token) && term.length - token.length <= 3;
  }

  function isKnown(term: string): boolean {
    return corpusWords.some((token) => matches(term, token));
  }

  function swedishTerms(folded: string, lower: string): string[] {
    const stem = foldText(stemSwedish(lower));
    const terms = new Set([stem]);
    for (const ending of ENDINGS) if (stem.endsWith(ending) && stem.length - ending.length >= 4) terms.add(stem.slice(0, -ending.length));
    if (folded !== stem) terms.add(folded);
    return [...terms];
  }

  function readWord(lower: string): QuestionTerm | null {
    const folded = foldText(lower);
    if (folded.length < 2 || isStopWord(folded) || isFrameWord(folded)) return null;
    const terms = new Set<string>(swedishTerms(folded, lower));
    for (const synonym of SWEDISH_SYNONYMS[stemSwedish(folded)] ?? SWEDISH_SYNONYMS[folded] ?? []) for (const t of swedishTerms(foldText(synonym), synonym)) terms.add(t);
    const english = ENGLISH_TO_SWEDISH[stemEnglish(lower)] ?? ENGLISH_TO_SWEDISH[folded];
    for (const translation of english ?? []) for (const t of swedishTerms(foldText(translation), translation.toLowerCase())) terms.add(t);
    let known = [...terms].some(isKnown);
    if (!known && folded.length >= 8) {
      // A compound of two corpus words ("kameraövervakning"): both parts must be known, the tail as a word of its own.
      for (let cut = folded.length - 4; cut >= 4 && !known; cut -= 1) {
        const head = folded.slice(0, cut);
        const tail = folded.slice(cut).replace(/^s(?=.{5})/, '');
        // The tail's stem, or the tail without a definite or plural ending ("ärend|et").
        const tailStem = swedishTerms(tail, tail).find((variant) => corpusWords.some((token) => token === variant || (variant.length >= 4 && token.startsWith(variant))));
        if (tailStem && isKnown(head)) {
          terms.add(head);
          terms.add(tailStem);
          known = true;
        }
      }
    }
    if (!known && folded.length === 4) {
      // A misspelt short question word ("sägr", "whta") frames the question like the word it misspells.
      const frame = closest(folded, FRAME_AND_GLOSSARY);
      if (frame && isFrameWord(frame)) return null;
    }
    if (!known && folded.length >= 5) {
      // A misspelt question word ("statment", "curent") is read as the word it misspells.
      const frame = closest(folded, FRAME_AND_GLOSSARY);
      if (frame && isFrameWord(frame)) return null;
      if (frame) for (const translation of ENGLISH_TO_SWEDISH[stemEnglish(frame)] ?? []) for (const t of swedishTerms(foldText(translation), translation.toLowerCase())) terms.add(t);
      known = frame !== undefined;
    }
    if (!known && folded.length >= 5) {
      const correction = correctTypo(folded);
      if (correction) {
        for (const t of swedishTerms(correction, correction)) terms.add(t);
        known = true;
      }
    }
    return { word: folded, terms: [...terms], known };
  }

  /** A misspelt word, whole ("kamerabevkning"), or by its stem when it is inflected too ("kamrorna": "kameror"). */
  function correctTypo(folded: string): string | undefined {
    const stem = foldText(stemSwedish(folded));
    return closest(folded, typoTargets) ?? (stem.length >= 6 ? closest(stem, typoStems, 1) : undefined);
  }

  function readTerms(text: string): QuestionTerm[] {
    const result: QuestionTerm[] = [];
    for (const word of splitWords(text)) {
      let term = termCache.get(word);
      if (term === undefined) {
        term = readWord(word);
        if (termCache.size < 20_000) termCache.set(word, term);
      }
      if (term && !result.some((existing) => existing.word === term.word)) result.push(term);
    }
    return result;
  }

  /** Which sentences, section titles and neighbourhoods hold a question word: computed once per word. */
  interface Presence {
    own: Uint8Array;
    title: Uint8Array;
    weight: number;
  }
  const presenceCache = new Map<string, Presence>();
  const titleKeys = sentences.map((sentence) => `${sentence.citation.agreementId}/${sentence.citation.sectionId}`);
  function presenceOf(term: QuestionTerm): Presence {
    const key = term.word; // a word's terms never change for one index
    let presence = presenceCache.get(key);
    if (!presence) {
      const own = new Uint8Array(sentences.length);
      const title = new Uint8Array(sentences.length);
      const titleHolds = new Map<string, boolean>();
      sentences.forEach((sentence, index) => {
        // 4: the question's own word stands in the sentence; 3: a stem, compound or synonym of it does; 2: a
        // synonym only in a compound headed by the city's name ("Stockholmspolisen"); 1: it stands in a question the sentence answers (`askedAs`).
        own[index] = sentence.tokens.has(term.word) ? 4 : holds(sentence.tokens, term, false) ? 3 : holds(sentence.tokens, term) ? 2 : holds(sentence.askedTokens, term) ? 1 : 0;
        const titleKey = titleKeys[index]!;
        if (!titleHolds.has(titleKey)) titleHolds.set(titleKey, holds(sectionTitleTokens.get(titleKey) ?? new Set<string>(), term));
        title[index] = titleHolds.get(titleKey) ? 1 : 0;
      });
      const df = own.reduce((sum, value) => sum + (value > 0 ? 1 : 0), 0);
      presence = { own, title, weight: Math.log(1 + sentences.length / (1 + df)) };
      if (presenceCache.size < 20_000) presenceCache.set(key, presence);
    }
    return presence;
  }

  // Which of a sentence's words a question word matches, remembered per word: on a large corpus the
  // same common words are checked in thousands of sentences.
  const wordMatches = new Map<string, Map<string, boolean>>();
  function termMatches(term: QuestionTerm, token: string): boolean {
    let byToken = wordMatches.get(term.word); // a word's terms never change for one index
    if (!byToken) {
      if (wordMatches.size >= 2_000) wordMatches.clear();
      wordMatches.set(term.word, (byToken = new Map()));
    }
    let hit = byToken.get(token);
    if (hit === undefined) byToken.set(token, (hit = term.terms.some((t) => matches(t, token))));
    return hit;
  }

  /** Whether the sentence holds the two terms within two words of each other. */
  function near(sentence: SentenceDoc, a: QuestionTerm, b: QuestionTerm): boolean {
    const at = (term: QuestionTerm) => sentence.positions.flatMap((tokens, index) => (tokens.some((token) => termMatches(term, token)) ? [index] : []));
    const first = at(a);
    if (first.length === 0) return false;
    return at(b).some((index) => first.some((other) => other !== index && Math.abs(other - index) <= 2));
  }

  /**
   * Whether the tokens hold the term. `placeCompounds` false: a synonym or translation does not count
   * as the tail of a compound headed by the city's name ("police": "Stockholmspolisen" names a party,
   * "stötta polisen" talks about the police).
   */
  function holds(tokens: ReadonlySet<string>, term: QuestionTerm, placeCompounds = true): boolean {
    for (const token of tokens) for (const t of term.terms) if (matches(t, token, placeCompounds || !PLACE_HEADED.test(token) || term.word.startsWith(t) || t.startsWith(term.word))) return true;
    return false;
  }

  function search(terms: readonly QuestionTerm[], options: SearchOptions = {}): SentenceHit[] {
    if (terms.length === 0) return [];
    const presences = terms.map(presenceOf);
    const total = presences.reduce((sum, presence) => sum + presence.weight, 0);
    const boost = (options.boost ?? []).filter((soft) => !terms.some((term) => term.word === soft.word)).map((soft) => ({ presence: presenceOf(soft) }));
    const hits: Array<SentenceHit & { factor: number }> = [];
    for (const sentence of sentences) {
      const key = titleKeys[sentence.index]!;
      if (options.sections && !options.sections.has(key)) continue;
      const before = sentences[sentence.index - 1]?.citation === sentence.citation ? sentence.index - 1 : -1;
      const after = sentences[sentence.index + 1]?.citation === sentence.citation ? sentence.index + 1 : -1;
      let score = 0;
      let covered = 0;
      const matched: string[] = [];
      terms.forEach((term, t) => {
        const presence = presences[t]!;
        const weight = presence.weight;
        if (presence.own[sentence.index]) {
          score += weight * OWN_SCORE[presence.own[sentence.index]!]!;
          covered += weight;
          matched.push(term.word);
        } else if (presence.title[sentence.index]) {
          score += weight * 0.6;
          covered += weight * 0.8;
          matched.push(term.word);
        } else if ((before >= 0 && presence.own[before]) || (after >= 0 && presence.own[after])) {
          score += weight * 0.3;
          covered += weight * 0.5;
        }
      });
      if (matched.length === 0) continue;
      for (const soft of boost) if (soft.presence.own[sentence.index]) score += soft.presence.weight * 0.35;
      let factor = 1;
      if (options.expects && ANSWER_MARKERS[options.expects].test(sentence.folded)) factor *= 1.25;
      if (options.prefer?.has(key)) factor *= 1.5;
      if (options.document === sentence.citation.agreementId) factor *= 1.5;
      // BM25's length normalisation, mildly: long sentences match more by chance.
      factor /= 0.8 + 0.2 * Math.min(3, sentence.tokens.size / 25);
      hits.push({ sentence, score: score * factor, coverage: total === 0 ? 0 : covered / total, matched, factor });
    }
    hits.sort((a, b) => b.score - a.score);
    // Two words next to each other in the question and (nearly) next to each other in the sentence: a
    // phrase, not a chance match ("local priorities"). Only the best candidates are checked: finding
    // the words' positions costs, and a bonus never lifts a sentence above those already ahead of it.
    const candidates = hits.slice(0, PHRASE_CANDIDATES);
    for (const hit of candidates) {
      for (let t = 0; t + 1 < terms.length; t += 1) {
        const [a, b] = [presences[t]!, presences[t + 1]!];
        if (a.own[hit.sentence.index] && b.own[hit.sentence.index] && near(hit.sentence, terms[t]!, terms[t + 1]!)) hit.score += Math.min(a.weight, b.weight) * 0.5 * hit.factor;
      }
    }
    return [...candidates.sort((a, b) => b.score - a.score), ...hits.slice(PHRASE_CANDIDATES)].map(({ factor: _factor, ...hit }) => hit);
  }

  /** The question's frame words that stand verbatim in some sentence: tie-breakers for `search` (`boost`). */
  function readSoftTerms(text: string): QuestionTerm[] {
    const soft: QuestionTerm[] = [];
    for (const word of splitWords(text)) {
      const folded = foldText(word);
      // The agreement is what most questions are about, so its words are stop words; a sentence naming it still breaks a tie.
      const namesAgreement = /^(samverkansavtal\w*|overenskommels\w*|samverkansoverenskommels\w*)$/.test(folded);
      if (!namesAgreement && (folded.length < 4 || isStopWord(folded) || !isFrameWord(folded))) continue;
      // The word itself, or its translation ("responsibility" → "ansvar"), as the documents write it.
      const translations = [...(ENGLISH_TO_SWEDISH[stemEnglish(folded)] ?? ENGLISH_TO_SWEDISH[folded] ?? [])].map((translation) => foldText(translation));
      const terms = [folded, ...translations].filter((term) => corpusTokens.has(term));
      if (terms.length > 0 && !soft.some((term) => term.word === folded)) soft.push({ word: `~${folded}`, terms, known: true });
    }
    return soft;
  }

  function sentencesOf(agreementId: string, sectionId: string): SentenceDoc[] {
    return sentences.filter((sentence) => sentence.citation.agreementId === agreementId && sentence.citation.sectionId === sectionId);
  }

  return { sentences, readTerms, readSoftTerms, search, sentencesOf, isCorpusToken: (folded: string) => corpusTokens.has(folded), isDocumentToken: (folded: string) => documentTokens.has(folded), holds, isKnownWord: (word: string) => readWord(word.toLowerCase())?.known ?? true };
}

export type SentenceSearch = ReturnType<typeof createSentenceSearch>;

function tokensOf(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of [...splitWords(text), ...coordinatedCompounds(text)]) {
    const folded = foldText(word);
    tokens.add(folded);
    tokens.add(foldText(stemSwedish(word)));
  }
  return tokens;
}

/**
 * Swedish writes two compounds with a shared tail once: "social- och utbildningsförvaltningen" is
 * socialförvaltningen and utbildningsförvaltningen. The tail is what follows the second word's
 * linking -s- ("utbildnings|förvaltningen"); without one ("politisk- och lokal förankring") there is
 * no compound to restore.
 */
function coordinatedCompounds(text: string): string[] {
  const compounds: string[] = [];
  for (const match of text.matchAll(/(\p{L}{3,})-\s+(?:och|eller|samt)\s+(\p{L}{6,})/gu)) {
    const [head, second] = [match[1]!, match[2]!];
    const at = second.toLowerCase().indexOf('s', 3);
    if (at < 0 || second.length - at - 1 < 5) continue;
    compounds.push(`${head}${second.slice(at + 1)}`);
  }
  return compounds;
}

const FRAME_AND_GLOSSARY = [...FRAME_WORDS, ...GLOSSARY_WORDS].filter((word) => word.length >= 4);

/** The word of `words` within one edit (two from 8 letters, at most `maxLimit`) of `folded`, with the same first letter. */
export function closest(folded: string, words: readonly string[], maxLimit = 2): string | undefined {
  const limit = Math.min(folded.length >= 8 ? 2 : 1, maxLimit);
  let best: { word: string; distance: number } | undefined;
  for (const word of words) {
    if (Math.abs(word.length - folded.length) > limit || word[0] !== folded[0]) continue;
    const distance = editDistance(folded, word, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}

/** Levenshtein with adjacent transpositions, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

const REFERS_BACK = /^\W*(darfor|i den andan|for att uppna det|det tjanar alla pa|men vi|sa |darmed|detta)\b/;

/** The passage a hit quotes: the sentence, with the next one when the sentence alone is short. */
/** The sentences a passage for this hit shows: the one before when it points back, the next when it is short. */
function passageSentences(search: SentenceSearch, hit: SentenceDoc, withPrevious = true): SentenceDoc[] {
  const section = search.sentencesOf(hit.citation.agreementId, hit.citation.sectionId);
  const next = section[hit.position + 1];
  const previous = section[hit.position - 1];
  // A sentence that opens by pointing back ("Därför …", "I den andan …") needs the one before it to make sense.
  const parts = withPrevious && previous && REFERS_BACK.test(hit.folded) ? [previous, hit] : [hit];
  if (hit.text.length < 90 && next) parts.push(next);
  return parts;
}

/**
 * The passage quoting a hit. One that goes on ("so what are they doing about it?" after the hit was
 * just quoted) runs on into the sentences after it, and says through which position.
 */
export function passageOf(search: SentenceSearch, hit: SentenceDoc, language: Language, goesOn = false): Passage {
  const section = search.sentencesOf(hit.citation.agreementId, hit.citation.sectionId);
  const parts = passageSentences(search, hit);
  const next = goesOn ? section[parts.at(-1)!.position + 1] : undefined;
  if (next) parts.push(...passageSentences(search, next, false));
  const quote = parts.map((part) => part.text).join(' ');
  const before = parts[0]!.position > 0 ? '… ' : '';
  const last = parts[parts.length - 1]!.position;
  const after = last < section.length - 1 ? ' …' : '';
  const gist = parts.map((part) => part.gistEn).filter(Boolean).join(' ');
  return { citation: hit.citation, quote: `${before}${quote.replace(/^-\s*/, '')}${after}`, sentence: hit.position, ...(next ? { through: last } : {}), ...(language === 'en' && gist ? { gistEn: gist } : {}) };
}
