import { streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { newEvent } from '../store/stream-snapshot.js';
import { retryOnConflict } from '../store/retry-on-conflict.js';
import { type KeyVault } from '../vault/key-vault.js';
import { type SubjectErased, type SubjectRef } from './identity-events.js';
import { isErased, readIdentity } from './identity-stream.js';
import { findSubject } from './subject-keys.js';
import { type IdentityOptions } from './issue-pseudonym.js';

export type ErasureOutcome =
  | { readonly status: 'erased'; readonly subjectRef: SubjectRef }
  | { readonly status: 'already-erased' }
  | { readonly status: 'unknown' };

/**
 * Crypto-shreds an employee at a site (GDPR-17): records `SubjectErased`,
 * destroys the data key (every field reads `MASKED`, copies included), then
 * the lookup key (the employee id no longer finds the subject). In that
 * order, so an interrupted erasure can be run again and completes. An
 * unknown employee is not tombstoned: a typo must not lock out a real person.
 */
export async function eraseSubject(
  store: EventStore,
  vault: KeyVault,
  site: string,
  employeeId: string,
  options: IdentityOptions = {},
): Promise<ErasureOutcome> {
  const subject = await findSubject(vault, site, employeeId);
  if (subject.status === 'erased') return { status: 'already-erased' };
  if (subject.status === 'unknown') return { status: 'unknown' };
  const at = (options.clock ?? (() => new Date()))().toISOString();
  await retryOnConflict(async () => {
    const identity = await readIdentity(store, site);
    if (isErased(identity.events, subject.subjectRef)) return;
    const erased: SubjectErased = { type: 'SubjectErased', data: { subjectRef: subject.subjectRef, at } };
    await store.appendToStream(streams.identity(site), [newEvent(erased, at)], { expectedVersion: identity.version });
  });
  await vault.destroyKey(subject.subjectRef);
  await vault.destroyKey(subject.lookupId);
  return { status: 'erased', subjectRef: subject.subjectRef };
}
