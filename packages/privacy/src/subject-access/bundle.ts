import { type OperatorRef, type RetentionCategory, type ScanAttributed } from '@fairscan/domain';
import { type Role } from '../access/roles.js';
import { type OperatorTask } from '../my-day/operator-tasks.js';
import { type LoggedAccess } from '../audit/audit-stream.js';
import { type IssuedPseudonym } from '../identity/resolve.js';
import { type RetentionSource } from '../retention/schedule.js';

export const bundleFormat = 'fairscan/subject-access/v1';

export interface HeldShift {
  readonly operator: OperatorRef;
  readonly shiftDate: string;
  readonly startedAt?: string;
  readonly endedAt?: string;
  readonly breaks: ReadonlyArray<{ readonly startedAt: string; readonly endedAt?: string; readonly source: string }>;
}

/** A task of the subject's as "my day" shows it, plus the shift pseudonym it was held under. */
export interface HeldTask extends OperatorTask {
  readonly operator: OperatorRef;
}

/** An attribution still held: the stored fact itself (scan, pseudonym, step, station, time). */
export type HeldAttribution = ScanAttributed['data'];

/** The part of an aggregate event that is about the subject (rows about others are left out). */
export interface HeldAggregate {
  readonly stream: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly record: unknown;
}

export interface BundleAccess extends LoggedAccess {
  /** The named person holding the reading account, when the account still exists. */
  readonly holder?: string;
}

export type NoticeRecord =
  | { readonly status: 'recorded'; readonly version: string; readonly givenTo: readonly string[]; readonly source: string }
  | { readonly status: 'not recorded' };

export interface RetentionRow {
  readonly category: RetentionCategory | 'identity';
  readonly holds: string;
  /** Days kept; null when kept for the employment and until erasure. */
  readonly days: number | null;
  readonly source: RetentionSource;
}

/**
 * Everything fairscan holds about one employee at one site (GDPR-15), as
 * written to `subject-access.json`. `status` other than `held` means no data
 * can be linked to them: never enrolled, or erased (GDPR-17).
 */
export interface SubjectAccessBundle {
  readonly format: typeof bundleFormat;
  readonly site: string;
  readonly generatedAt: string;
  readonly requestedBy: { readonly account: string; readonly role: Role };
  readonly status: 'held' | 'erased' | 'unknown';
  readonly identity?: { readonly employeeId: string; readonly subjectRef: string; readonly team?: string };
  readonly pseudonyms: readonly IssuedPseudonym[];
  readonly shifts: readonly HeldShift[];
  readonly tasks: readonly HeldTask[];
  readonly attributions: readonly HeldAttribution[];
  readonly aggregates: readonly HeldAggregate[];
  readonly accesses: readonly BundleAccess[];
  readonly notice: NoticeRecord;
  readonly retention: readonly RetentionRow[];
}
