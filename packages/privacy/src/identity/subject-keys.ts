import { createHmac } from 'node:crypto';
import { base32 } from '../crypto/base32.js';
import { MASKED } from '../crypto/field-cipher.js';
import { type KeyVault, SubjectErasedError } from '../vault/key-vault.js';
import { type SubjectRef } from './identity-events.js';

/*
 * How a subject is found by employee id although no stream holds the id:
 *
 *   lookupId   = "lk_" + base32(HMAC-SHA256(site pepper, employeeId))   a vault id only, never in a stream
 *   lookup key = vault key of lookupId                                  random, erasable
 *   subjectRef = "sub_" + base32(HMAC-SHA256(lookup key, label))[0,26]  in streams; names the data key
 *
 * Why not subjectRef = HMAC(pepper, employeeId) itself: the pepper outlives any
 * one subject, so after an erasure anyone holding it could recompute the ref
 * and re-link the employee to every pseudonym still in the identity stream,
 * and from there to weekly aggregates (GDPR-17). Destroying the lookup key
 * breaks employee → subjectRef; destroying the data key masks subjectRef →
 * employee.
 *
 * Limits: whoever holds the live vault and an employee id finds the subject
 * (that is what subject access needs); the pepper (vault id `pepper:<site>`)
 * must never be destroyed, it would orphan every subject of the site; after
 * an erasure the subject's pseudonyms still share one subjectRef, linked to
 * one another but to no person, until identity retention drops them; a vault
 * restored from a backup older than an erasure undoes that erasure.
 */

export interface SubjectKeys {
  readonly lookupId: string;
  readonly subjectRef: SubjectRef;
}

export type SubjectLookup =
  | ({ readonly status: 'found' } & SubjectKeys)
  | { readonly status: 'erased'; readonly lookupId: string }
  | { readonly status: 'unknown' };

const pepperId = (site: string): string => `pepper:${site}`;
const hmac = (key: Uint8Array, message: string): Buffer => createHmac('sha256', key).update(message, 'utf8').digest();

const lookupIdOf = (pepper: Uint8Array, employeeId: string): string => `lk_${base32(hmac(pepper, employeeId))}`;
const subjectRefOf = (lookupKey: Uint8Array): SubjectRef =>
  `sub_${base32(hmac(lookupKey, 'fairscan/subject-ref/v1')).slice(0, 26)}` as SubjectRef;

/** Employee ids are taken trimmed; an empty one, or one equal to the masked marker, is refused. */
export function employeeIdOf(employeeId: string): string {
  const id = employeeId.trim();
  if (id === '' || id === MASKED) throw new TypeError(`employee id "${employeeId}": must be a non-empty id other than ${MASKED}`);
  return id;
}

/** Finds a subject without creating anything: reads never mint keys. */
export async function findSubject(vault: KeyVault, site: string, employeeId: string): Promise<SubjectLookup> {
  const pepper = await vault.getKey(pepperId(site));
  if (pepper === undefined) return { status: 'unknown' };
  const lookupId = lookupIdOf(pepper, employeeIdOf(employeeId));
  const lookupKey = await vault.getKey(lookupId);
  if (lookupKey !== undefined) return { status: 'found', lookupId, subjectRef: subjectRefOf(lookupKey) };
  return (await vault.isDestroyed(lookupId)) ? { status: 'erased', lookupId } : { status: 'unknown' };
}

/** The subject's keys, created on first sight; throws `SubjectErasedError` for an erased employee. */
export async function ensureSubject(vault: KeyVault, site: string, employeeId: string): Promise<SubjectKeys> {
  await vault.createKey(pepperId(site));
  const pepper = (await vault.getKey(pepperId(site))) as Uint8Array;
  const lookupId = lookupIdOf(pepper, employeeIdOf(employeeId));
  try {
    await vault.createKey(lookupId);
  } catch (error) {
    if (!(error instanceof SubjectErasedError)) throw error;
    throw new SubjectErasedError(lookupId, `site "${site}": this employee was erased (GDPR-17); a returning employee needs a new employee id`);
  }
  const found = await findSubject(vault, site, employeeId);
  if (found.status !== 'found') throw new SubjectErasedError(lookupId, `site "${site}": this employee was erased while being registered`);
  await vault.createKey(found.subjectRef);
  return { lookupId, subjectRef: found.subjectRef };
}

/** The subject reference of an employee, or undefined when unknown or erased: what "who read my data" queries by. */
export async function subjectOf(vault: KeyVault, site: string, employeeId: string): Promise<SubjectRef | undefined> {
  const found = await findSubject(vault, site, employeeId);
  return found.status === 'found' ? found.subjectRef : undefined;
}
