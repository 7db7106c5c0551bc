import snowball from 'snowball-stemmers';

const swedish = snowball.newStemmer('swedish');
const english = snowball.newStemmer('english');

// The stemmers are pure and the vocabulary is small, so a cache keeps the per-question cost down.
const swedishCache = new Map<string, string>();
const englishCache = new Map<string, string>();

export function stemSwedish(word: string): string {
  let stem = swedishCache.get(word);
  if (stem === undefined) {
    stem = swedish.stem(word);
    if (swedishCache.size < 50_000) swedishCache.set(word, stem);
  }
  return stem;
}

export function stemEnglish(word: string): string {
  let stem = englishCache.get(word);
  if (stem === undefined) {
    stem = english.stem(word);
    if (englishCache.size < 50_000) englishCache.set(word, stem);
  }
  return stem;
}
