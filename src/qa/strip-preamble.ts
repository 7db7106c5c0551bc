/**
 * Officials often open with a word about themselves or the question ("Journalist här.", "Snabb
 * fråga:", "Unrelated:", "My boss wants to know …") or close with one ("… Har en ny kollega som
 * undrar"), give context before what they ask ("Jag sitter med en PM och undrar vilka …") or add an
 * aside after a dash ("… – behöver det till en fotnot."). Those words are no part of what is asked
 * and would count as words the documents do not know, so they are cut before the question is read.
 * Only when a question of three or more words remains: a lone "Hej!" is still a greeting.
 */
const LEADING_PHRASES = /^\W*([\p{L} ]{2,25} (here|har)(?=[,.:!])|snabb fraga|kort fraga|en fraga till|en annan (grej|sak|fraga)|annan fraga|ny fraga|tva saker|tva fragor|fraga|quick question|quick one|short question|one more (thing|question)|another question|different question|new question|unrelated|two things|two questions|by the way|btw|forresten|ok(ej|ay)?|tack|thanks|hej|hi|hello|my (boss|manager|colleague) (wants to know|asks|is asking|wonders)|min (chef|kollega) (undrar|vill veta|fragar)|jag undrar|i wonder|i was wondering)\b\s*[:,.!\-–—]*\s*/u;
/** A short opening sentence ending in a colon, full stop or exclamation mark, holding no question word. */
const LEADING_SENTENCE = /^\s*([^.:!?]{1,40})[:.!]\s+(?=\S)/;
/** What the asker is about to do, before a dash, colon or full stop: "inför pressträffen:", "jag ska prata med pressen imorgon om avtalet –", "Prepping a briefing." */
const OWN_ERRAND = /^\s*((?:jag ska|ska|jag har|jag behover|behover|infor|prepping|preparing|i'?m (?:prepping|preparing|writing|drafting|doing)|i am (?:prepping|preparing|writing|drafting)|bakgrund till|background for|pressfraga|status check)\b[^?–—:.!]{0,100}?)\s*[–—:.!]\s+(?=\S)/;
const QUESTION_WORD = /\b(vad|vem|vilk\w*|nar|hur|varfor|var|vart|who|what|when|how|which|why|where)\b/;
/** A trailing sentence after the question mark that asks nothing: "Har en ny kollega som undrar." */
const TRAILING_SENTENCE = /\?\s+([^?]+)$/;
/** Context before what is asked: "Jag sitter med en PM till nämnden och undrar vilka …", "I'm writing a brief and need to know who …". */
const WONDERS = /^[^?]{0,90}?\b(och undrar|undrar|undrade|vill veta|behover veta|wonder(?:ing)?|would like to know|want to know|need to know)\b\s*(?:om |if |whether )?/;
/** A closing aside after a dash that asks nothing: "… uttalandet – behöver få med det i fotnoten." */
const TRAILING_ASIDE = /\s+[–—-]\s+([^?–—]+?)[.!]?\s*$/;

const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** An opening sentence that says nothing the question needs: short, no question word, no number, no name after its first word. */
function isAside(sentence: string): boolean {
  const [, ...rest] = sentence.trim().split(/\s+/);
  return words(sentence) <= 5 && !QUESTION_WORD.test(fold(sentence)) && !/\d/.test(sentence) && !rest.some((word) => /^\p{Lu}/u.test(word));
}

/** `mentionsTopic`: whether an aside names something the question is about ("Jag sitter i styrgruppen:"): then it is kept. */
export function stripPreamble(text: string, mentionsTopic: (aside: string) => boolean = () => false): string {
  let question = text.trim();
  for (let step = 0; step < 3; step += 1) {
    const folded = fold(question);
    const phrase = LEADING_PHRASES.exec(folded);
    const sentence = LEADING_SENTENCE.exec(question);
    const errand = OWN_ERRAND.exec(folded);
    const cut = phrase && phrase[0].length > 0 ? phrase[0].length : sentence && isAside(sentence[1]!) && !mentionsTopic(sentence[1]!) ? sentence[0].length : errand && QUESTION_WORD.test(folded.slice(errand[0].length)) ? errand[0].length : 0;
    if (cut === 0 || words(question.slice(cut)) < 3) break;
    question = question.slice(cut);
  }
  const wonders = WONDERS.exec(fold(question));
  // Only context: a prefix asking something itself ("Vart ringer en journalist som vill veta …?") stays.
  const context = wonders ? wonders[0].slice(0, wonders[0].indexOf(wonders[1]!)) : '';
  if (wonders && !QUESTION_WORD.test(context) && words(question.slice(wonders[0].length)) >= 3) question = question.slice(wonders[0].length);
  const aside = TRAILING_ASIDE.exec(question);
  if (aside && !QUESTION_WORD.test(fold(aside[1]!)) && QUESTION_WORD.test(fold(question.slice(0, aside.index))) && words(question.slice(0, aside.index)) >= 4) question = question.slice(0, aside.index);
  const trailing = TRAILING_SENTENCE.exec(question);
  if (trailing && !QUESTION_WORD.test(fold(trailing[1]!)) && words(question.slice(0, trailing.index)) >= 3) question = question.slice(0, trailing.index + 1);
  return question;
}
