import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { type ReadStreamOptions } from '../port/event-store.js';
import { type KitSetup, freshStorePerTest } from './setup.js';
import { collect, expectStrictlyIncreasing, idsOf, newEvent, newEvents, readAllUnder, uniquePrefix } from './fixtures.js';

const positions = (events: readonly StoredEvent[]): number[] => events.map((event) => event.streamPosition);

/** Reads: stream windows in both directions, global order, filters, listStreams. */
export function readSpecs(setup: KitSetup): void {
  describe('readStream', () => {
    const ctx = freshStorePerTest(setup);
    const windows: Array<[string, ReadStreamOptions, number[]]> = [
      ['forwards by default', {}, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
      ['forwards from a position', { from: 7 }, [7, 8, 9]],
      ['forwards with maxCount', { maxCount: 3 }, [0, 1, 2]],
      ['forwards from a position with maxCount', { from: 4, maxCount: 2 }, [4, 5]],
      ['backwards from the end', { direction: 'backwards' }, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
      ['backwards with maxCount (the last events)', { direction: 'backwards', maxCount: 2 }, [9, 8]],
      ['backwards from a position', { direction: 'backwards', from: 2 }, [2, 1, 0]],
      ['backwards from a position with maxCount', { direction: 'backwards', from: 6, maxCount: 3 }, [6, 5, 4]],
      ['forwards from past the end', { from: 10 }, []],
      ['with maxCount 0', { maxCount: 0 }, []],
    ];
    for (const [title, options, expected] of windows) {
      it(`reads ${title}`, async () => {
        const stream = `${uniquePrefix()}package-1`;
        await ctx.store.appendToStream(stream, newEvents(4));
        await ctx.store.appendToStream(stream, newEvents(6, 'ItemCounted', 4));
        const read = await collect(ctx.store.readStream(stream, options));
        expect(positions(read)).to.deep.equal(expected);
        expect(read.map((event) => (event.data as { n: number }).n)).to.deep.equal(expected);
      });
    }

    it('reads nothing from an absent stream, in both directions', async () => {
      const stream = `${uniquePrefix()}absent`;
      expect(await collect(ctx.store.readStream(stream))).to.deep.equal([]);
      expect(await collect(ctx.store.readStream(stream, { direction: 'backwards' }))).to.deep.equal([]);
    });

    it('keeps streams apart', async () => {
      const prefix = uniquePrefix();
      const [a, b] = [newEvents(2), newEvents(3)];
      await ctx.store.appendToStream(`${prefix}a`, a);
      await ctx.store.appendToStream(`${prefix}ab`, b);
      expect(idsOf(await collect(ctx.store.readStream(`${prefix}a`)))).to.deep.equal(idsOf(a));
    });
  });

  describe('readAll', () => {
    const ctx = freshStorePerTest(setup);

    async function interleave(prefix: string): Promise<string[]> {
      const order: string[] = [];
      for (let round = 0; round < 4; round++) {
        for (const stream of ['package-1', 'location-A-01', 'task-7']) {
          const events = [newEvent(stream.startsWith('task') ? 'TaskStarted' : 'ItemStowed', { round, stream })];
          await ctx.store.appendToStream(`${prefix}${stream}`, events);
          order.push(...idsOf(events));
        }
      }
      return order;
    }

    it('reads every stream in commit order with strictly increasing, positive, safe-integer globalPositions', async () => {
      const prefix = uniquePrefix();
      const order = await interleave(prefix);
      const all = await readAllUnder(ctx.store, prefix);
      expect(idsOf(all)).to.deep.equal(order);
      expectStrictlyIncreasing(all.map((event) => event.globalPosition));
      expect(all[0]!.globalPosition, 'positions start above 0, so after: 0 reads everything').to.be.greaterThan(0);
      expect(idsOf(await collect(ctx.store.readAll({ after: 0 })))).to.include.members(order);
    });

    it('reads strictly after a checkpoint, and maxCount events at most', async () => {
      const prefix = uniquePrefix();
      const order = await interleave(prefix);
      const all = await readAllUnder(ctx.store, prefix);
      const checkpoint = all[4]!.globalPosition;
      const after = await collect(ctx.store.readAll({ after: checkpoint, filter: { streamPrefixes: [prefix] } }));
      expect(idsOf(after)).to.deep.equal(order.slice(5));
      const page = await collect(ctx.store.readAll({ after: checkpoint, maxCount: 3, filter: { streamPrefixes: [prefix] } }));
      expect(idsOf(page)).to.deep.equal(order.slice(5, 8));
      const last = all.at(-1)!.globalPosition;
      expect(await collect(ctx.store.readAll({ after: last, filter: { streamPrefixes: [prefix] } }))).to.deep.equal([]);
    });

    it('filters by stream prefixes, by event types, and by both', async () => {
      const prefix = uniquePrefix();
      await interleave(prefix);
      const read = async (streamPrefixes: string[], eventTypes?: string[]): Promise<string[]> => {
        const events = await collect(ctx.store.readAll({ filter: { streamPrefixes: streamPrefixes.map((p) => `${prefix}${p}`), eventTypes } }));
        return events.map((event) => `${event.streamName.slice(prefix.length)}:${event.type}`);
      };
      expect(await read(['package-'])).to.deep.equal(Array(4).fill('package-1:ItemStowed'));
      expect(await read(['package-', 'task-'])).to.have.length(8);
      expect(await read([''], ['TaskStarted'])).to.deep.equal(Array(4).fill('task-7:TaskStarted'));
      expect(await read(['location-'], ['TaskStarted'])).to.deep.equal([]);
      expect(await read(['location-', 'task-'], ['ItemStowed', 'TaskStarted'])).to.have.length(8);
    });
  });

  describe('listStreams', () => {
    const ctx = freshStorePerTest(setup);

    it('lists the streams under a prefix that hold events', async () => {
      const prefix = uniquePrefix();
      for (const name of ['attribution-s1-2024-05-01', 'attribution-s1-2024-05-02', 'attribution-s2-2024-05-01', 'package-1']) {
        await ctx.store.appendToStream(`${prefix}${name}`, newEvents(1));
      }
      const listed = await collect(ctx.store.listStreams(`${prefix}attribution-s1-`));
      expect([...listed].sort()).to.deep.equal([`${prefix}attribution-s1-2024-05-01`, `${prefix}attribution-s1-2024-05-02`]);
      expect(await collect(ctx.store.listStreams(`${prefix}shift-`))).to.deep.equal([]);
      expect(await collect(ctx.store.listStreams(prefix))).to.have.length(4);
    });
  });

  describe('payloads', () => {
    const ctx = freshStorePerTest(setup);

    it('round-trips unicode exactly: emoji, CJK, right-to-left, combining marks, astral planes', async () => {
      const stream = `${uniquePrefix()}package-ünï-倉庫-📦`;
      const data = {
        label: 'Colis 📦🚚 — 倉庫の棚 A-01 · مستودع · מחסן · Ṩ̃ combining · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 · 👩🏽‍🔧',
        ['clé-é']: 'ключ',
        quotes: `"'\\\n\t`,
        nested: [{ 'ภาษาไทย': '🇫🇷' }],
      };
      const event = newEvent('ItemReceived', data, { deviceId: 'scanner-é-🔫', correlationId: '相关' });
      await ctx.store.appendToStream(stream, [event]);
      const [read] = await collect(ctx.store.readStream(stream));
      expect(read?.data).to.deep.equal(data);
      expect(read?.streamName).to.equal(stream);
      expect(read?.metadata).to.include({ deviceId: 'scanner-é-🔫', correlationId: '相关' });
      expect(await collect(ctx.store.listStreams(stream))).to.deep.equal([stream]);
    });

    it('round-trips a 1 MB payload exactly', async () => {
      const stream = `${uniquePrefix()}package-large`;
      const chunk = 'fairscan-é📦-';
      const data = { blob: chunk.repeat(Math.ceil(1_048_576 / chunk.length)), numbers: Array.from({ length: 1000 }, (_, i) => i * 1.5) };
      await ctx.store.appendToStream(stream, [newEvent('ItemCounted', data)]);
      const [read] = await collect(ctx.store.readStream(stream));
      expect((read?.data as typeof data).blob.length).to.equal(data.blob.length);
      expect(read?.data).to.deep.equal(data);
    });
  });
}
