import MiniSearch from 'minisearch';
import type { Language } from '../domain/model.ts';
import type { Citation, Passage } from './answer.ts';
import { ENGLISH_TO_SWEDISH } from './glossary.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { foldText, splitSentences, splitWords } from './normalize-text.ts';
import { stemEnglish, stemSwedish } from './stem-word.ts';
import { isStopWord } from './stop-words.ts';

export interface PassageHit {
  passage: Passage;
  score: number;
}

export interface PassageSearch {
  /** Passages that answer the question, best first; empty when none is good enough. */
  search(text: string, language: Language, extraSwedishWords?: readonly string[]): PassageHit[];
  /** The sentence of a section that best matches the given words, as a cited passage. */
  quote(agreementId: string, sectionId: string, words: readonly string[]): Passage | undefined;
}

interface SectionDoc {
  id: number;
  citation: Citation;
  titleSv: string;
  titleEn: string;
  text: string;
  keywordsEn: string;
  phrases: string[];
}

const SWEDISH_ENDINGS = ['erna', 'arna', 'orna', 'et', 'en', 'na', 'ns', 'ts', 'n', 't', 's'] as const;

const SEARCH = { prefix: (term: string) => term.length >= 4, fuzzy: false, boost: { titleSv: 2, titleEn: 2 } } as const;

// Terms given to the Swedish index are already processed; English words are stemmed by the index.
const AS_IS = { ...SEARCH, processTerm: (term: string): string | null => term };
const ENGLISH_TERMS = { ...SEARCH, processTerm: processEnglish };

/** Below this share of the question's topic words found in one section, the question is not about it. */
const MIN_COVERAGE = 0.5;
/** A section is only an answer when it shares a word that few sections use (not just "stad", "polis"). */
const MAX_SPECIFIC_SHARE = 0.3;

function processSwedish(term: string): string | null {
  const folded = foldText(term);
  if (folded.length < 2 || isStopWord(folded)) return null;
  return foldText(stemSwedish(term.toLowerCase()));
}

function processEnglish(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length < 2 || isStopWord(foldText(lower))) return null;
  return stemEnglish(lower);
}

/**
 * Full-text search over the agreements' sections: a Swedish index (title and text, Swedish stems)
 * and an English one (English title and `keywordsEn`). English questions also search the Swedish
 * text through a glossary. A section is returned only when it covers enough of the question and
 * shares a specific word with it; otherwise the answer is "no answer", never a guess.
 */
