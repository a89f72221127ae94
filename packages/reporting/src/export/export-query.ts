import { isOperationalStream, type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';

/** What to export: a floor-time window over some operational streams. */
export interface ExportQuery {
  /** Events that happened at or after this instant (ISO-8601); default the start. */
  readonly from?: string;
  /** Events that happened at or before this instant, as `replay --until` counts them; default now. */
  readonly until?: string;
  /** Stream name prefixes, each `package-…` or `location-…`; default `operationalPrefixes(site)`. */
  readonly streamPrefixes: readonly string[];
}

/** Every package and this site's bins: what an export holds unless narrowed. */
export const operationalPrefixes = (site: string): string[] => ['package-', `location-${site}-`];

/**
 * The prefixes an export may not read: anything but package-* and
 * location-* streams. Exports leave the store for other tools, so they hold
 * operational facts only (CNIL-OK); a person's own data goes out through a
 * subject-access bundle, which is authorised and logged (GDPR-15).
 */
export const personalPrefixes = (prefixes: readonly string[]): string[] =>
  prefixes.filter((prefix) => !isOperationalStream(prefix));

const instant = (value: string | undefined, fallback: number): number => (value === undefined ? fallback : Date.parse(value));

/**
 * The events of the window, lazily, in commit order: the store pages its
 * reads and nothing is collected, so memory stays flat however long the day.
 * Like replay, the window is floor time (`occurredAt`), so a late upload of a
 * 09:55 scan is in a window that ends at 10:00.
 */
export async function* exportedEvents(store: EventStore, query: ExportQuery): AsyncGenerator<StoredEvent> {
  const from = instant(query.from, -Infinity);
  const until = instant(query.until, Infinity);
  for await (const event of store.readAll({ filter: { streamPrefixes: query.streamPrefixes } })) {
    const at = Date.parse(event.metadata.occurredAt);
    if (at >= from && at <= until) yield event;
  }
}
