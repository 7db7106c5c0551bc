import { createContext, useContext } from 'react';
import { format, type TabLanguage, type TextKey } from './texts.ts';

export interface Translator {
  language: TabLanguage;
  t(key: TextKey, values?: Readonly<Record<string, string | number>>): string;
}

export const translator = (language: TabLanguage): Translator => ({ language, t: (key, values) => format(language, key, values) });

const TextsContext = createContext<Translator>(translator('sv'));
export const TextsProvider = TextsContext.Provider;
export const useTexts = () => useContext(TextsContext);
