import { type KeyImportResult, type KeyVault, type SubjectKeyRecord } from '@fairscan/privacy';
import { batches } from './batches.js';

export interface KeyCopyOptions {
  /** Records per `importKeys` call, each one transaction in the target (default 500). */
  readonly batchSize?: number;
}

export type KeyCopyOutcome =
  | ({ readonly status: 'copied' } & KeyImportResult)
  /** The source cannot export keys, or the target cannot import them: nothing was copied. */
  | { readonly status: 'unsupported'; readonly side: 'source' | 'target' };

/**
 * Moves every per-subject key of `source` into `target`, and every erasure
 * with it: a tombstone destroys the target's key, a subject the target erased
 * is never re-keyed, a different key for one subject refuses the batch
 * (`KeyConflictError`). Safe to run again: what is already there is skipped.
 * Keys are secrets: this returns counts only, and wipes each batch's bytes
 * once the target has them.
 */
export async function copyKeys(source: KeyVault, target: KeyVault, options: KeyCopyOptions = {}): Promise<KeyCopyOutcome> {
  if (source.exportKeys === undefined) return { status: 'unsupported', side: 'source' };
  if (target.importKeys === undefined) return { status: 'unsupported', side: 'target' };
  const totals = { keys: 0, tombstones: 0, shredded: 0, skipped: 0 };
  for await (const batch of batches(source.exportKeys(), options.batchSize ?? 500)) {
    try {
      const result = await target.importKeys(batch);
      for (const count of ['keys', 'tombstones', 'shredded', 'skipped'] as const) totals[count] += result[count];
    } finally {
      wipe(batch);
    }
  }
  return { status: 'copied', ...totals };
}

const wipe = (records: readonly SubjectKeyRecord[]): void => records.forEach((record) => record.key?.fill(0));
