import { type RetentionCategory } from '@fairscan/domain';

/** The last audit entry a retention run removed: where a truncated audit chain resumes. */
export interface AuditAnchor {
  readonly hash: string;
  readonly position: number;
}

/** What one category's retention removed (or, in a `RetentionStarted` intent, is about to remove). */
export interface RetentionSummary {
  readonly category: RetentionCategory;
  /** Days the category is kept, as the schedule said at the time of the run. */
  readonly days: number;
  /** ISO instant: what ended at or before it had expired (`now - days`). */
  readonly cutoff: string;
  /** Streams deleted whole. */
  readonly streams: number;
  /** Streams that lost their oldest events and keep their recent ones. */
  readonly truncated: number;
  readonly events: number;
  /** SHA-256 (hex) over the deleted event ids, sorted, one per line: `deletedIdsHash(ids)`. */
  readonly deletedIdsHash: string;
  /** Audit category only: the last removed entry, so `verifyAuditStream` can check what is left. */
  readonly anchor?: AuditAnchor;
}

/**
 * Written before anything is deleted: if the run is interrupted, the next run
 * finds this intent without its `RetentionApplied` entries and completes it.
 */
export interface RetentionStartedData {
  readonly runId: string;
  /** The named account or schedule that ran retention. */
  readonly actor: string;
  readonly categories: readonly RetentionSummary[];
  readonly at: string;
}

/** The proof that one category's expired events are gone. */
export interface RetentionAppliedData extends RetentionSummary {
  readonly runId: string;
  readonly actor: string;
  /** Always false: a dry run writes nothing. */
  readonly dryRun: false;
  /** True when a later run completed an interrupted one; the counts are those of the interrupted run's intent. */
  readonly resumed: boolean;
  readonly at: string;
}
