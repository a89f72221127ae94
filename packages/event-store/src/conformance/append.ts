import { expect } from 'chai';
import { WrongExpectedVersionError } from '../port/errors.js';
import { type ExpectedVersion } from '../port/event-store.js';
import { type KitSetup, freshStorePerTest } from './setup.js';
import { expectRejection, expectSameEvents, newEvent, newEvents, readAllUnder, readStream, uniquePrefix } from './fixtures.js';

/** Appends: order, results, and every expected-version rule with nothing written on conflict. */
export function appendSpecs(setup: KitSetup): void {
  describe('append', () => {
    const ctx = freshStorePerTest(setup);

    it('reads a stream back in append order, positions 0..n-1, data and metadata intact', async () => {
      const stream = `${uniquePrefix()}package-1`;
      const first = newEvents(3, 'ItemReceived');
      const second = newEvents(2, 'ItemStowed', 3);
      await ctx.store.appendToStream(stream, first);
      await ctx.store.appendToStream(stream, second);
      const read = await readStream(ctx.store, stream);
      expectSameEvents(read, [...first, ...second]);
      expect(read.map((event) => event.streamPosition)).to.deep.equal([0, 1, 2, 3, 4]);
      expect(read.every((event) => event.streamName === stream)).to.equal(true);
    });

    it('returns the next expected version and the global position of the last event written', async () => {
      const stream = `${uniquePrefix()}task-1`;
      const result = await ctx.store.appendToStream(stream, newEvents(3));
      const read = await readStream(ctx.store, stream);
      expect(result).to.deep.equal({ nextExpectedVersion: 2, lastGlobalPosition: read[2]?.globalPosition, duplicate: false });
      expect(await ctx.store.streamVersion(stream)).to.equal(2);
    });

    it('fills recordedAt when absent and keeps it when given', async () => {
      const stream = `${uniquePrefix()}package-2`;
      const given = newEvent('ItemPicked', { n: 1 }, { recordedAt: '2024-01-02T03:04:05.678Z' });
      const before = Date.now();
      await ctx.store.appendToStream(stream, [newEvent('ItemPicked', { n: 0 }), given]);
      const [filled, kept] = await readStream(ctx.store, stream);
      const recordedAt = Date.parse(filled?.metadata.recordedAt ?? '');
      expect(recordedAt, 'filled recordedAt is an ISO instant of the append').to.be.within(before - 60_000, Date.now() + 60_000);
      expect(kept?.metadata.recordedAt).to.equal('2024-01-02T03:04:05.678Z');
    });

    it('reports -1 as the version of an absent stream', async () => {
      expect(await ctx.store.streamVersion(`${uniquePrefix()}nothing`)).to.equal(-1);
    });

    describe('expected version', () => {
      const accepted: Array<[string, ExpectedVersion, number]> = [
        ['any on an absent stream', 'any', 0],
        ['any on a stream with events', 'any', 2],
        ['no_stream on an absent stream', 'no_stream', 0],
        ['-1 on an absent stream', -1, 0],
        ['stream_exists on a stream with events', 'stream_exists', 2],
        ['the exact last position', 1, 2],
      ];
      for (const [title, expected, existing] of accepted) {
        it(`accepts ${title}`, async () => {
          const stream = `${uniquePrefix()}task-ok`;
          if (existing > 0) await ctx.store.appendToStream(stream, newEvents(existing));
          const result = await ctx.store.appendToStream(stream, newEvents(1), { expectedVersion: expected });
          expect(result.nextExpectedVersion).to.equal(existing);
          expect(await readStream(ctx.store, stream)).to.have.length(existing + 1);
        });
      }

      const refused: Array<[string, ExpectedVersion, number]> = [
        ['no_stream when the stream has events', 'no_stream', 2],
        ['stream_exists on an absent stream', 'stream_exists', 0],
        ['-1 when the stream has events', -1, 2],
        ['a position behind the last one', 0, 2],
        ['a position ahead of the last one', 5, 2],
        ['a position on an absent stream', 0, 0],
      ];
      for (const [title, expected, existing] of refused) {
        it(`refuses ${title} with WrongExpectedVersionError and writes nothing`, async () => {
          const stream = `${uniquePrefix()}task-conflict`;
          if (existing > 0) await ctx.store.appendToStream(stream, newEvents(existing));
          const attempt = ctx.store.appendToStream(stream, newEvents(3), { expectedVersion: expected });
          const error = await expectRejection(attempt, WrongExpectedVersionError);
          expect(error.name).to.equal('WrongExpectedVersionError');
          expect({ stream: error.streamName, expected: error.expected, actual: error.actual }).to.deep.equal({
            stream,
            expected,
            actual: existing - 1,
          });
          expect(await readStream(ctx.store, stream)).to.have.length(existing);
          expect(await ctx.store.streamVersion(stream)).to.equal(existing - 1);
        });
      }
    });

    it('writes no event of a multi-event append that fails', async () => {
      const prefix = uniquePrefix();
      await ctx.store.appendToStream(`${prefix}a`, newEvents(1));
      await expectRejection(ctx.store.appendToStream(`${prefix}a`, newEvents(50), { expectedVersion: 'no_stream' }), WrongExpectedVersionError);
      expect(await readAllUnder(ctx.store, prefix)).to.have.length(1);
      expect(await ctx.store.streamVersion(`${prefix}a`)).to.equal(0);
    });
  });
}
