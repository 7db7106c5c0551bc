/** The report file builders, loaded on first use: docx and exceljs take long to load and most starts never need them. */
export const loadReportBuilders = () => import('./report-files.ts');
