import { type Projection } from '@fairscan/domain';
import { type AllFilter, type EventStore } from '../port/event-store.js';
import { projectionFilter } from './projection-filter.js';

export interface ProjectOptions {
  /**
   * Replay "as of" this ISO-8601 instant, compared with each event's
   * `metadata.occurredAt` (when it happened on the floor, not when it was
   * recorded): the question analysts ask is "what did the warehouse look like
   * at 10:00?".
   */
  readonly until?: string;
  /** Start strictly after this globalPosition. */
  readonly after?: number;
  /** Narrows what the projection reads, e.g. a site's stream prefixes. */
  readonly filter?: AllFilter;
  /** Called with each event's globalPosition as it is read: progress for long replays. */
  readonly onRead?: (globalPosition: number) => void;
}

export interface Projected<S> {
  readonly state: S;
  /** globalPosition of the last event read (applied or skipped); `after` (or 0) when none. */
  readonly position: number;
  readonly applied: number;
}

function untilInstant(until: string | undefined): number {
  if (until === undefined) return Infinity;
  const instant = Date.parse(until);
  if (Number.isNaN(instant)) throw new RangeError(`replay: "until" must be an ISO-8601 instant (got "${until}")`);
  return instant;
}

/**
 * Folds the store's events into a fresh state: a rebuild, or a replay up to
 * `until`. Store order is commit order, not floor time: a scanner that was
 * offline uploads its 09:55 scans after 10:05 ones, so events later than
 * `until` are skipped, not a reason to stop.
 */
export async function project<S>(store: EventStore, projection: Projection<S>, options: ProjectOptions = {}): Promise<Projected<S>> {
  const until = untilInstant(options.until);
  let state = projection.initialState();
  let position = options.after ?? 0;
  let applied = 0;
  for await (const event of store.readAll({ after: options.after, filter: projectionFilter(projection, options.filter) })) {
    position = event.globalPosition;
    options.onRead?.(position);
    if (Date.parse(event.metadata.occurredAt) > until) continue;
    state = projection.evolve(state, event);
    applied++;
  }
  return { state, position, applied };
}
