/**
 * A question of two parts, split where "och"/"and" (or a second question mark) starts a new
 * question: "vilket diarienummer har den och när kom pressmeddelandet?", also after a preposition
 * ("…, and in what year was it signed?"). One part when there is
 * no such seam, or when a side would be a single word.
 */
const SEAM = /\s*,?\s+(?:och|samt|and)\s+(?:(?:in|on|at|for|from|to|with|by|i|på|pa|för|for|från|fran|till|med|av)\s+)?(?=(?:till när|till nar|fram till|vad|vem|vilka|vilken|vilket|hur|nar|när|varfor|varför|om|ar|är|finns|what|whats|what's|who|whom|which|when|how|why|is|are|does|do|did)\b)/i;

export function splitQuestion(text: string): string[] {
  const byMark = text.split(/\?\s+(?=\S)/).map((part) => part.trim()).filter(Boolean);
  if (byMark.length === 2 && byMark.every((part) => part.split(/\s+/).length >= 2)) return byMark;
  const match = SEAM.exec(text);
  if (!match) return [text];
  const first = text.slice(0, match.index).trim();
  const second = text.slice(match.index + match[0].length).trim();
  if (first.split(/\s+/).length < 2 || second.split(/\s+/).length < 2) return [text];
  return [first, second];
}
