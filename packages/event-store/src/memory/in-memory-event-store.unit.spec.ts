import { expect } from 'chai';
import { InMemoryEventStore } from './in-memory-event-store.js';
import { collect, newEvent } from '../conformance/fixtures.js';

describe('InMemoryEventStore', () => {
  it('given an appended event, when the caller later mutates its object, then the stored event is unchanged', async () => {
    const store = new InMemoryEventStore();
    const data = { bin: 'A-01-03', codes: ['4006381333931'] };
    await store.appendToStream('location-lille1-A-01-03', [newEvent('StockAdded', data)]);
    data.codes.push('changed');
    data.bin = 'B-02';
    const [stored] = await collect(store.readStream('location-lille1-A-01-03'));
    expect(stored?.data).to.deep.equal({ bin: 'A-01-03', codes: ['4006381333931'] });
  });

  it('given a read event, when a reader tries to mutate it, then it throws and other readers see the original', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('package-1', [newEvent('ItemStowed', { readPoint: 'stow-03' })]);
    const [first] = await collect(store.readAll());
    expect(() => {
      (first!.data as { readPoint: string }).readPoint = 'stow-99';
    }).to.throw(TypeError);
    const [again] = await collect(store.readAll());
    expect(again?.data).to.deep.equal({ readPoint: 'stow-03' });
  });

  it('given a clock, when recordedAt is absent, then the store stamps the clock time', async () => {
    const store = new InMemoryEventStore({ clock: () => new Date('2024-03-01T08:00:00.000Z') });
    await store.appendToStream('package-1', [newEvent('ItemStowed', {})]);
    const [stored] = await collect(store.readStream('package-1'));
    expect(stored?.metadata.recordedAt).to.equal('2024-03-01T08:00:00.000Z');
  });
});
