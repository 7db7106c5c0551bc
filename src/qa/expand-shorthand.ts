/**
 * Officials type fast: "enl pressmeddelandet", "polisen o staden", "ang styrgruppen", "ks-nr".
 * Common Swedish shorthand is written out before the question is read, so it neither counts as
 * an unknown word (and refuses the question) nor hides a seam between two questions. Only whole
 * words are replaced; the rest of the text is kept verbatim.
 */
const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\benl\.?(?=\s)/gi, 'enligt'],
  [/\bang\.?(?=\s)/gi, 'angående'],
  [/\bbl\.?\s?a\.?(?=\s|$)/gi, 'bland annat'],
  [/\bt\.?\s?ex\.?(?=\s|$)/gi, 'till exempel'],
  [/\bpga\.?(?=\s|$)/gi, 'på grund av'],
  [/\bmkt\b/gi, 'mycket'],
  [/\bngn\b/gi, 'någon'],
  [/\bngt\b/gi, 'något'],
  [/\bnr\b/gi, 'nummer'],
  [/\bsthlm\b/gi, 'Stockholm'],
  [/\bpressmedd\b\.?/gi, 'pressmeddelandet'],
  // "polisen o staden": a lone "o" between words is "och" (Swedish has no such word of its own).
  [/(?<=\p{L}\s+|,\s*)o(?=\s+\p{L})/giu, 'och'],
  // "&" between words is "och"/"and"; the question's language decides nothing here, "och" is read by both.
  [/\s&\s/g, ' och '],
];

/**
 * Fixed phrases whose words mislead when read one by one: "come about" is how something came to
 * be ("kom i och med"), "in the first place" is no first agreement, "put first" is to prioritise,
 * "mot förut" compares with before rather than asking what came before.
 */
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(come|came|comes|coming) about\b/gi, 'arose'],
  [/\bin the first place\b/gi, ''],
  [/\b(put|puts|putting|place|places|placing) (\w+ )?first\b/gi, 'prioritise $2'],
  [/\b(jämfört med|jamfort med|mot|än|an) (förut|forut|tidigare)(?=\W*$|\W*[,?])/gi, ''],
  [/\b(compared (to|with)|than) before\b/gi, ''],
];

export function expandShorthand(text: string): string {
  let expanded = text;
  for (const [pattern, replacement] of [...SHORTHAND, ...IDIOMS]) expanded = expanded.replace(pattern, replacement);
  return expanded.replace(/\s{2,}/g, ' ').trim();
}
