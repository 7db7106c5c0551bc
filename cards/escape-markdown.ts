/** Characters Adaptive Card markdown (Teams) reads as syntax: links, images, emphasis, code, HTML, tables. */
const INLINE_SYNTAX = /[\\`*_[\]()!#<>~|]/g;

/**
 * User-written text (comments, titles, names, decisions) as it should appear in a TextBlock or
 * FactSet: literally. `[klicka](http://evil)` stays those characters, not a link; `![x](…)` never
 * loads an image; a line starting with "- " or "1. " is not turned into a list. Backslash escapes
 * are CommonMark, which the Teams renderer follows. Apply once, where the text enters the card.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SYNTAX, '\\$&')
        .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n');
}
