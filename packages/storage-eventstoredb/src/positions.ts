import { type Position } from '@eventstore/db-client';

/**
 * EventStoreDB positions are bigint byte offsets in the transaction log
 * (commit and prepare; equal for every append since v20). The port's
 * globalPosition is the commit position as a number: it starts above 0 and
 * grows with commit order, and stays a safe integer up to 8 PiB of log,
 * which this checks rather than assumes.
 */
export function globalPositionOf(position: Position | undefined, what: string): number {
  if (position === undefined) throw new Error(`EventStoreDB returned no position for ${what}`);
  const value = Number(position.commit);
  if (!Number.isSafeInteger(value)) {
    throw new Error(`${what}: commit position ${position.commit} is beyond 2^53 and cannot be a port globalPosition`);
  }
  return value;
}

/** Where a read or subscription starts for "strictly after `after`" (0 = the start). */
export function startAfter(after: number | undefined): Position | 'start' {
  if (after === undefined || after <= 0) return 'start';
  return { commit: BigInt(after), prepare: BigInt(after) };
}

/** A stream revision (bigint) as a port streamPosition. */
export function streamPositionOf(revision: bigint): number {
  const value = Number(revision);
  if (!Number.isSafeInteger(value)) throw new Error(`stream revision ${revision} is not a safe integer`);
  return value;
}
