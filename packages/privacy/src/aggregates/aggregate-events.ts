import { type BizStep, type DomainEvent } from '@fairscan/domain';

/** `subject`: joined across shifts through the identity registry; `pseudonym`: one shift's pseudonym only. */
export type PersonKind = 'subject' | 'pseudonym';

/**
 * One person's week at one bizStep, in `aggregate-<site>-<YYYY-Www>`
 * (CNIL-RET-OK: weekly aggregates instead of every scan). No error rate:
 * fairscan stores no fact about a scan being wrong (a rejected scan is
 * refused, not recorded), so there is nothing honest to divide.
 */
export interface WeeklyAggregateRow {
  readonly week: string;
  /** `sub_…` for a registered subject, else `opk_…`, the key of one shift pseudonym (person-key.ts). */
  readonly person: string;
  readonly personKind: PersonKind;
  readonly bizStep: BizStep;
  readonly items: number;
  /**
   * Declared hours (shift minus declared breaks, CNIL-IDLE: never scan gaps)
   * of the shifts in which the person handled items, all bizSteps together;
   * absent when one of those shifts has no declared end.
   */
  readonly hoursWorked?: number;
  /** items / hoursWorked: items of this bizStep per declared hour worked, not per hour spent on it. */
  readonly itemsPerHour?: number;
}

export type WeeklyAggregateRecorded = DomainEvent<'WeeklyAggregateRecorded', WeeklyAggregateRow>;

/**
 * Closes a snapshot: the rows just before it are the week's aggregate over
 * `days`. Each fold rewrites the whole week and truncates the previous
 * snapshot, so the stream never holds one day's difference (finer than weekly).
 */
export type WeeklyAggregateFolded = DomainEvent<
  'WeeklyAggregateFolded',
  { readonly week: string; readonly days: readonly string[]; readonly rows: number; readonly at: string }
>;

export type AggregateEvent = WeeklyAggregateRecorded | WeeklyAggregateFolded;
