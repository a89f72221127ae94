import { type AllFilter } from './event-store.js';

/** What a filter looks at; a StoredEvent, or a just-appended event with its stream name. */
export interface FilterableEvent {
  readonly streamName: string;
  readonly type: string;
}

/** A predicate for `AllFilter`, for stores (and projections) that filter in process. */
export function compileFilter(filter: AllFilter | undefined): (event: FilterableEvent) => boolean {
  const prefixes = filter?.streamPrefixes;
  const types = filter?.eventTypes === undefined ? undefined : new Set(filter.eventTypes);
  return (event) =>
    (prefixes === undefined || prefixes.some((prefix) => event.streamName.startsWith(prefix))) &&
    (types === undefined || types.has(event.type));
}
