/** Lower case without diacritics: officials on English keyboards write "hasselby" for "Hässelby". */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Words of letters and digits; hyphens and punctuation split ("rinkeby-kista" → two words). */
export function splitWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Sentences of a passage, kept verbatim so quotes are exact. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[-–\p{Lu}0-9])/u).map((sentence) => sentence.trim()).filter(Boolean);
}