export function createPassageSearch(kb: KnowledgeBase): PassageSearch {
  const docs: SectionDoc[] = [];
  const seenTexts = new Set<string>();
  for (const agreement of kb.agreements) {
    for (const section of agreement.sections) {
      // The predecessor repeats a press-release section; cite it once.
      if (seenTexts.has(section.text)) continue;
      seenTexts.add(section.text);
      docs.push({
        id: docs.length,
        citation: {
          agreementId: agreement.id,
          sectionId: section.id,
          document: agreement.document,
          agreementTitle: agreement.title,
          sectionTitle: section.title,
        },
        titleSv: section.title.sv,
        titleEn: section.title.en,
        text: section.text,
        keywordsEn: section.keywordsEn.join(' '),
        phrases: section.keywordsEn.map((keyword) => splitWords(keyword).join(' ')).filter((keyword) => keyword.includes(' ')),
      });
    }
  }
  const swedish = new MiniSearch<SectionDoc>({ fields: ['titleSv', 'text'], processTerm: processSwedish });
  swedish.addAll(docs);
  const english = new MiniSearch<SectionDoc>({ fields: ['titleEn', 'keywordsEn'], processTerm: processEnglish });
  english.addAll(docs);
  const vocabulary = new Set<string>();
  for (const doc of docs) for (const word of splitWords(`${doc.titleSv} ${doc.text}`)) vocabulary.add(foldText(stemSwedish(word)));
  const vocabularyList = [...vocabulary];
  // Multi-word English keywords ("local agreements") name a section more precisely than their words.
  const phrases = docs.map((doc) => doc.phrases);
  const maxSpecific = Math.max(1, Math.floor(docs.length * MAX_SPECIFIC_SHARE));

  // Questions repeat their words; the terms of a word never change for one index.
  const termCache = new Map<string, string[]>();
  function swedishTerms(word: string): string[] {
    let terms = termCache.get(word);
    if (!terms) {
      terms = computeSwedishTerms(word);
      if (termCache.size < 20_000) termCache.set(word, terms);
    }
    return terms;
  }

  /** Swedish search terms for one question word: its stem, or the parts of a compound. */
  function computeSwedishTerms(word: string): string[] {
    const stem = processSwedish(word);
    if (!stem) return [];
    if (vocabulary.has(stem)) return [stem];
    // The stemmer keeps some definite forms ("syftet"); strip them when that gives a known word.
    for (const ending of SWEDISH_ENDINGS) {
      if (stem.length - ending.length >= 4 && stem.endsWith(ending) && vocabulary.has(stem.slice(0, -ending.length))) return [stem.slice(0, -ending.length)];
    }
    if (stem.length < 8) return [stem];
    // "socialförvaltningen" → "social" + "förvaltningen": try the longest known head.
    const folded = foldText(word);
    for (let end = folded.length - 4; end >= 4; end -= 1) {
      const head = folded.slice(0, end);
      const tail = folded.slice(end).replace(/^s(?=.{4})/, '');
      const headStem = processSwedish(head);
      const tailStem = processSwedish(tail);
      if (headStem && tailStem && vocabulary.has(headStem) && vocabularyList.some((known) => known.includes(tailStem))) return [headStem, tailStem];
    }
    return [stem];
  }

  return {
    search(text, language, extraSwedishWords = []) {
      const words = splitWords(text).filter((word) => word.length >= 2 && !isStopWord(foldText(word)));
      if (words.length === 0) return [];
      // Per question word: which sections it hits and how strongly.
      const perWord: Array<Map<number, number>> = words.map((word) => {
        const hits = new Map<number, number>();
        const collect = (index: MiniSearch<SectionDoc>, terms: string[], weight: number, options: typeof AS_IS) => {
          for (const term of terms) {
            for (const result of index.search(term, options)) hits.set(result.id as number, (hits.get(result.id as number) ?? 0) + result.score * weight);
          }
        };
        const swedishWeight = language === 'sv' ? 1 : 0.6;
        collect(swedish, swedishTerms(word), swedishWeight, AS_IS);
        collect(english, [word], language === 'en' ? 1 : 0.6, ENGLISH_TERMS);
        if (language === 'en') {
          const translations = ENGLISH_TO_SWEDISH[stemEnglish(word.toLowerCase())] ?? [];
          collect(swedish, translations.flatMap((t) => swedishTerms(t)), 0.8, AS_IS);
        }
        return hits;
      });
      const extra = new Map<number, number>();
      for (const word of extraSwedishWords) {
        for (const term of swedishTerms(word)) {
          for (const result of swedish.search(term, AS_IS)) extra.set(result.id as number, (extra.get(result.id as number) ?? 0) + result.score);
        }
      }

      const totals = new Map<number, { score: number; matched: number; specific: boolean }>();
      perWord.forEach((hits) => {
        const specific = hits.size > 0 && hits.size <= maxSpecific;
        for (const [id, score] of hits) {
          const total = totals.get(id) ?? { score: 0, matched: 0, specific: false };
          total.score += score;
          total.matched += 1;
          total.specific ||= specific;
          totals.set(id, total);
        }
      });
      const question = ` ${splitWords(text).join(' ')} `;
      phrases.forEach((docPhrases, id) => {
        const found = docPhrases.filter((phrase) => question.includes(` ${phrase} `));
        if (found.length === 0) return;
        const total = totals.get(id) ?? { score: 0, matched: 0, specific: false };
        total.score += 3 * found.length;
        total.specific = true;
        totals.set(id, total);
      });
      for (const [id, score] of extra) {
        const total = totals.get(id);
        if (total) total.score += score;
      }

      const accepted = [...totals.entries()]
        .filter(([, total]) => total.specific && total.matched / words.length >= MIN_COVERAGE)
        .sort((a, b) => b[1].score - a[1].score);
      const best = accepted[0];
      if (!best) return [];
      const queryStems = words.flatMap((word) => swedishTerms(word));
      return accepted
        .filter(([, total], rank) => rank === 0 || total.score >= best[1].score * 0.8)
        .slice(0, 2)
        .map(([id, total]) => {
          const doc = docs[id]!;
          return { passage: { citation: doc.citation, quote: pickQuote(doc.text, queryStems) }, score: total.score };
        });
    },

    quote(agreementId, sectionId, words) {
      const doc = docs.find((candidate) => candidate.citation.agreementId === agreementId && candidate.citation.sectionId === sectionId)
        ?? findDuplicate(kb, docs, agreementId, sectionId);
      if (!doc) return undefined;
      return { citation: doc.citation, quote: pickQuote(doc.text, words.flatMap((word) => swedishTerms(word))) };
    },
  };
}

function findDuplicate(kb: KnowledgeBase, docs: SectionDoc[], agreementId: string, sectionId: string): SectionDoc | undefined {
  const text = kb.agreements.find((a) => a.id === agreementId)?.sections.find((s) => s.id === sectionId)?.text;
  return text ? docs.find((doc) => doc.text === text) : undefined;
}

const MAX_QUOTE = 320;

/** The sentence (or two) that holds most of the question's stems; the whole section if it is short. */
export function pickQuote(text: string, stems: readonly string[]): string {
  if (text.length <= MAX_QUOTE) return text;
  const sentences = splitSentences(text);
  const scored = sentences.map((sentence, index) => {
    const sentenceStems = new Set(splitWords(sentence).map((word) => foldText(stemSwedish(word))));
    const score = stems.filter((stem) => [...sentenceStems].some((s) => s.startsWith(stem))).length;
    return { index, score };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), scored[0] ?? { index: 0, score: 0 });
  let quote = sentences[best.index] ?? text;
  const next = sentences[best.index + 1];
  if (next && quote.length + next.length + 1 <= MAX_QUOTE) quote = `${quote} ${next}`;
  if (quote.length > MAX_QUOTE) quote = `${quote.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '')}`;
  const before = best.index > 0 ? '… ' : '';
  const after = text.endsWith(quote) ? '' : ' …';
  return `${before}${quote}${after}`;
}
