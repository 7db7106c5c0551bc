import type { Language } from '../domain/model.ts';
import { languageFromLocale } from '../domain/language.ts';
import { splitWords } from './normalize-text.ts';

// Frequent words that are clearly one language. Words both languages write alike ("i", "in",
// "man", "dag") are left out so they cannot tip the balance.
const SWEDISH_WORDS = words(`
  och att det som på pa är ar en ett med har inte till av om vad vem vilka vilken vilket hur när nar
  var varför varfor jag du vi ni de dom kan ska skall finns står star säger sager sa något nagot nåt nat
  någon nagon mig oss också ocksa eller men går gar gäller galler gällde ingår ingar hjälp hjalp hej tack
  visa lista lämna lamna vecka veckan förra forra denna nästa nasta läge laget läget lage den här dar där
  just då da från fran efter upp ut över under mot alla allt mycket sedan bara kanske får far göra gora gör
  blir vara varit sin sina sitt hos åt nu här skulle kunde ingen inget idag imorgon igår snälla
  avtalet avtal avtalen överenskommelsen samverkan samverkansavtalet stadsdel stadsdelar stadsdelen
  sammanfattning ansvar ansvarar ansvarig berätta beratta boka vädret rapportera rapporterat
  min mitt mina våra vara era ert uppgift uppgifter uppgiften beslut beslutet besluten ny nytt nya
  försenade forsenade klart klar styrgrupp styrgruppen kör kor schema roller hantera
  rapport återrapport aterrapport statusförfrågan påminnelse paminnelse kanal kanalen
`);

const ENGLISH_WORDS = words(`
  the and is are was were what who which how when where why does do did about there this that these those
  it its of to with say says tell show list any anything can could would should you your my me we our
  they them a an for from at by be been has have had not no yes please today tomorrow yesterday
  agreement agreements deal week last next summary help responsible district districts
  hasn haven isn doesn didn won cannot report reported weather joke book meeting room reset password
  translate game football like want need submit
  run now new task tasks decision decisions manage roles roster schedule reminder reminders overdue
  mine show use channel steering request
`);

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export interface LanguageVocabulary {
  sv: ReadonlySet<string>;
  en: ReadonlySet<string>;
  /** Names (people, districts, parties, the city): they are written alike in both languages and tell neither. */
  names?: ReadonlySet<string>;
}

/**
 * The reply language is the question's language. The client locale decides only when the text
 * does not: Stockholm officials often run English clients but write Swedish. `vocabulary` adds
 * the knowledge base's own words ("prioriteringar" vs "priorities"); words in both count for neither.
 */
export function detectLanguage(text: string, locale?: string, vocabulary?: LanguageVocabulary): Language {
  return languageOfWords(text, vocabulary) ?? (locale ? languageFromLocale(locale) : 'sv');
}

/** English words Swedes write in Swedish sentences ("city", "event"): they count for neither language. */
const LOANWORDS = words(`city event events team mail chat deal okay ok cool jobb job feedback workshop`);

/** The language a text's words are in, or `undefined` when they do not tell. */
export function languageOfWords(text: string, vocabulary?: LanguageVocabulary): Language | undefined {
  // Asked for in so many words: "and in English?", "kan du ta det på svenska?".
  if (/\b(in english|p[åa] engelska)\b/i.test(text)) return 'en';
  if (/\b(in swedish|p[åa] svenska)\b/i.test(text)) return 'sv';
  const names = vocabulary?.names;
  // "what did Anna König Jerlmyr say": the ö of a name is no Swedish.
  const all = splitWords(text).filter((word) => !names?.has(word));
  let swedish = all.some((word) => /[åäö]/.test(word)) ? 1 : 0;
  let english = /\b\w+'(s|t|re|ll|ve|d|m)\b/i.test(text) ? 1 : 0;
  // Ids and weeks ("t-0001", "W40") are no words of either language.
  const wordCount = all.filter((word) => /^\p{L}{2,}$/u.test(word)).length;
  for (const word of all) {
    if (LOANWORDS.has(word) && wordCount > 2) continue;
    const sv = SWEDISH_WORDS.has(word) || (vocabulary?.sv.has(word) ?? false);
    const en = ENGLISH_WORDS.has(word) || (vocabulary?.en.has(word) ?? false);
    if (sv && !en) swedish += 1;
    if (en && !sv) english += 1;
  }
  if (swedish > english) return 'sv';
  // One English word in a longer question is a loanword, not the question's language.
  if (english > swedish && (english >= 2 || wordCount <= 2)) return 'en';
  return undefined;
}

/** The words that only one language of the knowledge base uses. */
export function buildLanguageVocabulary(texts: { sv: string[]; en: string[]; names?: string[] }): LanguageVocabulary {
  const sv = new Set(texts.sv.flatMap((text) => splitWords(text)).filter((word) => word.length >= 3));
  const en = new Set(texts.en.flatMap((text) => splitWords(text)).filter((word) => word.length >= 3));
  for (const word of [...sv]) {
    if (en.has(word)) {
      sv.delete(word);
      en.delete(word);
    }
  }
  const names = new Set((texts.names ?? []).flatMap((text) => splitWords(text)));
  for (const name of names) {
    sv.delete(name);
    en.delete(name);
  }
  return { sv, en, names };
}
