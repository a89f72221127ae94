import { type Filter, type Position, type AllStreamSubscription, eventTypeFilter, streamNameFilter } from '@eventstore/db-client';
import { type AllFilter } from '@fairscan/event-store';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type OnCheckpoint = (subscription: AllStreamSubscription, position: Position) => void;

/**
 * The server-side half of a port filter (EventStoreDB filters `$all` on one
 * field): the site's stream prefixes when given, else the event types, else
 * every non-system stream. The adapter applies the whole filter again on
 * what arrives, so the server half only has to narrow, never to be exact.
 */
export function serverFilterOf(filter: AllFilter | undefined, checkpointReached: OnCheckpoint): Filter {
  const options = { checkpointReached, checkpointInterval: 1 };
  if (filter?.streamPrefixes !== undefined) return streamNameFilter({ ...options, prefixes: [...filter.streamPrefixes] });
  if (filter?.eventTypes !== undefined) return eventTypeFilter({ ...options, regex: `^(?:${filter.eventTypes.map(escape).join('|')})$` });
  return streamNameFilter({ ...options, regex: '^[^$]' });
}
