import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../port/errors.js';
import { type KitSetup, freshStorePerTest } from './setup.js';
import { collect, expectRejection, expectStrictlyIncreasing, idsOf, newEvent, newEvents, readAllUnder, uniquePrefix } from './fixtures.js';

/** Events as another store holds them: positions from there, recordedAt and other metadata already set. */
function sourceEvents(prefix: string): StoredEvent[] {
  const at = (streamName: string, streamPosition: number, globalPosition: number, n: number): StoredEvent => {
    const event = newEvent('ItemStowed', { n }, { recordedAt: `2024-05-01T08:00:0${n}.000Z`, deviceId: 'scanner-7', correlationId: `c-${n}` });
    return { ...event, metadata: event.metadata as StoredEvent['metadata'], streamName, streamPosition, globalPosition };
  };
  // `location-…` was truncated at the source: its first remaining event is at position 3.
  return [at(`${prefix}package-1`, 0, 40, 0), at(`${prefix}location-A`, 3, 41, 1), at(`${prefix}package-1`, 1, 44, 2), at(`${prefix}location-A`, 4, 45, 3)];
}

function importer(store: EventStore): (events: readonly StoredEvent[]) => ReturnType<NonNullable<EventStore['importEvents']>> {
  if (store.importEvents === undefined) expect.fail('the store has no importEvents: declare `importEvents: false` in the kit options if it cannot be a copy target');
  return (events) => store.importEvents!(events);
}

/** `importEvents`: what `fairscan store copy` relies on in its target. */
export function importSpecs(setup: KitSetup, declared: boolean): void {
  describe('importEvents (store copy target)', () => {
    const ctx = freshStorePerTest(setup);
    if (!declared) {
      it('is declared absent, and the store indeed has no importEvents', () => {
        expect(ctx.store.importEvents, 'the kit was told this store cannot be a copy target').to.equal(undefined);
      });
      return;
    }
    it('keeps stream positions and metadata exactly, in the order given, with its own increasing global positions', async () => {
      const prefix = uniquePrefix();
      const source = sourceEvents(prefix);
      expect(await importer(ctx.store)(source)).to.deep.equal({ imported: 4, skipped: 0 });
      const read = await readAllUnder(ctx.store, prefix);
      expect(idsOf(read)).to.deep.equal(idsOf(source));
      read.forEach((event, i) => {
        const from = source[i]!;
        expect([event.streamName, event.streamPosition, event.type], `event ${i}`).to.deep.equal([from.streamName, from.streamPosition, from.type]);
        expect(event.metadata, `event ${i} metadata`).to.deep.equal(from.metadata);
        expect(event.data).to.deep.equal(from.data);
      });
      expectStrictlyIncreasing(read.map((event) => event.globalPosition));
      expect(await ctx.store.streamVersion(`${prefix}location-A`)).to.equal(4);
      const next = await ctx.store.appendToStream(`${prefix}location-A`, newEvents(1), { expectedVersion: 4 });
      expect(next.nextExpectedVersion, 'appends continue after the imported positions').to.equal(5);
    });
    it('skips what an interrupted copy already imported, and imports the rest once', async () => {
      const prefix = uniquePrefix();
      const source = sourceEvents(prefix);
      await importer(ctx.store)(source.slice(0, 3));
      expect(await importer(ctx.store)(source)).to.deep.equal({ imported: 1, skipped: 3 });
      expect(idsOf(await readAllUnder(ctx.store, prefix))).to.deep.equal(idsOf(source));
    });
    it('refuses a call whole when a position is taken by another event or an id is stored elsewhere', async () => {
      const prefix = uniquePrefix();
      const source = sourceEvents(prefix);
      await ctx.store.appendToStream(`${prefix}package-1`, newEvents(1));
      await expectRejection(importer(ctx.store)(source), WrongExpectedVersionError);
      const elsewhere = newEvents(1);
      await ctx.store.appendToStream(`${prefix}task-1`, elsewhere);
      const moved = { ...source[3]!, metadata: { ...source[3]!.metadata, eventId: elsewhere[0]!.metadata.eventId } };
      await expectRejection(importer(ctx.store)([source[1]!, moved]), DuplicateEventIdError);
      expect(await collect(ctx.store.readStream(`${prefix}location-A`)), 'nothing of a refused call').to.deep.equal([]);
      expect(await readAllUnder(ctx.store, prefix)).to.have.length(2);
    });
  });
}
