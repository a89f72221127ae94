import Table from 'cli-table3';
import { type ReportTable } from './report-table.js';

/** A terminal table; numbers right-aligned so columns of counts read at a glance. */
export function renderTable(report: ReportTable): string {
  const table = new Table({
    head: [...report.columns],
    style: { head: [], border: [], compact: true },
    colAligns: report.columns.map((_, i) => (typeof report.rows[0]?.[i] === 'number' ? 'right' : 'left')),
  });
  for (const row of report.rows) table.push(row.map(String));
  const notes = (report.notes ?? []).map((note) => `  ${note}`);
  return [report.title, table.toString(), ...notes].join('\n');
}
