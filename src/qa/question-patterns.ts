/**
 * What the answerer reads questions by, shared by `answer-questions.ts` and its follow-up rules
 * (`follow-up-rules.ts`): read from folded text.
 */

import { ANSWER_MARKERS, type SearchOptions } from './search-sentences.ts';

/** A who-question. */
export const WHO = /\b(vem|vems|who|whom|whose)\b/;
/** Someone's words asked about: "vad sa hon?", "what does he think?". */
export const SAID = /\b(sa|sade|sager|sagt|say|says|said|tycker|menar|lovar|lovade|promise\w*|valkomnar|welcome\w*|think|thinks)\b/;
/** The first agreement named ("första avtalet", "the first agreement"). */
export const FIRST_AGREEMENT = /\b(forsta|first)\b.{0,20}\b(avtal\w*|agreement|overenskommelse\w*)\b/;
/** Until when an agreement is valid. */
export const VALIDITY = /\b(nar|when)\b.*\b(gar|loper|upphor|run|runs|expire|expires|end|ends)\b.*\b(ut|out)?\b|\bvalid until\b|\bgiltig\w* till\b|^\W*(och |and )?(until when|till nar|fram till nar)\W*$|\b(until when|till nar|fram till nar)\b.*\b(apply|applies|valid|galler|galla|in force)\b|\bslutar (det |den |avtalet )?(att )?galla\b|\bin force\b.*\buntil\b/;
/** The current agreement named ("nuvarande", "the old one", "in force"). */
export const CURRENT = /\b(nuvarande|current|curent|gamla|old|existing|in force( now)?|gallande|som galler (nu|idag))\b/;
/** A claim about until when an agreement is valid ("gäller det till juni?", "valid till 2022?"): the claimed time is no topic of its own. */
export const VALIDITY_CLAIM = /\b(galler|galla|gar|loper|valid|runs?|lasts?)\b.{0,20}\b(till|until|to|fram till|through)\s+(the )?(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|summer|sommaren|hosten|autumn|arsskiftet|the end of|slutet av|20\d\d)\b/;

/** Below this share of the question's (weighted) words in the chosen sentence, it is not the answer. */
export const MIN_COVERAGE = 0.55;
/** The same when the question holds a word the knowledge base does not know: the rest must fit better. */
export const MIN_COVERAGE_WITH_UNKNOWN = 0.7;

/**
 * What a sentence holding an answer of each kind looks like, for elliptic follow-ups: the ranking's
 * markers, with a narrower list of someone's who can be given a task.
 */
export const ANSWER_MARKER_OF: Record<NonNullable<SearchOptions['expects']>, RegExp> = {
  ...ANSWER_MARKERS,
  person: /\b(polisen|forvaltning\w*|stadsdel\w*|parterna|styrgruppen|namnder|bolag|aktorer|sager)\b/,
};
