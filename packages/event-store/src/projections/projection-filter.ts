import { type Projection } from '@fairscan/domain';
import { type AllFilter } from '../port/event-store.js';

/** What the store is asked for: the projection's event types, narrowed by the caller's filter (e.g. a site's prefixes). */
export function projectionFilter(projection: Projection<unknown>, narrower: AllFilter = {}): AllFilter {
  const wanted = narrower.eventTypes;
  const eventTypes = wanted === undefined ? projection.eventTypes : projection.eventTypes.filter((type) => wanted.includes(type));
  return narrower.streamPrefixes === undefined ? { eventTypes } : { eventTypes, streamPrefixes: narrower.streamPrefixes };
}
