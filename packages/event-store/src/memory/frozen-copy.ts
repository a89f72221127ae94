import { type NewEvent, type StoredEvent } from '@fairscan/domain';

/**
 * Stores keep a JSON copy, as a database would, frozen so that readers
 * sharing it cannot change what another reader sees.
 */
export function storedCopy(
  event: NewEvent,
  position: { streamName: string; streamPosition: number; globalPosition: number },
  recordedAt: string,
): StoredEvent {
  const metadata = { ...jsonCopy(event.metadata), recordedAt: event.metadata.recordedAt ?? recordedAt };
  return Object.freeze({
    type: event.type,
    data: deepFreeze(jsonCopy(event.data)),
    metadata: Object.freeze(metadata),
    ...position,
  });
}

function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
