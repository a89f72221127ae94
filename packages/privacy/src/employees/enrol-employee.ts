import { type EventStore } from '@fairscan/event-store';
import { teamPattern } from '../accounts/account-rules.js';
import { encryptField } from '../crypto/field-cipher.js';
import { type SubjectRef } from '../identity/identity-events.js';
import { employeeIdOf, ensureSubject } from '../identity/subject-keys.js';
import { eventsOfType, newEvent, readSnapshot } from '../store/stream-snapshot.js';
import { type KeyVault } from '../vault/key-vault.js';
import { type EmployeeEnrolled, employeeStream } from './employee-events.js';

export interface Enrolment {
  readonly subjectRef: SubjectRef;
  readonly team: string;
}

/**
 * Puts an employee on the site's staff in `team` (again, with a new team, when
 * they move). Throws `SubjectErasedError` for an erased employee: a returning
 * person needs a new employee id.
 */
export async function enrolEmployee(
  store: EventStore,
  vault: KeyVault,
  site: string,
  employeeId: string,
  team: string,
  options: { readonly clock?: () => Date } = {},
): Promise<Enrolment> {
  if (!teamPattern.test(team)) throw new TypeError(`employee team "${team}": must be 1-32 characters a-z, 0-9, ".", "_", "-"`);
  const id = employeeIdOf(employeeId);
  const { subjectRef } = await ensureSubject(vault, site, id);
  const streamName = employeeStream(site, subjectRef);
  const { version, events } = await readSnapshot(store, streamName);
  if (eventsOfType<EmployeeEnrolled>(events, 'EmployeeEnrolled').at(-1)?.data.team === team) return { subjectRef, team };
  const at = (options.clock ?? (() => new Date()))().toISOString();
  const enrolled: EmployeeEnrolled = {
    type: 'EmployeeEnrolled',
    data: { site, subjectRef, team, employeeId: await encryptField(vault, subjectRef, id), at },
  };
  await store.appendToStream(streamName, [newEvent(enrolled, at)], { expectedVersion: version });
  return { subjectRef, team };
}

/** The team an employee works in now, or undefined when they are not enrolled (or were erased). */
export async function teamOf(store: EventStore, site: string, subjectRef: SubjectRef): Promise<string | undefined> {
  const { events } = await readSnapshot(store, employeeStream(site, subjectRef));
  return eventsOfType<EmployeeEnrolled>(events, 'EmployeeEnrolled').at(-1)?.data.team;
}
