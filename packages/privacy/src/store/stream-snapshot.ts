import { randomUUID } from 'node:crypto';
import { type DomainEvent, type NewEvent, type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';

/** A stream as read, with the version to expect when appending a decision based on it. */
export interface StreamSnapshot {
  readonly version: number;
  readonly events: readonly StoredEvent[];
}

/**
 * The version is read first: an event appended meanwhile shows up in `events`
 * but not in `version`, so the append conflicts and is retried, never lost.
 */
export async function readSnapshot(store: EventStore, streamName: string): Promise<StreamSnapshot> {
  const version = await store.streamVersion(streamName);
  const events: StoredEvent[] = [];
  for await (const event of store.readStream(streamName)) events.push(event);
  return { version, events };
}

/** A fact ready to append, with a fresh event id unless the caller needs it in advance. */
export function newEvent<E extends DomainEvent>(event: E, occurredAt: string, eventId: string = randomUUID()): NewEvent<E> {
  return { type: event.type, data: event.data, metadata: { eventId, occurredAt, schemaVersion: 1 } };
}

/** Events of one type, typed by the caller's event union. */
export const eventsOfType = <E extends DomainEvent>(events: readonly StoredEvent[], type: E['type']): StoredEvent<E>[] =>
  events.filter((event): event is StoredEvent<E> => event.type === type);
