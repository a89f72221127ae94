import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { StoreClosedError } from '../port/errors.js';
import { type EventStore } from '../port/event-store.js';
import { type KitSetup, freshStorePerTest } from './setup.js';
import { collect, expectRejection, newEvents, uniquePrefix, yieldTurn } from './fixtures.js';

/** After close: every call fails with StoreClosedError, live subscriptions end, close again is harmless. */
export function closeSpecs(setup: KitSetup): void {
  describe('close', () => {
    const ctx = freshStorePerTest(setup);

    it('ends live subscriptions cleanly', async () => {
      const prefix = uniquePrefix();
      await ctx.store.appendToStream(`${prefix}package-1`, newEvents(1));
      const received: StoredEvent[] = [];
      const subscription = (async () => {
        for await (const event of ctx.store.subscribeToAll({ filter: { streamPrefixes: [prefix] } })) received.push(event);
      })();
      while (received.length < 1) await yieldTurn();
      await ctx.store.close();
      await subscription;
      expect(received).to.have.length(1);
    });

    // A reader cut off by close() must not take the end of its read for the end of the log (a projection would think itself caught up).
    for (const [name, read] of [
      ['readAll', (store: EventStore, stream: string) => store.readAll({ filter: { streamPrefixes: [stream] } })],
      ['readStream', (store: EventStore, stream: string) => store.readStream(stream)],
    ] as const) {
      it(`fails a ${name} still under way when the store closes, instead of ending it early`, async () => {
        const stream = `${uniquePrefix()}package-1`;
        const total = 5000; // more than any adapter fetches at once
        await ctx.store.appendToStream(stream, newEvents(total));
        const events = read(ctx.store, stream)[Symbol.asyncIterator]();
        expect((await events.next()).done).to.equal(false);
        await ctx.store.close();
        let delivered = 1;
        const outcome = await (async () => {
          while (!(await events.next()).done) delivered++;
        })().then(() => 'ended' as const, (error: unknown) => error);
        if (outcome === 'ended') expect(delivered, 'a read that ends after close() must have delivered every event').to.equal(total);
        else expect(outcome).to.be.instanceOf(StoreClosedError);
      });
    }

    it('refuses every later call with StoreClosedError, and closing again is harmless', async () => {
      const stream = `${uniquePrefix()}package-1`;
      await ctx.store.appendToStream(stream, newEvents(1));
      await ctx.store.close();
      await ctx.store.close();
      const calls: Array<[string, () => Promise<unknown>]> = [
        ['appendToStream', () => ctx.store.appendToStream(stream, newEvents(1))],
        ['appendToStreams', () => ctx.store.appendToStreams([{ streamName: stream, events: newEvents(1) }])],
        ['readStream', () => collect(ctx.store.readStream(stream))],
        ['readAll', () => collect(ctx.store.readAll())],
        ['subscribeToAll', () => collect(ctx.store.subscribeToAll())],
        ['streamVersion', () => ctx.store.streamVersion(stream)],
        ['listStreams', () => collect(ctx.store.listStreams(''))],
        ['deleteStream', () => ctx.store.deleteStream(stream)],
        ['truncateBefore', () => ctx.store.truncateBefore(stream, 1)],
        ['compact', () => ctx.store.compact()],
      ];
      for (const [name, call] of calls) {
        const error = await expectRejection(call, StoreClosedError);
        expect(error.name, name).to.equal('StoreClosedError');
      }
    });
  });
}
