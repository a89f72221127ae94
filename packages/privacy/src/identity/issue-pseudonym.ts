import { type NewEvent, type OperatorRef, operatorRefFromBytes, type StoredEvent, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { encryptField } from '../crypto/field-cipher.js';
import { newEvent } from '../store/stream-snapshot.js';
import { retryOnConflict } from '../store/retry-on-conflict.js';
import { type KeyVault } from '../vault/key-vault.js';
import { type PseudonymIssued, type SubjectRef, type SubjectRegistered } from './identity-events.js';
import { assertShiftDate, isRegistered, issuedPseudonyms, pseudonymOn, readIdentity } from './identity-stream.js';
import { employeeIdOf, ensureSubject } from './subject-keys.js';

/** Random bytes on demand; `node:crypto` randomBytes in production, a seeded source in tests. */
export type RandomSource = (size: number) => Uint8Array;

export interface IdentityOptions {
  readonly clock?: () => Date;
}

interface Issue {
  readonly subjectRef: SubjectRef;
  readonly employeeId: string;
  readonly operator: OperatorRef;
  readonly shiftDate: string;
  readonly at: string;
}

/**
 * The shift pseudonym of an employee at a site, issued on first call for that
 * shift date and returned unchanged after (a re-login mid-shift keeps it).
 * A fresh pseudonym per shift keeps operational streams from being joined
 * across days without the identity stream. Throws `SubjectErasedError` for
 * an erased employee.
 */
export async function issuePseudonym(
  store: EventStore,
  vault: KeyVault,
  site: string,
  employeeId: string,
  shiftDate: string,
  randomBytes: RandomSource,
  options: IdentityOptions = {},
): Promise<OperatorRef> {
  assertShiftDate(shiftDate);
  const id = employeeIdOf(employeeId);
  const { subjectRef } = await ensureSubject(vault, site, id);
  const at = (options.clock ?? (() => new Date()))().toISOString();
  return retryOnConflict(async () => {
    const identity = await readIdentity(store, site);
    const existing = pseudonymOn(identity.events, subjectRef, shiftDate);
    if (existing !== undefined) return existing;
    const issue: Issue = { subjectRef, employeeId: id, operator: freshOperator(identity.events, randomBytes), shiftDate, at };
    const events = await issueEvents(vault, issue, !isRegistered(identity.events, subjectRef));
    await store.appendToStream(streams.identity(site), events, { expectedVersion: identity.version });
    return issue.operator;
  });
}

async function issueEvents(vault: KeyVault, issue: Issue, register: boolean): Promise<NewEvent[]> {
  const { subjectRef, operator, shiftDate, at } = issue;
  const issued: PseudonymIssued = {
    type: 'PseudonymIssued',
    data: { subjectRef, operator, shiftDate, employeeId: await encryptField(vault, subjectRef, issue.employeeId), at },
  };
  if (!register) return [newEvent(issued, at)];
  const registered: SubjectRegistered = {
    type: 'SubjectRegistered',
    data: { subjectRef, employeeId: await encryptField(vault, subjectRef, issue.employeeId), at },
  };
  return [newEvent(registered, at), newEvent(issued, at)];
}

/** 80 random bits make a clash unlikely, not impossible: a pseudonym must name one person, so draw again. */
function freshOperator(events: readonly StoredEvent[], randomBytes: RandomSource): OperatorRef {
  const taken = new Set(issuedPseudonyms(events).map(({ data }) => data.operator));
  for (let draw = 0; draw < 8; draw++) {
    const operator = operatorRefFromBytes(randomBytes(16));
    if (!taken.has(operator)) return operator;
  }
  throw new Error('issuing a pseudonym: 8 random draws all clashed with issued pseudonyms; is the random source broken?');
}
