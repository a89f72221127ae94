import { expect } from 'chai';
import { type KitSetup, type StoreHolder, freshStorePerTest } from './setup.js';
import { collect, expectRejection, idsOf, newEvents, readAllUnder, readStream, uniquePrefix } from './fixtures.js';
import { take } from './subscribe.js';

/** Deleted events are gone from every read: readStream, readAll, listStreams, later subscriptions. */
async function expectGone(ctx: StoreHolder, prefix: string, stream: string, survivorIds: string[]): Promise<void> {
  expect(await readStream(ctx.store, stream), 'readStream').to.deep.equal([]);
  expect(await collect(ctx.store.readStream(stream, { direction: 'backwards' })), 'readStream backwards').to.deep.equal([]);
  expect(idsOf(await readAllUnder(ctx.store, prefix)), 'readAll').to.deep.equal(survivorIds);
  expect(idsOf(await take(ctx.store, survivorIds.length, { filter: { streamPrefixes: [prefix] } })), 'a later subscription').to.deep.equal(
    survivorIds,
  );
  expect(await collect(ctx.store.listStreams(stream)), 'listStreams').to.deep.equal([]);
  expect(await ctx.store.streamVersion(stream), 'streamVersion').to.equal(-1);
}

/** Retention and erasure: hard and soft deletes, truncation, compaction. */
export function deleteSpecs(setup: KitSetup): void {
  describe('deleteStream and truncateBefore', () => {
    const ctx = freshStorePerTest(setup);

    for (const hard of [true, false]) {
      it(`${hard ? 'hard' : 'soft'}-deleted events vanish from every read, other streams intact`, async () => {
        const prefix = uniquePrefix();
        const stream = `${prefix}attribution-s1-2024-05-01`;
        const kept = newEvents(2);
        await ctx.store.appendToStream(stream, newEvents(3, 'ScanAttributed'));
        await ctx.store.appendToStream(`${prefix}package-1`, kept);
        await ctx.store.deleteStream(stream, { hard });
        await expectGone(ctx, prefix, stream, idsOf(kept));
        await ctx.store.compact();
        await expectGone(ctx, prefix, stream, idsOf(kept));
      });
    }

    it('deletes hard by default', async () => {
      const prefix = uniquePrefix();
      await ctx.store.appendToStream(`${prefix}shift-1`, newEvents(2));
      await ctx.store.deleteStream(`${prefix}shift-1`);
      await ctx.store.compact();
      await expectGone(ctx, prefix, `${prefix}shift-1`, []);
    });

    it('starts a hard-deleted stream again at position 0 (or refuses it, where hard deletes are final)', async () => {
      const stream = `${uniquePrefix()}shift-1`;
      await ctx.store.appendToStream(stream, newEvents(3));
      await ctx.store.deleteStream(stream, { hard: true });
      const again = newEvents(1);
      if (ctx.store.capabilities.recreatesHardDeletedStreams === false) {
        await expectRejection(ctx.store.appendToStream(stream, again, { expectedVersion: 'no_stream' }), Error);
        expect(await readStream(ctx.store, stream)).to.deep.equal([]);
        expect(await ctx.store.streamVersion(stream)).to.equal(-1);
        return;
      }
      await ctx.store.appendToStream(stream, again, { expectedVersion: 'no_stream' });
      const read = await readStream(ctx.store, stream);
      expect(idsOf(read)).to.deep.equal(idsOf(again));
      expect(read[0]?.streamPosition).to.equal(0);
    });

    it('treats deleting an absent stream as done', async () => {
      const prefix = uniquePrefix();
      await ctx.store.deleteStream(`${prefix}absent`);
      await ctx.store.deleteStream(`${prefix}absent`, { hard: false });
      expect(await ctx.store.streamVersion(`${prefix}absent`)).to.equal(-1);
    });

    it('truncates before a position: earlier events vanish from every read, the version is unchanged', async () => {
      const prefix = uniquePrefix();
      const stream = `${prefix}task-s1-7`;
      const events = newEvents(6, 'TaskStarted');
      await ctx.store.appendToStream(stream, events);
      await ctx.store.truncateBefore(stream, 4);
      const kept = idsOf(events.slice(4));
      expect(idsOf(await readStream(ctx.store, stream)), 'readStream').to.deep.equal(kept);
      expect(idsOf(await collect(ctx.store.readStream(stream, { direction: 'backwards' }))), 'backwards').to.deep.equal([...kept].reverse());
      expect(idsOf(await collect(ctx.store.readStream(stream, { from: 1 }))), 'from a truncated position').to.deep.equal(kept);
      expect(idsOf(await readAllUnder(ctx.store, prefix)), 'readAll').to.deep.equal(kept);
      expect(idsOf(await take(ctx.store, 2, { filter: { streamPrefixes: [prefix] } })), 'a later subscription').to.deep.equal(kept);
      expect(await ctx.store.streamVersion(stream)).to.equal(5);
      await ctx.store.compact();
      expect(idsOf(await readAllUnder(ctx.store, prefix)), 'after compaction').to.deep.equal(kept);
    });

    it('keeps appending after a truncation at the next position, with the exact expected version', async () => {
      const stream = `${uniquePrefix()}task-s1-8`;
      await ctx.store.appendToStream(stream, newEvents(3));
      await ctx.store.truncateBefore(stream, 3);
      expect(await readStream(ctx.store, stream)).to.deep.equal([]);
      const result = await ctx.store.appendToStream(stream, newEvents(1), { expectedVersion: 2 });
      expect(result.nextExpectedVersion).to.equal(3);
      expect((await readStream(ctx.store, stream)).map((event) => event.streamPosition)).to.deep.equal([3]);
    });

    it('truncating past the end removes every event but keeps the version', async () => {
      const prefix = uniquePrefix();
      const stream = `${prefix}task-s1-9`;
      await ctx.store.appendToStream(stream, newEvents(3));
      await ctx.store.truncateBefore(stream, 100);
      expect(await readAllUnder(ctx.store, prefix)).to.deep.equal([]);
      expect(await collect(ctx.store.listStreams(stream)), 'a stream without events is not listed').to.deep.equal([]);
      expect(await ctx.store.streamVersion(stream)).to.equal(2);
    });
  });
}
