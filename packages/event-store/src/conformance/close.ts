import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { StoreClosedError } from '../port/errors.js';
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
