/**
 * C0 controls but tab and line feed, DEL, C1 controls, and the invisible direction marks and
 * overrides (LRM/RLM, ALM, LRE…RLO, LRI…PDI): none belong in a comment or a name, and the bidi
 * ones can make stored text read differently from what it is ("Trojan Source").
 */
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Free text as it may be stored: line breaks kept (CRLF and CR become LF), the rest above removed. */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNWANTED, '');
}
