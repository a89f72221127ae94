/** A report as people read it: a title, named columns, rows of plain values. */
export interface ReportTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Shown under the table: what was left out and why (e.g. a suppressed cell). */
  readonly notes?: readonly string[];
}

export const reportFormats = ['table', 'json', 'csv', 'markdown'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const isReportFormat = (value: string): value is ReportFormat =>
  (reportFormats as readonly string[]).includes(value);
