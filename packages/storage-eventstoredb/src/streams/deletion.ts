import { type EventStoreDBClient, WrongExpectedVersionError } from '@eventstore/db-client';
import { isGone, streamStateOf } from './stream-state.js';
import { streamVersionOf } from './stream-version.js';

const ignoreGone = (error: unknown): void => {
  if (!isGone(error) && !(error instanceof WrongExpectedVersionError)) throw error;
};

/**
 * Soft delete writes `$tb` = deleted into the stream's metadata. A hard
 * delete does that first, then tombstones: reads of `$all` return a deleted
 * stream's events until a scavenge, and the adapter hides them by that
 * metadata, which a tombstone alone would not leave readable on every
 * server version.
 */
export async function deleteStream(client: EventStoreDBClient, streamName: string, hard: boolean): Promise<void> {
  await client.deleteStream(streamName).catch(ignoreGone);
  if (hard) await client.tombstoneStream(streamName).catch(ignoreGone);
}

/**
 * `$tb` hides every revision before it from stream reads at once; the
 * adapter hides them from `$all` too, and a scavenge removes them. It never
 * lowers `$tb` (that would bring truncated events back until a scavenge) and
 * never sets it past the last revision + 1, so the stream keeps its version.
 */
export async function truncateBefore(client: EventStoreDBClient, streamName: string, streamPosition: number): Promise<void> {
  const version = await streamVersionOf(client, streamName);
  if (version < 0) return;
  const state = await streamStateOf(client, streamName);
  const before = Math.max(state.truncateBefore, Math.min(streamPosition, version + 1));
  if (before === state.truncateBefore) return;
  await client.setStreamMetadata(streamName, { ...state.raw, truncateBefore: before });
}

/** `$maxAge` (seconds): the server hides older events from stream reads, the adapter from `$all`, a scavenge removes them. */
export async function setMaxAge(client: EventStoreDBClient, streamName: string, seconds: number): Promise<void> {
  const state = await streamStateOf(client, streamName);
  await client.setStreamMetadata(streamName, { ...state.raw, maxAge: seconds });
}
