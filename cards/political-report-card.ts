import type { Language } from '../src/domain/model.ts';
import type { PoliticalReport } from '../src/domain/political-report.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { PLAN_TEXTS as T } from './plan-texts.ts';
import { fill } from './status-texts.ts';

/** Teams shows about 28 KB of message text; the code blocks are cut well below that. */
export const MAX_CHAT_BLOCK = 20_000;

/**
 * The report back in chat: a card with the headline (the Markdown's summary section, which Adaptive
 * Card text renders: bold and lists, not tables), followed by the whole Markdown and the levels CSV
 * as code blocks. Bots cannot upload a file to a 1:1 chat without the file-consent flow (and need
 * Graph in a channel), so the report is handed over as copyable text; the CLI writes real files.
 */
export function buildPoliticalReportReplies(report: PoliticalReport, language: Language): { card: { card: AdaptiveCardJson; text: string }; markdownMessage: string; csvMessage: string } {
  const from = report.weeks[0] ?? '';
  const to = report.weeks.at(-1) ?? '';
  const title = fill(T.reportTitle[language], { from: Number(from.slice(6)), to: Number(to.slice(6)) });
  const summary = sectionOf(report.markdown, '## Sammanfattning');
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: summary, wrap: true },
    { type: 'TextBlock', text: fill(T.reportIntro[language], { fromKey: from, toKey: to }), wrap: true, isSubtle: true, size: 'Small' },
  ];
  return {
    card: { card: adaptiveCard(body, [], `${title}\n${summary}`), text: `${title}\n${summary}` },
    markdownMessage: codeBlock(report.markdown, 'markdown', language),
    csvMessage: codeBlock(report.csv, 'csv', language),
  };
}

function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  if (start < 0) return '';
  const rest = markdown.slice(start + heading.length);
  const end = rest.indexOf('\n## ');
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

function codeBlock(text: string, kind: string, language: Language): string {
  const cut = text.length > MAX_CHAT_BLOCK;
  const shown = cut ? `${text.slice(0, MAX_CHAT_BLOCK)}\n…` : text;
  // A fence longer than any backtick run in the text keeps the block closed.
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}${kind}\n${shown}\n${fence}${cut ? `\n${T.reportTruncated[language]}` : ''}`;
}
