import { type DomainEvent, type OperatorRef } from '@fairscan/domain';
import { type EncryptedField } from '../crypto/field-cipher.js';

/**
 * A subject's reference in the identity and audit streams: `sub_` + 26
 * base32 characters derived from the subject's erasable lookup key (see
 * subject-keys.ts), so it cannot be recomputed from an employee id.
 */
export type SubjectRef = string & { readonly __brand: 'SubjectRef' };

export const subjectRefPattern = /^sub_[a-z2-7]{26}$/;
export const isSubjectRef = (value: unknown): value is SubjectRef => typeof value === 'string' && subjectRefPattern.test(value);

/** First sight of a person at a site; the employee id only ever travels encrypted. */
export type SubjectRegistered = DomainEvent<
  'SubjectRegistered',
  { readonly subjectRef: SubjectRef; readonly employeeId: EncryptedField; readonly at: string }
>;

/** One shift's pseudonym; the encrypted employee id lets a pseudonym be resolved from this event alone. */
export type PseudonymIssued = DomainEvent<
  'PseudonymIssued',
  {
    readonly subjectRef: SubjectRef;
    readonly operator: OperatorRef;
    /** The calendar day the shift starts (YYYY-MM-DD). */
    readonly shiftDate: string;
    readonly employeeId: EncryptedField;
    readonly at: string;
  }
>;

/** The subject's keys were destroyed (GDPR-17): every encrypted field of theirs now reads as masked. */
export type SubjectErased = DomainEvent<'SubjectErased', { readonly subjectRef: SubjectRef; readonly at: string }>;

/** Events of `identity-<site>`. Defined here until the domain's catalogue takes them. */
export type IdentityEvent = SubjectRegistered | PseudonymIssued | SubjectErased;

export const identityEventTypes: readonly IdentityEvent['type'][] = ['SubjectRegistered', 'PseudonymIssued', 'SubjectErased'];
