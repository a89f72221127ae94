import { htmlPage, htmlSection, htmlTable, escapeHtml } from '@fairscan/privacy';
import { renderMarkdown } from '../render/render-markdown.js';
import { type ReportTable } from '../render/report-table.js';
import { type ComplianceData } from './compliance-data.js';
import { complianceTables } from './compliance-tables.js';

export const complianceFormats = ['markdown', 'html'] as const;
export type ComplianceFormat = (typeof complianceFormats)[number];

const titleOf = (data: ComplianceData): string => `Privacy and monitoring compliance: site ${data.site}`;

/** What the document is, for the reader who did not ask for it (FR-L2312-38, DE-87-1-6: the works council is consulted). */
function preamble(data: ComplianceData): string[] {
  return [
    `Generated ${data.generatedAt} by fairscan from the site's event store.`,
    'It shows the indicator register in force and how it was judged, the retention schedule and the proofs that expired data was deleted, ' +
      'and how often personal data was read, by role and purpose.',
    data.reads === undefined
      ? 'It names no worker and no reader, and may be shared with the works council.'
      : 'This is the DPO copy: its last section names readers and subjects and must not be shared.',
  ];
}

export function renderComplianceMarkdown(data: ComplianceData): string {
  const tables = complianceTables(data).map((table) => renderMarkdown(table).replace(/^### /, '## '));
  return [`# ${titleOf(data)}`, '', ...preamble(data), '', ...tables.flatMap((table) => [table, ''])].join('\n');
}

const htmlOf = (table: ReportTable): string => {
  const notes = (table.notes ?? []).map((note) => `<p>${escapeHtml(note)}</p>`).join('\n');
  return htmlSection(table.title, `${htmlTable(table.columns, table.rows, 'None.')}${notes === '' ? '' : `\n${notes}`}`);
};

/** One static page: every value escaped, no script, no external resource (a content policy forbids both). */
export function renderComplianceHtml(data: ComplianceData): string {
  const intro = htmlSection('About this document', preamble(data).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'));
  return htmlPage(titleOf(data), [intro, ...complianceTables(data).map(htmlOf)]);
}

export const renderCompliance = (data: ComplianceData, format: ComplianceFormat): string =>
  format === 'html' ? renderComplianceHtml(data) : `${renderComplianceMarkdown(data)}\n`;
