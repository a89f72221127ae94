import { type Projection } from '@fairscan/domain';
import { type Action } from '@fairscan/privacy';
import { type ReportTable } from '../render/report-table.js';

export interface ReportContext {
  /** The instant the report speaks for: `--as-of`, `--until`, or the newest event seen. */
  readonly asOf: string;
  /** Longest list a table shows; the rest is summarised in a note. */
  readonly limit: number;
  /** Set when the reader's scope is one team (a team lead): tables keep that team's lines only. */
  readonly team?: string;
}

/**
 * A report only some roles may read, though it shows no person (team
 * aggregates): the reader names their account and the role is checked.
 */
export interface RestrictedRead {
  readonly action: Action;
}

/**
 * A report that shows references to people (shift pseudonyms): whoever asks
 * for it must name their account, and each person shown is logged (CNIL-VIDEO).
 */
export interface PersonalData {
  /** The column of its tables that holds the references (e.g. `shift pseudonym`). */
  readonly subjectColumn: string;
  /** Why it is read, as the access audit records it. */
  readonly purpose: string;
}

/** A report is a projection plus how to show its state to a person. */
export interface ReportDefinition<S = unknown> {
  readonly name: string;
  readonly description: string;
  /** Set when the report shows per-person data; absent for reports about items, bins, stations and tasks. */
  readonly personal?: PersonalData;
  /** Set when only some roles may read it (RBAC in @fairscan/privacy); absent for operational reports. */
  readonly restricted?: RestrictedRead;
  readonly projection: Projection<S>;
  tables(state: S, context: ReportContext): ReportTable[];
}

export const defineReport = <S>(definition: ReportDefinition<S>): ReportDefinition<unknown> =>
  definition as unknown as ReportDefinition<unknown>;

/** The references to people a report's tables show, in order, once each: what the access audit must record. */
export function subjectsShown(tables: readonly ReportTable[], personal: PersonalData): string[] {
  const shown = tables.flatMap((table) => {
    const column = table.columns.indexOf(personal.subjectColumn);
    return column < 0 ? [] : table.rows.map((row) => String(row[column]));
  });
  return [...new Set(shown)];
}

/** The tables with only the rows whose subject `keep` accepts; tables without the subject column are unchanged. */
export function keepSubjects(tables: readonly ReportTable[], personal: PersonalData, keep: (subject: string) => boolean): ReportTable[] {
  return tables.map((table) => {
    const column = table.columns.indexOf(personal.subjectColumn);
    return column < 0 ? table : { ...table, rows: table.rows.filter((row) => keep(String(row[column]))) };
  });
}
