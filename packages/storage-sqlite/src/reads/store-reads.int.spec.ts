import { expect } from 'chai';
import { collect, idsOf, newEvents } from '@fairscan/event-store/conformance';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { tempDir } from '../testing/temp-store.js';
import { allEventsSql } from './all-query.js';

const names = (events: ReadonlyArray<{ streamName: string }>): string[] => events.map((event) => event.streamName);

describe('sqlite reads', () => {
  const dir = tempDir();
  let n = 0;
  let store: SqliteEventStore;
  beforeEach(() => {
    store = SqliteEventStore.open({ path: dir.file(`reads-${++n}.db`), pageSize: 3 });
  });
  afterEach(() => store.close());
  after(() => dir.remove());

  it('matches prefixes literally: LIKE wildcards, unicode and the highest code point are plain characters', async () => {
    const streams = ['a%b', 'axb', 'a_b', 'a\\b', 'équipe-倉庫-📦', 'équipe-倉庫-📦x', '\u{10FFFF}-bin', '\u{10FFFF}'];
    for (const stream of streams) await store.appendToStream(stream, newEvents(1));
    const under = async (prefix: string): Promise<string[]> => names(await collect(store.readAll({ filter: { streamPrefixes: [prefix] } })));
    expect(await under('a%')).to.deep.equal(['a%b']);
    expect(await under('a_')).to.deep.equal(['a_b']);
    expect(await under('a\\')).to.deep.equal(['a\\b']);
    expect(await under('équipe-倉庫-📦')).to.deep.equal(['équipe-倉庫-📦', 'équipe-倉庫-📦x']);
    expect(await under('\u{10FFFF}')).to.deep.equal(['\u{10FFFF}-bin', '\u{10FFFF}']);
    expect(await collect(store.listStreams('a%'))).to.deep.equal(['a%b']);
  });

  it('reads in global order without sorting: a filtered page walks global_position', () => {
    const plan = store.database
      .prepare(`EXPLAIN QUERY PLAN ${allEventsSql(2, 1, true)}`)
      .all(0, 1e9, 'package-', 'package-', 'task-', 'task-', 'ItemStowed', 1000) as Array<{ detail: string }>;
    const details = plan.map((step) => step.detail).join(' | ');
    expect(details).to.not.match(/TEMP B-TREE/);
    expect(details).to.match(/SEARCH events USING INTEGER PRIMARY KEY/);
  });

  it('continues across pages in both directions with maxCount spanning pages', async () => {
    await store.appendToStream('package-1', newEvents(10));
    const forwards = await collect(store.readStream('package-1', { from: 2, maxCount: 7 }));
    expect(forwards.map((event) => event.streamPosition)).to.deep.equal([2, 3, 4, 5, 6, 7, 8]);
    const backwards = await collect(store.readStream('package-1', { direction: 'backwards', from: 8, maxCount: 5 }));
    expect(backwards.map((event) => event.streamPosition)).to.deep.equal([8, 7, 6, 5, 4]);
    const all = await collect(store.readAll({ after: 1, maxCount: 7 }));
    expect(all.map((event) => event.globalPosition)).to.deep.equal([2, 3, 4, 5, 6, 7, 8]);
  });

  it('lists streams across pages in name order, without soft-deleted ones', async () => {
    for (const bin of ['A-05', 'A-01', 'A-03', 'A-02', 'A-04', 'B-01']) await store.appendToStream(`location-s1-${bin}`, newEvents(2));
    await store.deleteStream('location-s1-A-02', { hard: false });
    expect(await collect(store.listStreams('location-s1-A'))).to.deep.equal([
      'location-s1-A-01',
      'location-s1-A-03',
      'location-s1-A-04',
      'location-s1-A-05',
    ]);
  });

  it('finishes a read that has returned its last event even if the store closes before the final next()', async () => {
    await store.appendToStream('package-4', newEvents(2));
    const reading = store.readStream('package-4')[Symbol.asyncIterator]();
    expect((await reading.next()).done).to.equal(false);
    expect((await reading.next()).done).to.equal(false);
    await store.close();
    expect((await reading.next()).done).to.equal(true);
  });

  it('keeps the connection free between pages: appends commit while a read is half-way', async () => {
    const first = newEvents(9);
    await store.appendToStream('package-2', first);
    const reading = store.readAll()[Symbol.asyncIterator]();
    await reading.next();
    const later = newEvents(1);
    await store.appendToStream('package-3', later);
    const rest = [];
    for (let step = await reading.next(); step.done !== true; step = await reading.next()) rest.push(step.value);
    expect(idsOf(rest)).to.deep.equal([...idsOf(first.slice(1)), ...idsOf(later)]);
  });
});
