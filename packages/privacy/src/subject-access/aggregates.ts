import { type EventStore } from '@fairscan/event-store';
import { type HeldAggregate } from './bundle.js';

/**
 * The records inside `value` that name one of `refs`: a record holding one of
 * them as a field value is taken whole; otherwise its fields are searched.
 * So a weekly row about the subject is returned and rows about others are not.
 */
export function mentionsOf(value: unknown, refs: ReadonlySet<string>): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => mentionsOf(item, refs));
  if (value === null || typeof value !== 'object') return [];
  const fields = Object.values(value as Record<string, unknown>);
  if (fields.some((field) => typeof field === 'string' && refs.has(field))) return [value];
  return fields.flatMap((field) => mentionsOf(field, refs));
}

/** Whatever `aggregate-<site>-*` streams hold about the subject, whatever their event shapes. */
export async function aggregatesAbout(store: EventStore, site: string, refs: ReadonlySet<string>): Promise<HeldAggregate[]> {
  const held: HeldAggregate[] = [];
  if (refs.size === 0) return held;
  for await (const event of store.readAll({ filter: { streamPrefixes: [`aggregate-${site}-`] } })) {
    const recordedAt = event.metadata.recordedAt ?? event.metadata.occurredAt;
    for (const record of mentionsOf(event.data, refs)) held.push({ stream: event.streamName, type: event.type, recordedAt, record });
  }
  return held;
}
