import { expect } from 'chai';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../port/errors.js';
import { type KitSetup, freshStorePerTest } from './setup.js';
import { expectRejection, idsOf, newEvents, readAllUnder, readStream, uniquePrefix } from './fixtures.js';

/** Idempotency by eventId: a resend is stored once; an inconsistent resend is refused whole. */
export function idempotencySpecs(setup: KitSetup): void {
  describe('idempotency by eventId', () => {
    const ctx = freshStorePerTest(setup);

    it('stores a resent append once and reports it as a duplicate, whatever the expected version', async () => {
      const stream = `${uniquePrefix()}package-1`;
      const events = newEvents(3);
      const first = await ctx.store.appendToStream(stream, events, { expectedVersion: 'no_stream' });
      for (const expectedVersion of ['no_stream', 'any', 7, -1] as const) {
        const again = await ctx.store.appendToStream(stream, events, { expectedVersion });
        expect(again).to.deep.equal({ nextExpectedVersion: 2, lastGlobalPosition: first.lastGlobalPosition, duplicate: true });
      }
      expect(idsOf(await readStream(ctx.store, stream))).to.deep.equal(idsOf(events));
    });

    it('reports the current version for a duplicate of an older append', async () => {
      const stream = `${uniquePrefix()}package-2`;
      const older = newEvents(2);
      await ctx.store.appendToStream(stream, older);
      await ctx.store.appendToStream(stream, newEvents(2));
      const again = await ctx.store.appendToStream(stream, older);
      expect(again.duplicate).to.equal(true);
      expect(again.nextExpectedVersion).to.equal(3);
    });

    it('refuses a partial overlap with DuplicateEventIdError and writes none of the new events', async () => {
      const prefix = uniquePrefix();
      const stream = `${prefix}package-3`;
      const stored = newEvents(2);
      await ctx.store.appendToStream(stream, stored);
      const fresh = newEvents(3, 'ItemPicked');
      const error = await expectRejection(ctx.store.appendToStream(stream, [...fresh, ...stored]), DuplicateEventIdError);
      expect(error.name).to.equal('DuplicateEventIdError');
      expect(error.streamName).to.equal(stream);
      expect(idsOf(stored)).to.include(error.eventId);
      expect(idsOf(await readAllUnder(ctx.store, prefix))).to.deep.equal(idsOf(stored));
    });

    it('refuses the same ids in another order', async () => {
      const stream = `${uniquePrefix()}package-4`;
      const events = newEvents(3);
      await ctx.store.appendToStream(stream, events);
      await expectRejection(ctx.store.appendToStream(stream, [...events].reverse()), DuplicateEventIdError);
      expect(await readStream(ctx.store, stream)).to.have.length(3);
    });

    it('refuses an id already stored in another stream (a store-wide id index; per-stream windows document that they do not)', async () => {
      const prefix = uniquePrefix();
      const events = newEvents(2);
      await ctx.store.appendToStream(`${prefix}package-a`, events);
      if (ctx.store.capabilities.idempotencyWindow !== undefined) {
        const written = await ctx.store.appendToStream(`${prefix}package-b`, events);
        expect(written.duplicate, 'a per-stream window cannot see another stream').to.equal(false);
        expect(idsOf(await readStream(ctx.store, `${prefix}package-a`)), 'the first stream is untouched').to.deep.equal(idsOf(events));
        return;
      }
      await expectRejection(ctx.store.appendToStream(`${prefix}package-b`, events), DuplicateEventIdError);
      expect(await readStream(ctx.store, `${prefix}package-b`)).to.deep.equal([]);
      expect(await ctx.store.streamVersion(`${prefix}package-b`)).to.equal(-1);
    });

    it('refuses an append that repeats an id within itself and writes none of it', async () => {
      const stream = `${uniquePrefix()}package-5`;
      const [one, two] = newEvents(2);
      await expectRejection(ctx.store.appendToStream(stream, [one!, two!, one!]), DuplicateEventIdError);
      expect(await readStream(ctx.store, stream)).to.deep.equal([]);
    });

    it('stores once when the same append races itself (a scanner resending before the ack)', async () => {
      const stream = `${uniquePrefix()}package-6`;
      const events = newEvents(4);
      const results = await Promise.all(Array.from({ length: 5 }, () => ctx.store.appendToStream(stream, events)));
      expect(results.filter((result) => !result.duplicate)).to.have.length(1);
      expect(idsOf(await readStream(ctx.store, stream))).to.deep.equal(idsOf(events));
    });
  });

  describe('appendToStreams', () => {
    const ctx = freshStorePerTest(setup);

    it('writes every stream and returns one result per write, in order', async () => {
      const prefix = uniquePrefix();
      const [pkg, attribution] = [newEvents(1, 'ItemStowed'), newEvents(1, 'ScanAttributed')];
      const results = await ctx.store.appendToStreams([
        { streamName: `${prefix}package-1`, events: pkg, expectedVersion: 'no_stream' },
        { streamName: `${prefix}attribution-1`, events: attribution },
      ]);
      expect(results.map((result) => [result.nextExpectedVersion, result.duplicate])).to.deep.equal([[0, false], [0, false]]);
      expect(results[1]!.lastGlobalPosition).to.be.greaterThan(results[0]!.lastGlobalPosition);
      expect(idsOf(await readAllUnder(ctx.store, prefix))).to.deep.equal(idsOf([...pkg, ...attribution]));
    });

    it('reports a resent set of writes as duplicates and stores it once', async () => {
      const prefix = uniquePrefix();
      const writes = [
        { streamName: `${prefix}package-1`, events: newEvents(1) },
        { streamName: `${prefix}location-1`, events: newEvents(1) },
      ];
      await ctx.store.appendToStreams(writes);
      const again = await ctx.store.appendToStreams(writes);
      expect(again.map((result) => result.duplicate)).to.deep.equal([true, true]);
      expect(await readAllUnder(ctx.store, prefix)).to.have.length(2);
    });

    it('on a failing write: writes none when atomic, else keeps earlier writes and a retry completes', async () => {
      const prefix = uniquePrefix();
      await ctx.store.appendToStream(`${prefix}task-1`, newEvents(1));
      const good = { streamName: `${prefix}package-1`, events: newEvents(2) };
      const bad = { streamName: `${prefix}task-1`, events: newEvents(1), expectedVersion: 'no_stream' as const };
      await expectRejection(ctx.store.appendToStreams([good, bad]), WrongExpectedVersionError);
      const stored = idsOf(await readAllUnder(ctx.store, `${prefix}package-`));
      if (ctx.store.capabilities.multiStreamAtomic) {
        expect(stored, 'an atomic store writes nothing').to.deep.equal([]);
        return;
      }
      expect(stored, 'earlier writes are kept, in order').to.deep.equal(idsOf(good.events));
      const retried = await ctx.store.appendToStreams([good, { ...bad, expectedVersion: 0 }]);
      expect(retried.map((result) => result.duplicate)).to.deep.equal([true, false]);
      expect(await readAllUnder(ctx.store, prefix)).to.have.length(4);
    });

    it('writes nothing of a multi-stream call when a later write has a duplicate id conflict (atomic stores)', async () => {
      const prefix = uniquePrefix();
      const taken = newEvents(1);
      // The conflict is within one stream, so every store sees it, whatever its idempotency window.
      await ctx.store.appendToStream(`${prefix}package-2`, taken);
      const writes = [
        { streamName: `${prefix}package-1`, events: newEvents(1) },
        { streamName: `${prefix}package-2`, events: [...newEvents(1), ...taken] },
      ];
      await expectRejection(ctx.store.appendToStreams(writes), DuplicateEventIdError);
      const written = await readAllUnder(ctx.store, `${prefix}package-1`);
      expect(written).to.have.length(ctx.store.capabilities.multiStreamAtomic ? 0 : 1);
    });
  });
}
