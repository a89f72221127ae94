import { type RetentionCategory, streams } from '@fairscan/domain';
import { dayEnd, weekEnd } from './periods.js';

/**
 * How a category's streams expire:
 * - `period`: the stream is named after a day or week and goes whole once it has ended;
 * - `last-event`: the stream goes whole once the UTC day of its newest event has expired;
 * - `per-event`: the oldest events go one by one, the stream keeps its recent ones.
 */
export type Expiry =
  | { readonly kind: 'period'; readonly endOf: (rest: string) => number | undefined }
  | { readonly kind: 'last-event' }
  | { readonly kind: 'per-event'; readonly keepStream?: boolean };

export interface CategoryStreams {
  readonly category: RetentionCategory;
  /** The name prefix to list; `rest` is the name after it. */
  readonly prefix: (site: string) => string;
  /** Whether a listed name belongs to the site (prefixes of two sites can overlap). */
  readonly owns: (rest: string, site: string) => boolean;
  readonly expiry: Expiry;
}

const shiftName = /^(\d{4}-\d{2}-\d{2})-op_[a-z2-7]{16}$/;
const any = () => true;

/** The order retention runs in: personal links first, the audit last. */
export const categoryStreams: readonly CategoryStreams[] = [
  // `attribution-<site>-<day>`: the day's scan → pseudonym links.
  { category: 'attribution', prefix: (site) => `attribution-${site}-`, owns: any, expiry: { kind: 'period', endOf: dayEnd } },
  { category: 'task', prefix: (site) => `task-${site}-`, owns: any, expiry: { kind: 'last-event' } },
  // `shift-<site>-<shiftDate>-<pseudonym>`: the shift's day, not when it ended (night shifts).
  {
    category: 'shift',
    prefix: (site) => `shift-${site}-`,
    owns: any,
    expiry: { kind: 'period', endOf: (rest) => dayEnd(shiftName.exec(rest)?.[1] ?? '') },
  },
  { category: 'aggregate', prefix: (site) => `aggregate-${site}-`, owns: any, expiry: { kind: 'period', endOf: weekEnd } },
  { category: 'location', prefix: (site) => `location-${site}-`, owns: any, expiry: { kind: 'per-event' } },
  // `package-<code>` is not site-scoped: a store shared by sites keeps each package as long as the run's site says.
  { category: 'package', prefix: () => 'package-', owns: any, expiry: { kind: 'per-event' } },
  // Exactly `audit-<site>`: `audit-<site>-x` would be another site's.
  // The audit is only ever truncated: its version, hence its chain positions, must go on.
  { category: 'audit', prefix: (site) => streams.audit(site), owns: (rest) => rest === '', expiry: { kind: 'per-event', keepStream: true } },
];
