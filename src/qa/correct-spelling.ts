import { foldText } from './normalize-text.ts';
import { closest, editDistance } from './search-sentences.ts';

/**
 * Much of a question is read by patterns ("rubrik\w*", "agreement", "behind"), and a pattern does not
 * match a misspelt word ("rbriken", "agreemeent", "behiind"). So before reading, a word of seven
 * letters or more that no reader knows is written as the pattern word it misspells: a whole word one
 * edit away, or a stem ("rubrik" of "rubrik\w*") misspelt at the word's start, its ending kept.
 * A word of six letters is only read as a question word or as a seven-letter pattern word missing
 * a letter; shorter words are left alone: one edit from a short word is too often another real word.
 */
export interface PatternVocabulary {
  /** Words a pattern reads whole. */
  words: readonly string[];
  /** Words a pattern reads as the start of a longer word ("rubrik" of "rubrik\w*"). */
  stems: readonly string[];
}

/** The words of patterns' sources: letter runs of four or more, escapes left out; a run followed by `\w*` or `\w+` is a stem. */
export function vocabularyOfPatterns(patterns: Iterable<RegExp>): PatternVocabulary {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const pattern of patterns) {
    // "\bvad" is "vad", "\p{L}" no word at all.
    const source = pattern.source.replace(/\\p\{\w+\}/g, ' ').replace(/\\[a-zA-Z](?![*+])/g, ' ');
    for (const match of source.matchAll(/(\p{L}{4,})(\\w[*+]|\?)?/gu)) {
      const run = foldText(match[1]!);
      if (match[2] === '?') words.add(run.slice(0, -1)); // "headlines?" reads "headline" too
      (match[2] && match[2] !== '?' ? stems : words).add(run);
    }
  }
  return { words: [...words], stems: [...stems].filter((stem) => stem.length >= 5) };
}

/**
 * A corrector for question text. `isKnown` says which folded words need no correcting (the documents'
 * words, names, question words): only the others are compared with the vocabulary. `keywords` (the
 * few long words facts are asked with: "pressmeddelandet", "diarienummer") are corrected first and
 * from four letters. `questionWords` ("vilket", "varför", "which") are, with seven-letter pattern
 * words, the only words a six-letter one is corrected to.
 */
export function createSpellingCorrector(vocabulary: PatternVocabulary, isKnown: (folded: string) => boolean, { questionWords = [], keywords = [] }: { questionWords?: readonly string[]; keywords?: readonly string[] } = {}): (text: string) => string {
  const known = new Set(vocabulary.words);
  const longWords = vocabulary.words.filter((word) => word.length >= 6);
  const longQuestionWords = questionWords.filter((word) => word.length >= 5);
  const sevenLetterWords = vocabulary.words.filter((word) => word.length === 7);
  const cache = new Map<string, string>();

  function correctWord(folded: string): string {
    if (keywords.includes(folded) || isKnown(folded)) return folded;
    // A keyword is corrected from four letters, and two edits from eight ("numbr", "presmedelandet").
    const keyword = closest(folded, keywords);
    if (keyword && !folded.startsWith(keyword) && !keyword.startsWith(folded)) return keyword;
    if (folded.length < 6 || known.has(folded) || vocabulary.stems.some((stem) => folded.startsWith(stem))) return folded;
    // Six letters are a misspelt question word ("vliket", "vraför"), or a seven-letter pattern word with a letter
    // dropped ("kntakt"), or left alone: one substitution from "change" is "charge".
    if (folded.length === 6) {
      // An English "-ing" form is a word of its own ("taking", not "talking").
      const longer = folded.endsWith('ing') ? undefined : closest(folded, sevenLetterWords, 1);
      return closest(folded, longQuestionWords, 1) ?? (longer && !longer.startsWith(folded) ? longer : folded);
    }
    const whole = closest(folded, longWords, 1);
    // Words of one length that differ only in their last two letters are inflections ("beslutat", "beslutet"), not typos;
    // nor is a word that starts the other ("undertecknades", "undertecknade").
    const inflection = whole && (whole.length === folded.length ? commonPrefix(folded, whole) >= folded.length - 2 : folded.startsWith(whole) || whole.startsWith(folded));
    if (whole && !inflection) return whole;
    for (const stem of vocabulary.stems) {
      if (stem[0] !== folded[0] || stem.length < 6) continue;
      for (const cut of [stem.length - 1, stem.length, stem.length + 1]) {
        const start = folded.slice(0, cut);
        // The misspelling is inside the stem: a different last letter makes another word ("compared", not "compan…").
        if (!INFLECTION.test(folded.slice(cut)) || start.at(-1) !== stem.at(-1)) continue;
        if (editDistance(start, stem, 1) <= 1) return stem + folded.slice(cut);
      }
    }
    return folded;
  }

  return (text) =>
    text.replace(/\p{L}{4,}/gu, (word) => {
      const folded = foldText(word);
      let corrected = cache.get(folded);
      if (corrected === undefined) {
        corrected = correctWord(folded);
        if (cache.size < 20_000) cache.set(folded, corrected);
      }
      return corrected === folded ? word : corrected;
    });
}

/** Endings a stem's word may carry: Swedish definite and plural forms, English inflections. */
const INFLECTION = /^(|en|et|er|ar|or|na|erna|arna|orna|n|t|s|ens|ets|ers|e|a|ade|ades|ed|es|ing)$/;

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}
