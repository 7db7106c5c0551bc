import { languageFromLocale } from '../src/domain/language.ts';
import type { Language } from '../src/domain/model.ts';

export interface LanguageSignals {
  /** What the user wrote (or the question a suggestion button asks). */
  text?: string;
  /** The language the card that was acted on was written in (`lang` in its actions' data). */
  cardLanguage?: unknown;
  /** The client's locale, e.g. `en-US`. */
  locale?: string;
}

/** Which language a text is written in, if its words tell; `undefined` when they do not. */
export type DetectLanguage = (text: string) => Language | undefined;

/**
 * The one decision of a turn's language, in this order: the words the user wrote (Stockholm
 * officials often run English clients and write Swedish), the card's own language, the client's
 * locale, Swedish.
 */
export function decideLanguage(signals: LanguageSignals, detect: DetectLanguage): Language {
  const fromText = signals.text?.trim() ? detect(signals.text) : undefined;
  if (fromText) return fromText;
  if (signals.cardLanguage === 'sv' || signals.cardLanguage === 'en') return signals.cardLanguage;
  return languageFromLocale(signals.locale);
}
