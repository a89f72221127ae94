import { type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The store as live projections and serve's rebuilds read it: a long fold
 * gives the event loop a turn every `every` events, so serve answers HTTP
 * requests (from the old generation, or a partial state with its position)
 * while its projections fold a million events, instead of after.
 */
export function yieldingStore(store: EventStore, every = 500): EventStore {
  const yielding = (events: AsyncIterable<StoredEvent>): AsyncIterable<StoredEvent> => ({
    async *[Symbol.asyncIterator]() {
      let count = 0;
      for await (const event of events) {
        yield event;
        if (++count % every === 0) await nextTurn();
      }
    },
  });
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'subscribeToAll') return (options?: Parameters<EventStore['subscribeToAll']>[0]) => yielding(target.subscribeToAll(options));
      if (property === 'readAll') return (options?: Parameters<EventStore['readAll']>[0]) => yielding(target.readAll(options));
      return Reflect.get(target, property, receiver);
    },
  });
}
