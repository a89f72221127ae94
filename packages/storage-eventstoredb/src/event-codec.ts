import { type EventMetadata, type NewEvent, type StoredEvent } from '@fairscan/domain';
import { type AllStreamResolvedEvent, type JSONType, type ResolvedEvent, jsonEvent } from '@eventstore/db-client';

/** An event as any client read returns it (stream read or `$all`). */
export type AnyResolvedEvent = ResolvedEvent | AllStreamResolvedEvent;
import { globalPositionOf, streamPositionOf } from './positions.js';

/**
 * Each append attempt gets fresh EventStoreDB event ids; the port's eventId
 * travels in the event's JSON metadata. The adapter decides idempotency
 * itself (see append/idempotent-append.ts): the server's own check by event
 * id is best effort for `any` and would turn a racing resend into a silent
 * success that looks like a new write.
 */
export function toEventData(event: NewEvent, recordedAt: string) {
  const metadata: EventMetadata = { ...event.metadata, recordedAt: event.metadata.recordedAt ?? recordedAt };
  return jsonEvent({ id: crypto.randomUUID(), type: event.type, data: event.data as JSONType, metadata: metadata as unknown as JSONType });
}

/** Events fairscan did not write: system streams, `$metadata`, `$streamDeleted` tombstones, links. */
export function isFairscanEvent(resolved: AnyResolvedEvent): boolean {
  const event = resolved.event;
  return event !== undefined && resolved.link === undefined && !event.streamId.startsWith('$') && !event.type.startsWith('$');
}

export function toStoredEvent(resolved: AnyResolvedEvent): StoredEvent {
  const event = resolved.event;
  if (event === undefined || !event.isJson) throw new Error('EventStoreDB returned an event fairscan did not write (not JSON)');
  return {
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as EventMetadata,
    streamName: event.streamId,
    streamPosition: streamPositionOf(event.revision),
    globalPosition: globalPositionOf(event.position, `event ${event.id} of "${event.streamId}"`),
  };
}
