import { type StoredEvent } from '../events/envelope.js';
import { type Projection } from './projection.js';

type States<P> = { [K in keyof P]: P[K] extends Projection<infer S> ? S : never };

/**
 * Several projections as one, so a single pass over the store feeds them all
 * (a report of five tables reads the history once, not five times). Each part
 * sees only the event types it lists.
 */
export function combineProjections<P extends Record<string, Projection<unknown>>>(name: string, parts: P): Projection<States<P>> {
  const entries = Object.entries(parts);
  const byType = new Map<string, Array<[string, Projection<unknown>]>>();
  for (const entry of entries) {
    for (const type of entry[1].eventTypes) byType.set(type, [...(byType.get(type) ?? []), entry]);
  }
  return {
    name,
    eventTypes: [...byType.keys()],
    initialState: () => Object.fromEntries(entries.map(([key, part]) => [key, part.initialState()])) as States<P>,
    evolve(state, event: StoredEvent) {
      const record = state as Record<string, unknown>;
      for (const [key, part] of byType.get(event.type) ?? []) record[key] = part.evolve(record[key], event);
      return state;
    },
  };
}
