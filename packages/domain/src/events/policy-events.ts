import type { DomainEvent } from './envelope.js';

/** Stream categories of design.md, each with its own retention. */
export type RetentionCategory = 'package' | 'location' | 'task' | 'attribution' | 'shift' | 'aggregate' | 'audit';

export type RetentionPolicySet = DomainEvent<
  'RetentionPolicySet',
  { readonly category: RetentionCategory; readonly days: number; readonly reason: string; readonly at: string }
>;

/** A violation a site keeps on purpose: shown, with its justification, in every report while the register is active. */
export interface ActiveOverride {
  readonly rule: string;
  readonly indicator: string;
  readonly justification: string;
  readonly approvedBy: string;
  /** The day it was approved (YYYY-MM-DD). */
  readonly date: string;
}

/** The register's retention section: days per personal stream category. */
export type RegisterRetention = Readonly<Record<'attribution' | 'task' | 'shift' | 'aggregate', number>>;

export interface RegisterActivatedData {
  /** The site the register is for (the stream is `policy-<site>`). */
  readonly site: string;
  /** SHA-256 (hex) of the register's canonical JSON: which register exactly was judged and activated. */
  readonly registerHash: string;
  /** The information notice's version, when the register records one (CNIL-INFO). */
  readonly noticeVersion?: string;
  /** The rule packs the register was judged against. */
  readonly packs: readonly string[];
  /** Every violation lifted by a recorded, justified override. */
  readonly overrides: readonly ActiveOverride[];
  readonly retention: RegisterRetention;
  /** The named account that activated it, when the caller gave one. */
  readonly activatedBy?: string;
  readonly at: string;
}

/**
 * The site's indicator register passed its rule packs (every violation with a
 * justified override) and is the one in force; the last one in `policy-<site>` wins.
 */
export type RegisterActivated = DomainEvent<'RegisterActivated', RegisterActivatedData>;

export type PolicyEvent = RetentionPolicySet | RegisterActivated;
