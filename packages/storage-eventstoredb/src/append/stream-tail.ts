import { type EventStoreDBClient } from '@eventstore/db-client';
import { type StoredEventRef } from '@fairscan/event-store';
import { readPage } from '../reads/read-stream.js';
import { streamVersionOf } from '../streams/stream-version.js';

/** The last events of a stream, by eventId, and the stream's version. */
export interface StreamTail {
  readonly version: number;
  readonly byId: ReadonlyMap<string, StoredEventRef>;
}

/** One backwards read of `count` events; the version from metadata only when nothing is readable. */
export async function readTail(client: EventStoreDBClient, streamName: string, count: number): Promise<StreamTail> {
  const byId = new Map<string, StoredEventRef>();
  const events = await readPage(client, streamName, true, 'end', count);
  for (const event of events) {
    byId.set(event.metadata.eventId, { streamName, streamPosition: event.streamPosition, globalPosition: event.globalPosition });
  }
  return { version: events[0]?.streamPosition ?? (await streamVersionOf(client, streamName)), byId };
}
