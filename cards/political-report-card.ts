import type { ReportFormat } from '../src/app/report-formats.ts';
import type { Language } from '../src/domain/model.ts';
import type { PoliticalReport } from '../src/domain/political-report.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { renderPoliticalReport } from './political-report-text.ts';
import { t } from './texts/catalogue.ts';
import { REPORT_CARD_TEXTS as K, REPORT_TEXTS as T } from './texts/report.ts';

export interface PoliticalReportLinks {
  links: Record<ReportFormat, string>;
  /** How long the links work, to tell the reader. */
  minutes: number;
}

/**
 * The report back in chat: a short card with the period, the headline figures, and the files as
 * links (Word, Excel, CSV). Bots cannot upload a file to a chat without the file-consent flow (and
 * need Graph in a channel), so the files are served by short-lived signed links instead.
 */
export function buildPoliticalReportCard(report: PoliticalReport, language: Language, files: PoliticalReportLinks): { card: AdaptiveCardJson; text: string } {
  const l = language;
  const weekNumber = (week: string) => Number(week.slice(6));
  const period = report.multiYear
    ? t(T.periodYears, l, { from: weekNumber(report.from), fromYear: report.from.slice(0, 4), to: weekNumber(report.to), year: report.to.slice(0, 4) })
    : t(T.period, l, { from: weekNumber(report.from), to: weekNumber(report.to), year: report.to.slice(0, 4) });
  const title = t(K.title, l, { period });
  const scopeName = report.districtId ? escapeMarkdown(report.districts.find((d) => d.id === report.districtId)?.name ?? report.districtId) : t(T.allDistricts, l);
  const { summaryLines } = renderPoliticalReport(report, l);
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: t(K.scope, l, { scope: scopeName, start: report.periodStart, end: report.periodEnd }), wrap: true, isSubtle: true, spacing: 'None' },
    { type: 'TextBlock', text: summaryLines.map((line) => `- ${line}`).join('\n'), wrap: true },
    { type: 'TextBlock', text: t(K.files, l, { minutes: files.minutes }), wrap: true, isSubtle: true, size: 'Small' },
  ];
  const actions = [
    { type: 'Action.OpenUrl', title: t(K.word, l), url: files.links.docx },
    { type: 'Action.OpenUrl', title: t(K.excel, l), url: files.links.xlsx },
    { type: 'Action.OpenUrl', title: t(K.csv, l), url: files.links.csv },
  ];
  const text = [title, ...summaryLines].join('\n');
  return { card: adaptiveCard(body, actions, text), text };
}
