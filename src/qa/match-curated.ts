import MiniSearch from 'minisearch';
import type { CuratedAnswer } from '../domain/curated-answer.ts';
import { foldText, splitWords } from './normalize-text.ts';
import { isStopWord } from './stop-words.ts';

/** Share of the longer question's words the other must hold: "close" means nearly the same question. */
const MIN_SIMILARITY = 0.8;

interface VariantDoc {
  id: number;
  answer: CuratedAnswer;
  text: string;
  words: string[];
}

function wordsOf(text: string): string[] {
  const words = splitWords(foldText(text));
  const content = words.filter((word) => !isStopWord(word));
  return content.length > 0 ? content : words;
}

/**
 * Coordinators' saved answers, found by their question variants: minisearch finds candidates
 * (typos within one edit), and a candidate counts only when the two questions share nearly all
 * their words, so a saved answer never answers a merely related question.
 */
export function createCuratedMatcher(curated: readonly CuratedAnswer[]): (question: string) => CuratedAnswer | undefined {
  if (curated.length === 0) return () => undefined;
  const docs: VariantDoc[] = curated.flatMap((answer) => answer.questions.map((question) => ({ answer, text: question, words: wordsOf(question) })))
    .map((doc, id) => ({ ...doc, id }));
  const index = new MiniSearch<VariantDoc>({ fields: ['text'], processTerm: (term) => foldText(term) });
  index.addAll(docs);
  return (question) => {
    const words = wordsOf(question);
    if (words.length === 0) return undefined;
    const near = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && (a.startsWith(b.slice(0, -1)) || b.startsWith(a.slice(0, -1))));
    let best: { doc: VariantDoc; similarity: number } | undefined;
    for (const hit of index.search(words.join(' '), { fuzzy: (term) => (term.length >= 5 ? 1 : 0), combineWith: 'OR' }).slice(0, 10)) {
      const doc = docs[hit.id as number]!;
      const shared = words.filter((word) => doc.words.some((other) => near(word, other))).length;
      const similarity = shared / Math.max(words.length, doc.words.length);
      if (similarity >= MIN_SIMILARITY && (!best || similarity > best.similarity)) best = { doc, similarity };
    }
    return best?.doc.answer;
  };
}
