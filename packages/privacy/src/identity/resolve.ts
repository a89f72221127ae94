import { type OperatorRef } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { decryptField, type Masked } from '../crypto/field-cipher.js';
import { type KeyVault } from '../vault/key-vault.js';
import { issuedPseudonyms, issueOf, readIdentity } from './identity-stream.js';
import { findSubject } from './subject-keys.js';

export interface IssuedPseudonym {
  readonly operator: OperatorRef;
  readonly shiftDate: string;
  readonly issuedAt: string;
}

/**
 * Who wore a pseudonym: the employee id, `MASKED` once the subject was erased,
 * or undefined when the site never issued it. Callers log the read in the
 * access audit first (CNIL-VIDEO: every access attributable).
 */
export async function resolvePseudonym(
  store: EventStore,
  vault: KeyVault,
  site: string,
  operator: OperatorRef,
): Promise<string | Masked | undefined> {
  const issue = issueOf((await readIdentity(store, site)).events, operator);
  return issue === undefined ? undefined : decryptField(vault, issue.employeeId);
}

/** Every pseudonym an employee was issued at the site, oldest first; none once they are erased. */
export async function pseudonymsOf(store: EventStore, vault: KeyVault, site: string, employeeId: string): Promise<IssuedPseudonym[]> {
  const subject = await findSubject(vault, site, employeeId);
  if (subject.status !== 'found') return [];
  return issuedPseudonyms((await readIdentity(store, site)).events)
    .filter(({ data }) => data.subjectRef === subject.subjectRef)
    .map(({ data }) => ({ operator: data.operator, shiftDate: data.shiftDate, issuedAt: data.at }));
}
