import type { Language } from './model.ts';

/** The language of a client locale such as `en-US` or `sv-SE`; Swedish when unknown. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
