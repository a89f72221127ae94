import { type NewEvent } from '@fairscan/domain';
import { type ExpectedVersion, type StreamWrite } from '@fairscan/event-store';

/** One event as its row will hold it: serialised before it is queued, so a bad payload fails its own call only. */
export interface EventPayload {
  readonly eventId: string;
  readonly type: string;
  readonly data: string | null;
  readonly metadata: string;
  /** For an imported event: the position it had in its source stream. */
  readonly streamPosition?: number;
}

export interface PreparedWrite {
  readonly streamName: string;
  readonly expectedVersion: ExpectedVersion;
  readonly payloads: readonly EventPayload[];
}

/** `metadata` as stored: the store fills `recordedAt` when the caller did not. */
export function metadataJson(event: NewEvent, recordedAt: string): string {
  const metadata = event.metadata.recordedAt === undefined ? { ...event.metadata, recordedAt } : event.metadata;
  return JSON.stringify(metadata);
}

export function preparePayload(event: NewEvent, recordedAt: string): EventPayload {
  const data = event.data === undefined ? null : JSON.stringify(event.data);
  return { eventId: event.metadata.eventId, type: event.type, data, metadata: metadataJson(event, recordedAt) };
}

export function prepareWrite(write: StreamWrite, recordedAt: string): PreparedWrite {
  return {
    streamName: write.streamName,
    expectedVersion: write.expectedVersion ?? 'any',
    payloads: write.events.map((event) => preparePayload(event, recordedAt)),
  };
}
