export type { ReportData } from './data.ts';
export { renderReport } from './render.ts';
export { startServer } from './server.ts';
export { escapeHtml } from './escape.ts';
export { formatNumber, formatInterval } from './format.ts';

/** Not written yet: the store queries that fill ReportData (see report to the lead). */
export function loadReportData(_db: unknown, _dbPath: string): never {
  throw new Error('loadReportData is not implemented yet: the report renders hand-built ReportData only');
}
