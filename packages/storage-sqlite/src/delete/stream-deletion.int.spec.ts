import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import { collect, idsOf, newEvent, newEvents } from '@fairscan/event-store/conformance';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { tempDir } from '../testing/temp-store.js';

/** Whether any of the store's files holds `marker` as bytes (UTF-8), whatever SQLite thinks is live. */
function onDisk(path: string, marker: string): boolean {
  const needle = Buffer.from(marker, 'utf8');
  return [path, `${path}-wal`].some((file) => existsSync(file) && readFileSync(file).includes(needle));
}

const rowCount = (store: SqliteEventStore, stream: string): number =>
  store.database.prepare('SELECT COUNT(*) FROM events WHERE stream_name = ?').pluck().get(stream) as number;

describe('sqlite deletion and compaction', () => {
  const dir = tempDir();
  let n = 0;
  let path: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    path = dir.file(`delete-${++n}.db`);
    store = SqliteEventStore.open({ path });
  });
  afterEach(() => store.close());
  after(() => dir.remove());

  for (const hard of [true, false]) {
    it(`leaves no byte of a ${hard ? 'hard' : 'soft'}-deleted event in the .db or .db-wal file after compact()`, async () => {
      const marker = `erase-me-${randomUUID()}`;
      const attribution = `attribution-s1-2024-05-01`;
      await store.appendToStream(attribution, [newEvent('ScanAttributed', { operator: `op_${marker}`, scanId: 'scan-17' })]);
      await store.appendToStream('package-00340123450000000017', newEvents(50, 'ItemStowed'));
      store.database.pragma('wal_checkpoint(PASSIVE)');
      expect(onDisk(path, marker), 'the marker was written').to.equal(true);
      await store.deleteStream(attribution, { hard });
      await store.compact();
      expect(onDisk(path, marker), 'the marker survived compaction').to.equal(false);
      expect(await collect(store.readStream('package-00340123450000000017'))).to.have.length(50);
    });
  }

  it('keeps soft-deleted rows hidden until compaction, then removes them', async () => {
    await store.appendToStream('shift-s1-2024-05-01-op_1', newEvents(3));
    await store.deleteStream('shift-s1-2024-05-01-op_1', { hard: false });
    expect(rowCount(store, 'shift-s1-2024-05-01-op_1'), 'rows still stored').to.equal(3);
    expect(await collect(store.readAll())).to.deep.equal([]);
    await store.compact();
    expect(rowCount(store, 'shift-s1-2024-05-01-op_1')).to.equal(0);
  });

  it('recreates a soft-deleted stream from position 0, and forgets its event ids', async () => {
    const gone = newEvents(2);
    await store.appendToStream('task-s1-9', gone);
    await store.deleteStream('task-s1-9', { hard: false });
    const result = await store.appendToStream('task-s1-9', gone, { expectedVersion: 'no_stream' });
    expect(result).to.include({ duplicate: false, nextExpectedVersion: 1 });
    expect(idsOf(await collect(store.readStream('task-s1-9')))).to.deep.equal(idsOf(gone));
    expect(rowCount(store, 'task-s1-9')).to.equal(2);
  });

  it('runs a delete after the appends called before it, even if they were still queued', async () => {
    const queued = store.appendToStream('task-s1-10', newEvents(2));
    await store.deleteStream('task-s1-10');
    await queued;
    expect(await store.streamVersion('task-s1-10')).to.equal(-1);
    expect(rowCount(store, 'task-s1-10')).to.equal(0);
  });
});
