/**
 * Turns the text of a document file into sections, keeping every section's text verbatim:
 * Markdown headings (`#`, `##`) start sections; a plain-text file is split on paragraphs that look
 * like headings, or, when it has none, into sections of a few paragraphs each.
 */
export type DocumentFormat = 'markdown' | 'text';

export interface ParsedSection {
  id: string;
  title: string;
  text: string;
}

/** The format a file name says, or undefined for any other file. */
export function formatOfFile(fileName: string): DocumentFormat | undefined {
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  if (/\.txt$/i.test(fileName)) return 'text';
  return undefined;
}

/** A lower-case id from a title: accents dropped (å → a), words joined by dashes. */
export function slugOf(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function parseDocument(text: string, format: DocumentFormat): ParsedSection[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks = format === 'markdown' ? markdownBlocks(lines) : textBlocks(lines);
  return withUniqueIds(blocks.filter((block) => block.text !== ''));
}

interface Block {
  title: string | undefined;
  text: string;
}

/** Lines from the first to the last non-blank one, joined as they were. */
const joinTrimmed = (lines: string[]): string => lines.join('\n').replace(/^(\s*\n)+/, '').trimEnd();

const HEADING = /^(#{1,2})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

function markdownBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let title: string | undefined;
  let body: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      blocks.push({ title, text: joinTrimmed(body) });
      title = heading[2]!;
      body = [];
    } else {
      body.push(line);
    }
  }
  blocks.push({ title, text: joinTrimmed(body) });
  return blocks;
}

/** Paragraphs: runs of non-blank lines, each with the lines it spans. */
function paragraphsOf(lines: string[]): Array<{ start: number; end: number }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const last = paragraphs.at(-1);
    if (last && last.end === index) last.end = index + 1;
    else paragraphs.push({ start: index, end: index + 1 });
  });
  return paragraphs;
}

/** A heading in plain text: one short line that does not end like a sentence. */
const looksLikeHeading = (line: string) => line.trim().length <= 80 && line.trim().split(/\s+/).length <= 10 && !/[.,;:!?)]$/.test(line.trim());

const PARAGRAPHS_PER_SECTION = 5;

function textBlocks(lines: string[]): Block[] {
  const paragraphs = paragraphsOf(lines);
  const isHeading = (p: { start: number; end: number }, index: number) => p.end - p.start === 1 && index < paragraphs.length - 1 && looksLikeHeading(lines[p.start]!);
  const headings = paragraphs.filter(isHeading);
  const blocks: Block[] = [];
  if (headings.length > 0) {
    // Text before the first heading, and between headings, is the section above it.
    const starts = [{ start: 0, end: 0, title: undefined as string | undefined }, ...headings.map((h) => ({ ...h, title: lines[h.start]!.trim() }))];
    starts.forEach((heading, index) => {
      const until = starts[index + 1]?.start ?? lines.length;
      blocks.push({ title: heading.title, text: joinTrimmed(lines.slice(heading.end, until)) });
    });
    return blocks;
  }
  for (let first = 0; first < paragraphs.length; first += PARAGRAPHS_PER_SECTION) {
    const group = paragraphs.slice(first, first + PARAGRAPHS_PER_SECTION);
    blocks.push({ title: undefined, text: joinTrimmed(lines.slice(group[0]!.start, group.at(-1)!.end)) });
  }
  return blocks;
}

/** A section without a heading is titled by its first words. */
function titleOfText(text: string): string {
  const words = text.replace(/^[#>*\-\s]+/, '').split(/\s+/);
  const title = words.slice(0, 6).join(' ').replace(/[.,;:]$/, '');
  return words.length > 6 ? `${title} …` : title;
}

function withUniqueIds(blocks: Block[]): ParsedSection[] {
  const used = new Map<string, number>();
  return blocks.map((block, index) => {
    const title = block.title ?? titleOfText(block.text);
    const base = slugOf(title) || `section-${index + 1}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return { id: seen === 0 ? base : `${base}-${seen + 1}`, title, text: block.text };
  });
}
