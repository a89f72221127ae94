import { type DomainEvent } from '@fairscan/domain';
import { type Role } from '../access/roles.js';
import { type RetentionAppliedData, type RetentionStartedData } from '../retention/retention-events.js';

/** What chains an audit entry to the one before it; `hash` covers `prev`, so no entry can move. */
export interface ChainLink {
  /** `hash` of the previous entry, `GENESIS` for the first. */
  readonly prev: string;
  /** SHA-256 (hex) over the canonical JSON of { prev, type, data without hash, eventId }. */
  readonly hash: string;
}

/** One read of personal data, by a named account (CNIL-VIDEO), kept for the worker to see. */
export interface AccessRecord {
  /** The named account that read, e.g. `c.martin`. */
  readonly actor: string;
  readonly role: Role;
  /** Whose data: a subject reference (`sub_…`), a shift pseudonym (`op_…`), or `site:<site>` for a read covering every shift. */
  readonly subject: string;
  readonly purpose: string;
  /** What was read, e.g. `person-day 2024-03-02`. */
  readonly what: string;
  readonly at: string;
}

export type AccessLogged = DomainEvent<'AccessLogged', AccessRecord & ChainLink>;

/** A retention run's intent and its per-category proofs (retention/apply-retention.ts). */
export type RetentionStarted = DomainEvent<'RetentionStarted', RetentionStartedData & ChainLink>;
export type RetentionApplied = DomainEvent<'RetentionApplied', RetentionAppliedData & ChainLink>;

/** An erasure (GDPR Art. 17): who erased whose subject reference, and what went. */
export type AuditSubjectErased = DomainEvent<'SubjectErased', AccessRecord & ChainLink>;

/** Events of `audit-<site>`. */
export type AuditEvent = AccessLogged | RetentionStarted | RetentionApplied | AuditSubjectErased;

type Unchained<E> = E extends AuditEvent ? DomainEvent<E['type'], Omit<E['data'], keyof ChainLink>> : never;

/** An audit event as a caller writes it: `appendAudit` adds the chain link. */
export type AuditEntry = Unchained<AuditEvent>;

/** `prev` of the first entry of a site's audit stream. */
export const GENESIS = '0'.repeat(64);
