import { createHash } from 'node:crypto';

/**
 * The commitment a proof carries: SHA-256 (hex) over the deleted event ids,
 * sorted, joined by "\n". Anyone holding a list of ids (an export, a backup)
 * can check that exactly those were deleted; the hash reveals none of them.
 */
export function deletedIdsHash(ids: Iterable<string>): string {
  return createHash('sha256').update([...ids].sort().join('\n'), 'utf8').digest('hex');
}
