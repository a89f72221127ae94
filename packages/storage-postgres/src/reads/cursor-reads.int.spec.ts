import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { StoreClosedError } from '@fairscan/event-store';
import { idsOf, newEvents } from '@fairscan/event-store/conformance';
import { requirePostgres, schemaPerTest } from '../testing/test-schema.js';

/** Every event the reader still gets, and how the read ends: 'done' or the error. */
async function readRest(events: AsyncIterator<StoredEvent>): Promise<{ ids: string[]; end: unknown }> {
  const ids: string[] = [];
  try {
    for (let next = await events.next(); !next.done; next = await events.next()) ids.push(next.value.metadata.eventId);
    return { ids, end: 'done' };
  } catch (error) {
    return { ids, end: error };
  }
}

describe('PostgresEventStore: cursor reads fetch ahead', function () {
  this.timeout(60_000);
  before(requirePostgres);
  const tests = schemaPerTest();

  it('reads every event once, in order, across many fetches of two rows, each asked for while the last is read', async () => {
    const store = await tests.open({ pageSize: 2 });
    const written = newEvents(9);
    await store.appendToStream('package-1', written);
    const { ids, end } = await readRest(store.readAll()[Symbol.asyncIterator]());
    expect(end).to.equal('done');
    expect(ids).to.deep.equal(idsOf(written));
  });

  it('when the store closes while a fetch is under way, hands out what that fetch brought, then refuses the rest with StoreClosedError', async () => {
    const store = await tests.open({ pageSize: 2 });
    const written = newEvents(10);
    await store.appendToStream('package-1', written);
    const events = store.readAll()[Symbol.asyncIterator]();
    const first = [await events.next(), await events.next()].map((next) => (next.value as StoredEvent).metadata.eventId);
    const third = events.next(); // the fetch fetched ahead, still under way or just arrived
    const closed = store.close();
    const { ids, end } = await third.then(async (next) => {
      const rest = await readRest(events);
      return { ids: next.done === true ? rest.ids : [next.value.metadata.eventId, ...rest.ids], end: rest.end };
    }, (error: unknown) => ({ ids: [] as string[], end: error }));
    await closed;
    expect(end).to.be.instanceOf(StoreClosedError);
    expect([...first, ...ids]).to.deep.equal(idsOf(written).slice(0, 2 + ids.length));
    expect(ids.length).to.be.below(8);
  });
});
