import { type StoredEvent } from '@fairscan/domain';
import { type PreparedWrite } from './prepared-write.js';

/** One write per imported event, keeping its stream position and its metadata exactly (recordedAt included). */
export function importWrites(events: readonly StoredEvent[]): PreparedWrite[] {
  return events.map((event) => ({
    streamName: event.streamName,
    expectedVersion: 'any',
    payloads: [
      {
        eventId: event.metadata.eventId,
        type: event.type,
        data: event.data === undefined ? null : JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
        streamPosition: event.streamPosition,
      },
    ],
  }));
}
