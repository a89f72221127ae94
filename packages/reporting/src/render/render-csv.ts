import { stringify } from 'csv-stringify/sync';
import { type ReportTable } from './report-table.js';

/** RFC 4180 CSV with a header row, for spreadsheets and DuckDB. */
export const renderCsv = (report: ReportTable): string =>
  stringify([report.columns as string[], ...report.rows.map((row) => row.map(String))]);
