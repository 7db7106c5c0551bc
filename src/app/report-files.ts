import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { Level } from '../domain/status-report.ts';
import { stringifyCsv } from '../domain/stringify-csv.ts';
import type { ReportDocument, ReportFormat } from './report-formats.ts';

/**
 * The report back to the political bodies as files: a Word document (docx), an Excel workbook
 * (exceljs) and CSV (the levels, formula-safe). Pure functions from the report in words
 * (`ReportDocument`, written in one language by cards/political-report-text.ts: src/ may not
 * import cards/, so the words come in as data) to the file's bytes.
 */

/** Cell fills by level, the traffic-light colours Excel's own conditional formats use. */
const LEVEL_FILL: Record<Level, string> = { green: 'C6EFCE', yellow: 'FFEB9C', red: 'FFC7CE', 'not-applicable': 'EDEDED' };

/** A cell a spreadsheet would run as a formula (CWE-1236), as stringifyCsv's escape_formulas judges it. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

export async function buildReportFile(document: ReportDocument, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return buildReportDocx(document);
    case 'xlsx':
      return buildReportXlsx(document);
    case 'csv':
      // A byte order mark, so that Excel opens å, ä and ö as UTF-8.
      return Buffer.from(`\uFEFF${buildReportCsv(document)}`, 'utf8');
  }
}

/** The levels in wide form: district, focus area, one column per week (RFC 4180, formula-safe). */
export function buildReportCsv(document: ReportDocument): string {
  const { levels } = document;
  const rows = levels.districts.flatMap((district) => district.rows.map((row) => [district.name, row.focusArea, ...row.cells.map((cell) => cell.text)]));
  return stringifyCsv(rows, { columns: [levels.districtColumn, levels.focusAreaColumn, ...levels.weekKeys] });
}

export async function buildReportDocx(document: ReportDocument): Promise<Buffer> {
  const { levels } = document;
  const cell = (text: string, options: { bold?: boolean; fill?: string } = {}) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: options.bold ?? false, size: 18 })] })],
      ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    });
  const table = (header: string[], rows: Array<Array<{ text: string; fill?: string }>>) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: header.map((text) => cell(text, { bold: true, fill: 'D9E2F3' })) }),
        ...rows.map((row) => new TableRow({ children: row.map((c) => cell(c.text, c.fill ? { fill: c.fill } : {})) })),
      ],
    });
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: document.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: document.intro }),
    new Paragraph({ text: document.summary.heading, heading: HeadingLevel.HEADING_1 }),
    ...document.summary.lines.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
    new Paragraph({ text: levels.heading, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: levels.note }),
  ];
  for (const district of levels.districts) {
    children.push(
      new Paragraph({ text: district.name, heading: HeadingLevel.HEADING_2 }),
      table(
        [levels.focusAreaColumn, ...levels.weekLabels],
        district.rows.map((row) => [{ text: row.focusArea }, ...row.cells.map((c) => ({ text: c.text, ...(c.level ? { fill: LEVEL_FILL[c.level] } : {}) }))]),
      ),
    );
  }
  for (const section of document.tables) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    children.push(section.rows.length > 0 ? table(section.header, section.rows.map((row) => row.map((text) => ({ text })))) : new Paragraph({ text: section.empty, alignment: AlignmentType.LEFT }));
  }
  const doc = new Document({
    creator: 'Samverkan',
    title: document.title,
    description: document.intro,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export async function buildReportXlsx(document: ReportDocument): Promise<Buffer> {
  const { levels } = document;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkan';
  workbook.title = document.title;
  workbook.created = new Date(0);

  const summary = workbook.addWorksheet(document.summary.heading.slice(0, 31));
  summary.getColumn(1).width = 110;
  const lines = [document.title, document.intro, '', ...document.summary.lines];
  lines.forEach((line, index) => setText(summary.getCell(index + 1, 1), line));
  summary.getCell(1, 1).font = { bold: true, size: 14 };
  summary.getColumn(1).alignment = { wrapText: true, vertical: 'top' };

  const levelSheet = workbook.addWorksheet(levels.sheetName, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  addHeader(levelSheet, [levels.districtColumn, levels.focusAreaColumn, ...levels.weekKeys]);
  levelSheet.getColumn(1).width = 28;
  levelSheet.getColumn(2).width = 34;
  for (let index = 0; index < levels.weekKeys.length; index++) levelSheet.getColumn(index + 3).width = 12;
  let rowNumber = 2;
  for (const district of levels.districts) {
    for (const row of district.rows) {
      setText(levelSheet.getCell(rowNumber, 1), district.name);
      setText(levelSheet.getCell(rowNumber, 2), row.focusArea);
      row.cells.forEach((c, index) => {
        const target = levelSheet.getCell(rowNumber, index + 3);
        setText(target, c.text);
        if (c.level) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${LEVEL_FILL[c.level]}` } };
      });
      rowNumber++;
    }
  }
  levelSheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 2 + levels.weekKeys.length } };

  for (const section of document.tables) {
    const sheet = workbook.addWorksheet(section.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    addHeader(sheet, section.header);
    section.header.forEach((_, index) => (sheet.getColumn(index + 1).width = 22));
    section.rows.forEach((row, r) => row.forEach((text, c) => setText(sheet.getCell(r + 2, c + 1), text)));
    if (section.rows.length === 0) setText(sheet.getCell(2, 1), section.empty);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addHeader(sheet: ExcelJS.Worksheet, header: string[]): void {
  header.forEach((text, index) => setText(sheet.getCell(1, index + 1), text));
  sheet.getRow(1).font = { bold: true };
}

/**
 * Every cell is a string cell (never a formula); one that starts like a formula also gets the text
 * number format "@", so that editing it in Excel does not turn it into one either.
 */
function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  if (looksLikeFormula(text)) cell.numFmt = '@';
}

