import { type EventStore } from '@fairscan/event-store';

const holdsAfter = async (store: EventStore, position: number): Promise<boolean> => {
  for await (const _ of store.readAll({ after: position, maxCount: 1 })) return true;
  return false;
};

/**
 * The globalPosition of the store's newest event (0 when empty), through the
 * port alone: "is there an event after p?" is true below the last position
 * and false from it on, so doubling then bisecting finds it in about
 * 2·log2(n) one-row reads, where counting would read the whole store.
 */
export async function lastPosition(store: EventStore): Promise<number> {
  let low = 0;
  let high = 1;
  while (await holdsAfter(store, high)) {
    low = high;
    high *= 2;
  }
  if (!(await holdsAfter(store, low))) return low;
  // Invariant: an event lies after `low`, none after `high`.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await holdsAfter(store, middle)) low = middle;
    else high = middle;
  }
  return high;
}
