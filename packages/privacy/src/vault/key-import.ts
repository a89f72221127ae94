import { timingSafeEqual } from 'node:crypto';
import { KEY_BYTES, KeyConflictError, type KeyImportResult, type KeyTombstone, type LiveKeyRecord, type SubjectKeyRecord } from './key-vault.js';

/** What a vault holds for a subject before an import: a key, a tombstone (`key: null`), or nothing (undefined). */
export type HeldKey = { readonly key: Uint8Array | null } | undefined;

/** One write an import makes; a vault applies the steps in order, in one transaction. */
export type KeyImportStep =
  | { readonly kind: 'key'; readonly record: LiveKeyRecord }
  /** `shreds`: the vault holds a live key for the subject, to destroy as `destroyKey` would. */
  | { readonly kind: 'tombstone'; readonly record: KeyTombstone; readonly shreds: boolean };

export interface KeyImportPlan {
  readonly steps: readonly KeyImportStep[];
  readonly result: KeyImportResult;
}

/**
 * The rules of `KeyVault.importKeys`, decided once for every vault (GDPR-17):
 * a tombstone always wins, an erased subject is never re-keyed, an identical
 * key is skipped, a different key throws `KeyConflictError`. Checks every
 * record before any step is returned, so a refused call writes nothing.
 * `held` reads the vault as it is inside the import's transaction.
 */
export function planKeyImport(records: readonly SubjectKeyRecord[], held: (subjectId: string) => HeldKey): KeyImportPlan {
  const seen = new Set<string>();
  const steps: KeyImportStep[] = [];
  for (const record of records) {
    const checked = checkedRecord(record, seen);
    const step = stepFor(checked, held(checked.subjectId));
    if (step !== undefined) steps.push(step);
  }
  const tombstones = steps.filter((step) => step.kind === 'tombstone');
  const result = {
    keys: steps.length - tombstones.length,
    tombstones: tombstones.length,
    shredded: tombstones.filter((step) => step.shreds).length,
    skipped: records.length - steps.length,
  };
  return { steps, result };
}

function stepFor(record: SubjectKeyRecord, held: HeldKey): KeyImportStep | undefined {
  if (record.key === undefined) {
    // A tombstone wins over a live key; over a tombstone it changes nothing.
    return held?.key === null ? undefined : { kind: 'tombstone', record, shreds: held !== undefined };
  }
  if (held === undefined) return { kind: 'key', record };
  // Erased here: never resurrect. The same key: a resumed copy.
  if (held.key === null || sameKey(held.key, record.key)) return undefined;
  throw new KeyConflictError(record.subjectId);
}

/** A vault's stored row as `exportKeys` yields it: no key (a NULL column) is an erased subject's tombstone. */
export function exportedRecord(subjectId: string, key: Uint8Array | null, createdAt: string, destroyedAt: string | null): SubjectKeyRecord {
  if (key === null) return { subjectId, createdAt, destroyedAt: destroyedAt as string };
  return { subjectId, key: new Uint8Array(key), createdAt };
}

const sameKey = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && timingSafeEqual(a, b);

/** The record as the vault stores it: times normalised to ISO-8601 UTC, key bytes copied (the caller may wipe its own). */
function checkedRecord(record: SubjectKeyRecord, seen: Set<string>): SubjectKeyRecord {
  const subjectId = checkedSubject(record.subjectId, seen);
  const createdAt = isoTime(record.createdAt, subjectId, 'createdAt');
  if (record.key === undefined) return { subjectId, createdAt, destroyedAt: isoTime(record.destroyedAt, subjectId, 'destroyedAt') };
  if (!(record.key instanceof Uint8Array) || record.key.length !== KEY_BYTES) {
    // The length only: the bytes are a secret, even when malformed.
    throw new TypeError(`key import: subject "${subjectId}": a key must be ${KEY_BYTES} bytes, got ${record.key?.length ?? 'none'}`);
  }
  if (record.destroyedAt !== undefined) throw new TypeError(`key import: subject "${subjectId}": a record has a key or destroyedAt, not both`);
  return { subjectId, key: record.key.slice(), createdAt };
}

function checkedSubject(subjectId: string, seen: Set<string>): string {
  if (typeof subjectId !== 'string' || subjectId === '') throw new TypeError('key import: a record has no subject id');
  if (seen.has(subjectId)) throw new TypeError(`key import: subject "${subjectId}" appears twice in one call`);
  seen.add(subjectId);
  return subjectId;
}

function isoTime(value: string | undefined, subjectId: string, field: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new TypeError(`key import: subject "${subjectId}": ${field} "${String(value)}" is not a time`);
  return new Date(time).toISOString();
}
