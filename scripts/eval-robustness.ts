/**
 * A measure that needs no new labels: a right answer should stay right when its question changes in
 * a way that does not change what it asks. Over the held-out dev split and the tuning sets (never
 * the test split), every turn answered right is asked again changed, in its conversation, and scored
 * by the same rule:
 * - first turns: one random typo in a word of six letters or more; å/ä/ö written a/a/o; lower case
 *   without the question mark; a greeting before it;
 * - follow-ups: one random typo; lower case; "och"/"and" added or dropped at the start; "då"/"then"
 *   added at the end; a short follow-up in the other language ("why?" ↔ "varför?").
 * The typos come from a fixed seed, so two runs on the same code print the same numbers. Prints one
 * line per change, `<change>: broken <n>/<asked>`; `--show <change>` lists the broken ones.
 */
import { createQuestionAnswerer } from '../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../src/qa/load-knowledge-base.ts';
import { buildAnswerCard } from '../cards/answer-card.ts';
import { readHeldout, runHeldout, scoreTurn, TUNING_BATCHES } from '../test/qa/heldout/evaluate-heldout.ts';

const answerer = createQuestionAnswerer(await loadKnowledgeBaseFromFiles(), { rememberReadings: false });
const now = new Date('2026-11-18T10:00:00+01:00');
const results = [...runHeldout(answerer, await readHeldout()).filter((result) => result.split === 'dev'), ...runHeldout(answerer, await readHeldout(TUNING_BATCHES))];
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;

/** A small linear congruential generator: the same typos on every run. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const random = randomFrom(7);

/** Swaps two letters, drops one or doubles one, inside a random word of six letters or more. */
function withTypo(text: string): string | undefined {
  const words = [...text.matchAll(/\p{L}{6,}/gu)];
  if (words.length === 0) return undefined;
  const word = words[Math.floor(random() * words.length)]!;
  const [w, at] = [word[0], 1 + Math.floor(random() * (word[0].length - 3))];
  const kind = Math.floor(random() * 3);
  const typo = kind === 0 ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : kind === 1 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w[at] + w.slice(at);
  return text.slice(0, word.index) + typo + text.slice(word.index! + w.length);
}

const SWEDISH = /[åäö]|\b(vad|vem|hur|när|nar|vilka|vilken|är|ar|och|det|den|han|hon|varför|varfor)\b/i;
const unchanged = (changed: string, text: string) => (changed === text ? undefined : changed);
/** Short follow-ups in both languages. */
const SAME_IN_OTHER_LANGUAGE = new Map<string, string>();
for (const [en, sv] of [
  ['why', 'varför'], ['why then', 'varför då'], ['who said that', 'vem sa det'], ['which party', 'vilket parti'], ['what time', 'vilken tid'], ['how', 'hur då'],
  ['for whom', 'för vem'], ['for what purpose', 'i vilket syfte'], ['based on what', 'utifrån vad'], ['more', 'mer'], ['in what context', 'i vilket sammanhang'],
  ['who wrote it', 'vem skrev det'], ['and the new one', 'och det nya'], ['to whom', 'till vem'], ['what did he say', 'vad sa han'], ['what did she say', 'vad sa hon'],
  ['date', 'datum'], ['between whom', 'mellan vilka'], ['what else', 'vad mer'], ['and in the statement', 'och i uttalandet'], ['and in the press release', 'och i pressmeddelandet'],
  ['on what levels', 'på vilka nivåer'], ['source', 'källa'], ['when', 'när'], ['which year', 'vilket år'], ['with whom', 'med vem'], ['how often', 'hur ofta'],
  ['which parties', 'vilka partier'], ['number', 'nummer'], ['example', 'exempel'], ['title', 'titel'], ['in which document', 'i vilket dokument'], ['until when', 'till när'],
] as const) {
  SAME_IN_OTHER_LANGUAGE.set(en, sv);
  SAME_IN_OTHER_LANGUAGE.set(sv, en);
}

const FIRST_TURN_CHANGES: Record<string, (text: string) => string | undefined> = {
  typo: withTypo,
  'no å/ä/ö': (text) => unchanged(text.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O'), text),
  'lower case': (text) => unchanged(text.toLowerCase().replace(/[?!.]+\s*$/, ''), text),
  greeting: (text) => (/^\s*(hej|hi|hello)/i.test(text) ? undefined : SWEDISH.test(text) ? `Hej! ${text}` : `Hi, ${text}`),
};
const FOLLOW_UP_CHANGES: Record<string, (text: string) => string | undefined> = {
  typo: withTypo,
  'lower case': FIRST_TURN_CHANGES['lower case']!,
  'och/and': (text) => (/^\s*(och|and|o|so|but|men)\b/i.test(text) ? text.replace(/^\s*(och|and|o|so|but|men)\b[,\s]*/i, '') : `${SWEDISH.test(text) ? 'och' : 'and'} ${text.charAt(0).toLowerCase()}${text.slice(1)}`),
  'då/then': (text) => (/\b(då|da|then)\W*$/i.test(text) ? undefined : text.replace(/[?!.\s]*$/, SWEDISH.test(text) ? ' då?' : ' then?')),
  'other language': (text) => {
    const other = SAME_IN_OTHER_LANGUAGE.get(text.toLowerCase().replace(/what's/g, 'what is').replace(/[?!.]+\s*$/, '').trim());
    return other ? `${other}?` : undefined;
  },
};

const counts = new Map<string, { broken: number; asked: number }>();
for (const result of results) {
  for (const [index, turn] of result.turns.entries()) {
    // A follow-up is asked again only when its conversation was right up to it.
    if (!turn.correct || result.turns.slice(0, index).some((earlier) => !earlier.correct)) continue;
    const previous = index > 0 ? result.turns[index - 1]!.answer.topic : undefined;
    const previousLanguage = index > 0 ? answerer.languageOf(result.turns[index - 1]!.text) : undefined;
    for (const [name, change] of Object.entries(index === 0 ? FIRST_TURN_CHANGES : FOLLOW_UP_CHANGES)) {
      const text = change(turn.text);
      if (!text) continue;
      const language = answerer.languageOf(text) ?? previousLanguage ?? 'sv';
      const answer = answerer.answer(text, { language, now, ...(previous ? { previous } : {}) });
      const right = scoreTurn(answer, buildAnswerCard(answer).text, result.item.turns[index]!.expect);
      const key = `${index === 0 ? 'first turn' : 'follow-up'}, ${name}`;
      const count = counts.get(key) ?? { broken: 0, asked: 0 };
      count.asked += 1;
      if (!right) {
        count.broken += 1;
        if (show === name) console.log(`${result.item.id}#${index} "${turn.text}" ⇒ "${text}" → ${answer.kind}`);
      }
      counts.set(key, count);
    }
  }
}
for (const [key, { broken, asked }] of counts) console.log(`${key}: broken ${broken}/${asked}`);
