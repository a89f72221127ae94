import { createHash } from 'node:crypto';
import { type OperatorRef } from '@fairscan/domain';
import { base32 } from '../crypto/base32.js';
import { type SubjectRef } from '../identity/identity-events.js';
import { type PersonKind } from './aggregate-events.js';

/**
 * The key of an aggregate about a shift pseudonym whose wearer the identity
 * registry does not know: `opk_` + 26 base32 of SHA-256 over the pseudonym.
 * The pseudonym itself must leave the store with its shift: after retention
 * no byte of it remains, yet whoever already knows it (the worker, a
 * subject-access request through the registry) can still find the row.
 */
export const pseudonymKey = (operator: OperatorRef): string =>
  `opk_${base32(createHash('sha256').update(`fairscan/aggregate-person/v1|${operator}`, 'utf8').digest()).slice(0, 26)}`;

export interface AggregatePerson {
  readonly person: string;
  readonly personKind: PersonKind;
}

/**
 * A person's week spans several shift pseudonyms only through the identity
 * registry: a registered pseudonym folds into its subject, any other stays
 * one shift (then a "week" holds one day; see docs/privacy.md).
 */
export function aggregatePersonOf(operator: OperatorRef, subjects: ReadonlyMap<string, SubjectRef>): AggregatePerson {
  const subject = subjects.get(operator);
  return subject === undefined ? { person: pseudonymKey(operator), personKind: 'pseudonym' } : { person: subject, personKind: 'subject' };
}
