export type { ReportData } from './data.ts';
export { renderReport, reportFolderPages } from './render.ts';
export { startServer } from './server.ts';
export { escapeHtml } from './escape.ts';
export { formatNumber, formatInterval } from './format.ts';
export { loadReportData, DEFAULT_REPORT_BUDGET_BYTES } from './load.ts';
