import MiniSearch from 'minisearch';
import type { Language } from '../domain/model.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { foldText, splitWords } from './normalize-text.ts';
import { stemSwedish } from './stem-word.ts';
import { isStopWord } from './stop-words.ts';

export type NameKind = 'district' | 'focus-area';

export interface NameMatch {
  kind: NameKind;
  id: string;
  score: number;
  /** Query words (folded) that matched the name, so callers can tell what else was asked. */
  words: string[];
}

export interface NameMatcher {
  match(text: string, language: Language): NameMatch[];
}

interface AliasDoc {
  id: number;
  kind: NameKind;
  entityId: string;
  text: string;
  /** Content words of the alias: all must be found for the alias to match. */
  words: string[];
}

/**
 * Words that are names in this domain only in one language: in English "city" means the City of
 * Stockholm (as in "city-wide"), not the Norrmalm district that Swedes call "City".
 */
const NOT_A_NAME_IN: Record<Language, ReadonlySet<string>> = { sv: new Set(), en: new Set(['city']) };

// Match quality: exact and inflected forms are certain, typos and compounds less so.
const QUALITY = { exact: 1, stem: 0.9, compound: 0.8, prefix: 0.7, fuzzy: 0.6 } as const;

/**
 * Finds districts and focus areas in free text by their names, aliases and synonyms, tolerating
 * inflections ("kamerabevakningen"), compounds ("skjutvapenvåldet"), missing diacritics
 * ("hasselby") and typos ("Rinkby"). Prefix search only for words of 4+ letters and fuzzy only
 * for 5+ letters with the same first letter, so short words like "ska" never hit "Skarpnäck".
 */
export function createNameMatcher(kb: KnowledgeBase, knownTexts: readonly string[] = []): NameMatcher {
  const docs: AliasDoc[] = [];
  const add = (kind: NameKind, entityId: string, alias: string) => {
    const words = contentWords(alias);
    if (words.length > 0) docs.push({ id: docs.length, kind, entityId, text: words.join(' '), words });
  };
  for (const district of kb.districts) {
    add('district', district.id, district.name);
    for (const alias of district.aliases) add('district', district.id, alias);
  }
  for (const area of kb.focusAreas) {
    add('focus-area', area.id, area.name.sv);
    add('focus-area', area.id, area.name.en);
    for (const synonym of area.synonyms) add('focus-area', area.id, synonym);
  }

  const index = new MiniSearch<AliasDoc>({ fields: ['text'], storeFields: [], tokenize: (text) => text.split(' ') });
  index.addAll(docs);
  const vocabulary = new Set(docs.flatMap((doc) => doc.words));
  // Ordinary words of the documents are never typos of a name: "första" is not "Farsta".
  const knownWords = new Set(knownTexts.flatMap((text) => splitWords(foldText(text))).filter((word) => !vocabulary.has(word)));
  const stemmed = new Map<string, string[]>();
  for (const word of vocabulary) {
    const stem = stemSwedish(word);
    stemmed.set(stem, [...(stemmed.get(stem) ?? []), word]);
  }

  const lookUpCache = new Map<string, Map<string, number>>();
  function lookUp(word: string): Map<string, number> {
    let found = lookUpCache.get(word);
    if (!found) {
      found = computeLookUp(word);
      if (lookUpCache.size < 20_000) lookUpCache.set(word, found);
    }
    return found;
  }

  /** Alias words a query word stands for, with how sure we are. */
  function computeLookUp(word: string): Map<string, number> {
    const found = new Map<string, number>();
    const note = (aliasWord: string, quality: number) => {
      if ((found.get(aliasWord) ?? 0) < quality) found.set(aliasWord, quality);
    };
    if (vocabulary.has(word)) note(word, QUALITY.exact);
    for (const aliasWord of stemmed.get(stemSwedish(word)) ?? []) note(aliasWord, QUALITY.stem);
    // A compound or inflected form that starts with a name: "skjutvapenvåldet", "rinkebyskolan".
    for (let end = word.length - 1; end >= 5; end -= 1) {
      const head = word.slice(0, end);
      if (vocabulary.has(head)) {
        note(head, QUALITY.compound);
        break;
      }
    }
    // A word that already names something exactly is that name: "stad" is not a prefix of "Stadshagen".
    if (word.length >= 4 && found.size === 0) {
      const results = index.search(word, {
        prefix: true,
        fuzzy: word.length >= 5 ? (word.length >= 8 ? 2 : 1) : false,
        combineWith: 'OR',
      });
      for (const result of results) {
        for (const term of result.terms) {
          if (term === word) note(term, QUALITY.exact);
          // A prefix must be more than half the word: "rink" → "rinkeby", not "kame" → "kamerabevakning" nor "fire" → "firearms".
          else if (term.startsWith(word)) {
            if (word.length * 2 > term.length) note(term, QUALITY.prefix);
          }
          else if (word.length >= 5 && term[0] === word[0] && !knownWords.has(word)) note(term, QUALITY.fuzzy);
        }
      }
    }
    return found;
  }

  return {
    match(text, language) {
      const excluded = NOT_A_NAME_IN[language];
      const queryWords = contentWords(text).filter((word) => !excluded.has(word));
      // For every alias word: the best quality any query word reached, and which query word it was.
      const hits = new Map<string, { quality: number; queryWord: string }>();
      for (const queryWord of queryWords) {
        for (const [aliasWord, quality] of lookUp(queryWord)) {
          const previous = hits.get(aliasWord);
          if (!previous || previous.quality < quality) hits.set(aliasWord, { quality, queryWord });
        }
      }
      if (hits.size === 0) return [];
      const best = new Map<string, NameMatch>();
      for (const doc of docs) {
        let total = 0;
        const words: string[] = [];
        for (const aliasWord of doc.words) {
          const hit = hits.get(aliasWord);
          if (!hit) {
            total = -1;
            break;
          }
          total += hit.quality;
          words.push(hit.queryWord);
        }
        if (total <= 0) continue;
        // Longer names matched in full beat single words: "olagliga bosättningar" over "bosättningar".
        const score = total + 0.1 * (doc.words.length - 1);
        const key = `${doc.kind}:${doc.entityId}`;
        const previous = best.get(key);
        if (!previous || previous.score < score) best.set(key, { kind: doc.kind, id: doc.entityId, score, words });
      }
      return [...best.values()].sort((a, b) => b.score - a.score);
    },
  };
}

function contentWords(text: string): string[] {
  return splitWords(foldText(text)).filter((word) => word.length >= 2 && !isStopWord(word));
}
