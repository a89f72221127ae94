import { type ReportTable } from './report-table.js';

/** Rows as objects keyed by column name: what a script or notebook wants. */
export function renderJson(report: ReportTable): string {
  const rows = report.rows.map((row) => Object.fromEntries(report.columns.map((column, i) => [column, row[i]])));
  return JSON.stringify({ title: report.title, rows, notes: report.notes ?? [] }, null, 2);
}
