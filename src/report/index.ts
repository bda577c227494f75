export type { ReportData } from './data.ts';
export { renderReport } from './render.ts';
export { startServer } from './server.ts';
export { escapeHtml } from './escape.ts';
export { formatNumber, formatInterval } from './format.ts';

export { loadReportData } from './load.ts';
