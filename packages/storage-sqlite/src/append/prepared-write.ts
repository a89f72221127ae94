import { type ExpectedVersion, type StreamWrite } from '@fairscan/event-store';
import { dataJson, metadataJson } from '../schema/event-row.js';

/** INSERT_EVENT_SQL's parameters after stream name and position. */
export type EventPayload = [eventId: string, type: string, data: string | null, metadata: string];

/** A write serialized before it is queued, so a bad payload fails its own call only. */
export interface PreparedWrite {
  readonly streamName: string;
  readonly expectedVersion: ExpectedVersion;
  readonly payloads: readonly EventPayload[];
}

export function prepareWrite(write: StreamWrite, recordedAt: string): PreparedWrite {
  return {
    streamName: write.streamName,
    expectedVersion: write.expectedVersion ?? 'any',
    payloads: write.events.map((event) => [event.metadata.eventId, event.type, dataJson(event.data), metadataJson(event, recordedAt)]),
  };
}
