import { type DomainEvent, type StoredEvent } from '../events/envelope.js';

export interface StoredOptions {
  /** Stream position of the first event (default 0). */
  readonly fromPosition?: number;
  /** Global position of the first event (default 0). */
  readonly fromGlobal?: number;
}

function occurredAtOf(data: unknown): string {
  const fields = (data ?? {}) as { occurredAt?: unknown; at?: unknown };
  const at = fields.occurredAt ?? fields.at;
  return typeof at === 'string' ? at : '1970-01-01T00:00:00.000Z';
}

/**
 * Wraps decider output as if a store had appended it to `streamName`, so
 * projections can be tested without a store. Event ids are `<stream>/<position>`.
 */
export function asStored<E extends DomainEvent>(streamName: string, events: readonly E[], options: StoredOptions = {}): StoredEvent<E>[] {
  const fromPosition = options.fromPosition ?? 0;
  const fromGlobal = options.fromGlobal ?? 0;
  return events.map((event, index) => ({
    type: event.type,
    data: event.data,
    metadata: { eventId: `${streamName}/${fromPosition + index}`, occurredAt: occurredAtOf(event.data), schemaVersion: 1 },
    streamName,
    streamPosition: fromPosition + index,
    globalPosition: fromGlobal + index,
  }));
}
