import type { WeekKey } from '../domain/iso-week.ts';
import type { Level } from '../domain/status-report.ts';

/**
 * The report back's files: their formats, names and content types, the report in words they are
 * made from (`ReportDocument`), and the signed-link signature. Light on purpose: the builders
 * (src/app/report-files.ts, with docx and exceljs) load only when a file is first asked for.
 */
export const REPORT_FORMATS = ['docx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface ReportLevelCell {
  text: string;
  /** Undefined when no report came in that week. */
  level?: Level;
}

export interface ReportTable {
  heading: string;
  /** Excel sheet name: at most 31 characters, none of \ / ? * [ ] : */
  sheetName: string;
  header: string[];
  rows: string[][];
  /** Said instead of an empty table. */
  empty: string;
}

/** The report in words, in one language: what every file format lays out its own way. */
export interface ReportDocument {
  language: 'sv' | 'en';
  title: string;
  intro: string;
  summary: { heading: string; lines: string[] };
  levels: {
    heading: string;
    note: string;
    sheetName: string;
    districtColumn: string;
    focusAreaColumn: string;
    /** Column labels for the weeks in the document ("v. 40"), and the week keys for CSV and Excel. */
    weekLabels: string[];
    weekKeys: string[];
    districts: Array<{ name: string; rows: Array<{ focusArea: string; cells: ReportLevelCell[] }> }>;
  };
  /** Tasks done, tasks late, decisions: one table each. */
  tables: ReportTable[];
}

/** What a download link is for: who may fetch which period, in which format and language. */
export interface ReportLinkInput {
  tenantId: string;
  /** The user's Entra object id: the role is checked again for this user at download. */
  userId: string;
  from: WeekKey;
  to: WeekKey;
  format: ReportFormat;
  /** One district only (the chat command allows it); all districts when unset. */
  districtId?: string;
  /** The files' language: Swedish unless the user's is English. */
  language?: 'sv' | 'en';
}

/** Makes a short-lived signed absolute URL to a report file (bot/edge/report-links.ts). */
export type ReportLink = (input: ReportLinkInput) => string;

/** The file name for a period: `aterrapport-2026-W40-W47.docx`, with the year twice across a year boundary. */
export function reportFileName(from: string, to: string, format: ReportFormat, districtId?: string): string {
  const toPart = from.slice(0, 4) === to.slice(0, 4) ? to.slice(5) : to;
  return `aterrapport-${from}-${toPart}${districtId ? `-${districtId}` : ''}.${format}`;
}
