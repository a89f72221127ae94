import { expect } from 'chai';
import { type EventStore } from '../port/event-store.js';
import { WrongExpectedVersionError } from '../port/errors.js';
import { type KitSetup, freshStorePerTest } from './setup.js';
import { collect, expectStrictlyIncreasing, idsOf, newEvent, newEvents, readAllUnder, readStream, uniquePrefix, yieldTurn } from './fixtures.js';

/** What a command handler does: read the version, decide, append with it, retry on conflict. */
async function appendWithRetry(store: EventStore, stream: string, writer: number, maxAttempts: number): Promise<number> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const last = (await collect(store.readStream(stream, { direction: 'backwards', maxCount: 1 })))[0];
    const version = last?.streamPosition ?? -1;
    await yieldTurn();
    try {
      await store.appendToStream(stream, [newEvent('TaskStarted', { writer, sawVersion: version })], { expectedVersion: version });
      return attempt;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    }
  }
  throw new Error(`writer ${writer}: no append after ${maxAttempts} attempts`);
}

/** Optimistic concurrency under contention: no lost update, no duplicate, dense positions. */
export function concurrencySpecs(setup: KitSetup): void {
  describe('concurrency', () => {
    const ctx = freshStorePerTest(setup);

    it(`${setup.concurrentWriters} writers on one stream with expected versions and retries store exactly one event each`, async () => {
      const stream = `${uniquePrefix()}task-s1-hot`;
      const writers = setup.concurrentWriters;
      const attempts = await Promise.all(Array.from({ length: writers }, (_, writer) => appendWithRetry(ctx.store, stream, writer, writers * 4)));
      const read = await readStream(ctx.store, stream);
      expect(read.map((event) => event.streamPosition)).to.deep.equal(Array.from({ length: writers }, (_, i) => i));
      const byWriter = read.map((event) => (event.data as { writer: number }).writer).sort((a, b) => a - b);
      expect(byWriter, 'each writer exactly once').to.deep.equal(Array.from({ length: writers }, (_, i) => i));
      read.forEach((event) => {
        expect((event.data as { sawVersion: number }).sawVersion, 'each append saw the version just before it').to.equal(event.streamPosition - 1);
      });
      expect(attempts.some((count) => count > 1), 'the writers really conflicted').to.equal(true);
      expect(await ctx.store.streamVersion(stream)).to.equal(writers - 1);
    });

    it('gives concurrent appends to different streams distinct, increasing global positions', async () => {
      const prefix = uniquePrefix();
      const appended = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const events = newEvents(3);
          await ctx.store.appendToStream(`${prefix}package-${i}`, events);
          return events;
        }),
      );
      const all = await readAllUnder(ctx.store, prefix);
      expect(all).to.have.length(60);
      expectStrictlyIncreasing(all.map((event) => event.globalPosition));
      expect([...idsOf(all)].sort()).to.deep.equal(idsOf(appended.flat()).sort());
      for (let i = 0; i < 20; i++) {
        const stream = all.filter((event) => event.streamName === `${prefix}package-${i}`);
        expect(stream.map((event) => event.streamPosition), 'an append stays contiguous').to.deep.equal([0, 1, 2]);
      }
    });
  });
}
