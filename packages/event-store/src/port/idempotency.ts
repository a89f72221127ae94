import { DuplicateEventIdError } from './errors.js';

/** Where an already stored event id lives. */
export interface StoredEventRef {
  readonly streamName: string;
  readonly streamPosition: number;
  readonly globalPosition: number;
}

/**
 * The one idempotency rule every store applies: an append whose ids are all
 * stored, in this stream, in this order, contiguously, is a resend (nothing to
 * write); none stored is new; anything in between is a caller bug.
 * `stored[i]` is where `eventIds[i]` already lives, or undefined.
 */
export function classifyAppend(
  streamName: string,
  eventIds: readonly string[],
  stored: ReadonlyArray<StoredEventRef | undefined>,
): 'new' | 'duplicate' {
  assertDistinct(streamName, eventIds);
  const foundAt = stored.findIndex((ref) => ref !== undefined);
  if (foundAt === -1) return 'new';
  if (isContiguousResend(streamName, stored)) return 'duplicate';
  throw new DuplicateEventIdError(streamName, eventIds[foundAt] ?? '');
}

function assertDistinct(streamName: string, eventIds: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of eventIds) {
    if (seen.has(id)) throw new DuplicateEventIdError(streamName, id);
    seen.add(id);
  }
}

function isContiguousResend(streamName: string, stored: ReadonlyArray<StoredEventRef | undefined>): boolean {
  const first = stored[0];
  if (first === undefined) return false;
  return stored.every(
    (ref, i) => ref !== undefined && ref.streamName === streamName && ref.streamPosition === first.streamPosition + i,
  );
}
