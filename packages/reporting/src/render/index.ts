import { type ReportFormat, type ReportTable } from './report-table.js';
import { renderTable } from './render-table.js';
import { renderMarkdown } from './render-markdown.js';
import { renderJson } from './render-json.js';
import { renderCsv } from './render-csv.js';

export * from './report-table.js';
export { renderTable, renderMarkdown, renderJson, renderCsv };

const renderers: Record<ReportFormat, (report: ReportTable) => string> = {
  table: renderTable,
  markdown: renderMarkdown,
  json: renderJson,
  csv: renderCsv,
};

export const renderReport = (report: ReportTable, format: ReportFormat): string => renderers[format](report);
