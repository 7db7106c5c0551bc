import { stringify, type Options } from 'csv-stringify/sync';

/**
 * Every CSV Samverkan hands out (the audit export, the report back to the political bodies):
 * RFC 4180 with CRLF line ends, and cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) prefixed with `'` by csv-stringify's `escape_formulas` (CWE-1236), since
 * the files are opened in Excel by people who did not write them. Numbers are left as they are.
 */
export function stringifyCsv(rows: unknown[][], options: Pick<Options, 'columns' | 'bom'> & { header?: boolean } = {}): string {
  return stringify(rows, { header: true, ...options, record_delimiter: 'windows', escape_formulas: true });
}
