import { expect } from 'chai';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { tempDir } from '../testing/temp-store.js';
import { SqliteSnapshotStore } from './sqlite-snapshot-store.js';

describe('SqliteSnapshotStore', () => {
  const dir = tempDir();
  after(() => dir.remove());

  it('keeps position, state and the active generation across a reopen of the file', async () => {
    const path = dir.file('snapshots.db');
    const first = SqliteEventStore.open({ path });
    const snapshots = new SqliteSnapshotStore(first.database, () => new Date('2026-03-02T08:00:00Z'));
    await snapshots.save('stationThroughput@1', 41, '{"a":1}');
    await snapshots.save('stationThroughput@1', 42, '{"a":2}');
    await snapshots.activate('stationThroughput', 1);
    await first.close();

    const second = SqliteEventStore.open({ path });
    const reopened = new SqliteSnapshotStore(second.database);
    expect(await reopened.load('stationThroughput@1')).to.eql({ position: 42, state: '{"a":2}', savedAt: '2026-03-02T08:00:00.000Z' });
    expect(await reopened.activeGeneration('stationThroughput')).to.equal(1);
    expect(await reopened.activeGeneration('stockByBin')).to.equal(undefined);
    await reopened.remove('stationThroughput@1');
    expect(await reopened.load('stationThroughput@1')).to.equal(undefined);
    await second.close();
  });

  it('refuses a position that is not a globalPosition, naming the snapshot', async () => {
    const store = SqliteEventStore.open({ path: dir.file('bad.db') });
    try {
      const snapshots = new SqliteSnapshotStore(store.database);
      let error: unknown;
      await snapshots.save('backlog@1', -1, '{}').catch((caught: unknown) => (error = caught));
      expect(String(error)).to.include('snapshot "backlog@1": position -1');
    } finally {
      await store.close();
    }
  });
});
