import type { Language } from '../src/domain/model.ts';
import type { PoliticalReport } from '../src/domain/political-report.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { renderPoliticalReport } from './political-report-text.ts';
import { t } from './texts/catalogue.ts';
import { PLAN_TEXTS as T } from './texts/plan.ts';

/** Teams shows about 28 KB of message text; the code blocks are cut well below that. */
export const MAX_CHAT_BLOCK = 20_000;

/**
 * The report back in chat: a card with the headline (the report's summary lines, which Adaptive
 * Card text renders: bold and lists, not tables), followed by the whole Markdown and the levels CSV
 * as code blocks. Bots cannot upload a file to a 1:1 chat without the file-consent flow (and need
 * Graph in a channel), so the report is handed over as copyable text; the CLI writes real files.
 */
export function buildPoliticalReportReplies(report: PoliticalReport, language: Language): { card: { card: AdaptiveCardJson; text: string }; markdownMessage: string; csvMessage: string } {
  const from = report.weeks[0] ?? '';
  const to = report.weeks.at(-1) ?? '';
  const title = t(T.reportTitle, language, { from: Number(from.slice(6)), to: Number(to.slice(6)) });
  // In chat everything speaks the user's language; `npm run report` writes the boards' papers in Swedish.
  const text = renderPoliticalReport(report, language);
  const summary = text.summary;
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: summary, wrap: true },
    { type: 'TextBlock', text: t(T.reportIntro, language, { fromKey: from, toKey: to }), wrap: true, isSubtle: true, size: 'Small' },
  ];
  return {
    card: { card: adaptiveCard(body, [], `${title}\n${summary}`), text: `${title}\n${summary}` },
    markdownMessage: codeBlock(text.markdown, 'markdown', language),
    csvMessage: codeBlock(text.csv, 'csv', language),
  };
}

function codeBlock(text: string, kind: string, language: Language): string {
  const cut = text.length > MAX_CHAT_BLOCK;
  const shown = cut ? `${text.slice(0, MAX_CHAT_BLOCK)}\n…` : text;
  // A fence longer than any backtick run in the text keeps the block closed.
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}${kind}\n${shown}\n${fence}${cut ? `\n${t(T.reportTruncated, language)}` : ''}`;
}
