import { BACKWARDS, END, FORWARDS, START, type EventStoreDBClient } from '@eventstore/db-client';
import { type StoredEvent } from '@fairscan/domain';
import { type ReadStreamOptions } from '@fairscan/event-store';
import { toStoredEvent } from '../event-codec.js';
import { isGone } from '../streams/stream-state.js';
import { drain } from './drain.js';

const PAGE = 512;

/** One page, read to its end; an absent, soft-deleted or tombstoned stream reads empty. */
export async function readPage(client: EventStoreDBClient, streamName: string, backwards: boolean, from: bigint | 'start' | 'end', maxCount: number): Promise<StoredEvent[]> {
  try {
    const page = await drain(client.readStream(streamName, { direction: backwards ? BACKWARDS : FORWARDS, fromRevision: from, maxCount }));
    return page.map(toStoredEvent);
  } catch (error) {
    if (isGone(error)) return [];
    throw error;
  }
}

/**
 * A stream read, page by page so memory stays flat and a reader may stop
 * anywhere. The server hides what `$tb`, `$maxAge` and a delete hide, and
 * fills each page unless the stream ends, so a short page is the end.
 * `assertOpen` runs before every page.
 */
export async function* readStreamEvents(
  client: EventStoreDBClient,
  streamName: string,
  options: ReadStreamOptions,
  assertOpen: () => void,
): AsyncGenerator<StoredEvent> {
  const backwards = options.direction === 'backwards';
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  let from = firstRevision(options.from, backwards);
  while (remaining > 0) {
    const wanted = Math.min(PAGE, remaining);
    assertOpen(); // a read cut off by close() is refused, not ended early
    const page = await readPage(client, streamName, backwards, from, wanted);
    yield* page;
    const next = nextRevision(page, wanted, backwards);
    if (next === undefined) return;
    remaining -= page.length;
    from = next;
  }
}

const firstRevision = (from: number | undefined, backwards: boolean): bigint | 'start' | 'end' =>
  from === undefined ? (backwards ? END : START) : BigInt(from);

/** Where the next page starts, or undefined when this one was the last. */
function nextRevision(page: readonly StoredEvent[], wanted: number, backwards: boolean): bigint | undefined {
  const last = page.at(-1);
  if (page.length < wanted || last === undefined) return undefined;
  const next = last.streamPosition + (backwards ? -1 : 1);
  return next < 0 ? undefined : BigInt(next);
}
