import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { idsOf, newEvents } from '@fairscan/event-store/conformance';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { tempDir } from '../testing/temp-store.js';

describe('sqlite subscriptions across processes', () => {
  const dir = tempDir();
  after(() => dir.remove());

  it('sees events another process commits to the same file, by polling, in order and once', async () => {
    const path = dir.file('shared.db');
    const subscriber = SqliteEventStore.open({ path, pollIntervalMs: 20 });
    const writer = SqliteEventStore.open({ path });
    try {
      const first = newEvents(2);
      await subscriber.appendToStream('package-1', first);
      const received: StoredEvent[] = [];
      const signal = AbortSignal.timeout(10_000);
      const reading = (async () => {
        for await (const event of subscriber.subscribeToAll({ signal })) if (received.push(event) === 7) break;
      })();
      const fromOther = newEvents(5);
      for (const event of fromOther) await writer.appendToStream('package-2', [event]);
      await reading;
      expect(signal.aborted, 'received before the timeout').to.equal(false);
      expect(idsOf(received)).to.deep.equal(idsOf([...first, ...fromOther]));
    } finally {
      await writer.close();
      await subscriber.close();
    }
  });

  it('does not skip events once a sparse filter has caught up', async () => {
    const store = SqliteEventStore.open({ path: dir.file('sparse.db'), pageSize: 2, pollIntervalMs: 20 });
    try {
      await store.appendToStream('package-1', newEvents(7, 'ItemStowed'));
      const wanted = [...newEvents(1, 'ShiftStarted'), ...newEvents(2, 'ShiftStarted')];
      const received: StoredEvent[] = [];
      const reading = (async () => {
        const filter = { eventTypes: ['ShiftStarted'] };
        for await (const event of store.subscribeToAll({ filter, signal: AbortSignal.timeout(10_000) })) if (received.push(event) === 3) break;
      })();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await store.appendToStream('shift-1', wanted.slice(0, 1));
      await store.appendToStream('package-1', newEvents(3, 'ItemStowed'));
      await store.appendToStream('shift-1', wanted.slice(1));
      await reading;
      expect(idsOf(received)).to.deep.equal(idsOf(wanted));
    } finally {
      await store.close();
    }
  });
});
