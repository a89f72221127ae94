import { type ReportTable } from './report-table.js';

const cell = (value: string | number): string => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(report: ReportTable): string {
  const header = `| ${report.columns.map(cell).join(' | ')} |`;
  const rule = `| ${report.columns.map(() => '---').join(' | ')} |`;
  const rows = report.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  const notes = (report.notes ?? []).map((note) => `> ${note}`);
  return [`### ${report.title}`, '', header, rule, ...rows, '', ...notes].join('\n').trimEnd();
}
