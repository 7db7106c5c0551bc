/**
 * A question of two parts, split where "och"/"and" (or a second question mark) starts a new
 * question: "vilket diarienummer har den och när kom pressmeddelandet?", also after a preposition
 * ("…, and in what year was it signed?"). One part when there is
 * no such seam, or when a side would be a single word.
 */
const SEAM = /\s*,?\s+(?:och|samt|and)\s+(?:(?:in|on|at|for|from|to|with|by|i|på|pa|för|for|från|fran|till|med|av)\s+)?(?=(?:till när|till nar|fram till|vad|vem|vilka|vilken|vilket|hur|nar|när|varfor|varför|om|ar|är|finns|what|whats|what's|who|whom|which|when|how|why|is|are|does|do|did)\b)/i;

/** "What does it say about X and about Y?", "om X respektive Y": one frame, two topics ("om X och Y" stays one). */
const TWO_TOPICS = /^(.*\b(?:about|om|on|regarding|kring|angående|angaende)\s+)(.+?)\s*,?\s+(?:(?:and|och|samt)\s+(?:about|om|on|regarding|kring|angående|angaende)|respektive)\s+(.+?)\s*([?!.]*)$/i;
/** A comma or semicolon before a new question word: "vem är regionpolischef, vad vill han öka?". */
const PUNCTUATION_SEAM = /\s*[,;]\s+(?=(?:vad|vem|vilka|vilken|vilket|hur|när|nar|varför|varfor|what|whats|what's|who|which|when|how|why)\b)/i;

const ASKS = /\b(vad|vem|vilka|vilken|vilket|hur|när|nar|varför|varfor|finns|står|what|whats|what's|who|which|when|how|why|is|are|does|do|did)\b/i;

/** Two facts asked in one frame: "What's the case number and the date of the press release?" (groups: frame, fact, fact, rest). */
const FACT = String.raw`(?:case number|case no|ks-?(?:nummer|nr|number)|diarienumm?ret|diarienummer|dnr|arendenummer|ärendenummer|date|datum|datumet|title|titel|titeln|rubrik|rubriken|headline|heading|signatories|authors|parties|partier|partierna|phone number|telefonnumret|telefonnummer|press line|sender|avsändare|avsandare|avsändaren|avsandaren|time|tid|tiden|klockslag|validity|giltighet)`;
const TWO_FACTS = new RegExp(String.raw`^(.*?\b)(${FACT})\s*,?\s+(?:and|och|samt|&)\s+(?:the |det |den |dess |its )?(${FACT})\b(.*)$`, 'i');
/** Two facts each asked of its own document: "diarienumret på uttalandet och datumet på pressmeddelandet" (groups: frame, fact, of what, fact, of what). */
const TWO_FACTS_OF_TWO = new RegExp(String.raw`^(.*?\b)(${FACT})(\s+(?:på|pa|för|for|i|of|in|on|från|fran)\s+[^,]+?)\s*,?\s+(?:and|och|samt|&)\s+(?:the |det |den )?(${FACT})\b(.*)$`, 'i');

/** "X, alltså Y": the second part says the first again. */
const RESTATES = /,\s*(alltså|alltsa|dvs|d v s|i\.e\.|that is|i mean)\b/i;

export function splitQuestion(text: string): string[] {
  if (RESTATES.test(text)) return [text];
  const byMark = text.split(/\?\s+(?=\S)|;\s+(?=\S)/).map((part) => part.trim()).filter(Boolean);
  if (byMark.length === 2 && byMark.every((part) => part.split(/\s+/).length >= 2)) return byMark;
  const ofTwo = TWO_FACTS_OF_TWO.exec(text);
  if (ofTwo) return [`${ofTwo[1]}${ofTwo[2]}${ofTwo[3]}`, `${ofTwo[1]}${ofTwo[4]}${ofTwo[5]}`];
  const facts = TWO_FACTS.exec(text);
  // What follows the second fact ("… of the press release?") is asked of both.
  if (facts) return [`${facts[1]}${facts[2]}${facts[4]}`, `${facts[1]}${facts[3]}${facts[4]}`];
  const topics = TWO_TOPICS.exec(text);
  if (topics && topics[2]!.split(/\s+/).length <= 6 && topics[3]!.split(/\s+/).length <= 6 && !/\b(vad|vem|hur|nar|när|what|who|how|when|why)\b/i.test(topics[3]!)) {
    return [`${topics[1]}${topics[2]}?`, `${topics[1]}${topics[3]}?`];
  }
  const byComma = text.split(PUNCTUATION_SEAM).map((part) => part.trim()).filter(Boolean);
  // "According to the statement, who …?" is one question: the part before the comma asks nothing.
  if (byComma.length === 2 && byComma.every((part) => part.split(/\s+/).length >= 3) && ASKS.test(byComma[0]!)) return byComma;
  const match = SEAM.exec(text);
  if (!match) return [text];
  const first = text.slice(0, match.index).trim();
  const second = text.slice(match.index + match[0].length).trim();
  if (first.split(/\s+/).length < 2 || second.split(/\s+/).length < 2) return [text];
  return [first, second];
}
