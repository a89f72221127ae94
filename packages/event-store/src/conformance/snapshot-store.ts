import { expect } from 'chai';
import { type SnapshotStore } from '../port/snapshot-store.js';

export interface SnapshotStoreConformanceOptions {
  /** Opens the same storage again: checks that snapshots and generations are durable. */
  readonly reopen?: (previous: SnapshotStore) => Promise<SnapshotStore>;
  readonly teardown?: (store: SnapshotStore) => Promise<void>;
}

/** The behaviour every SnapshotStore must have (in-memory, SQLite, PostgreSQL, …): what `fairscan serve` resumes from. */
export function runSnapshotStoreConformance(name: string, factory: () => Promise<SnapshotStore>, options: SnapshotStoreConformanceOptions = {}): void {
  describe(`SnapshotStore conformance: ${name}`, () => {
    let store: SnapshotStore | undefined;
    const current = (): SnapshotStore => store as SnapshotStore;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      if (store !== undefined) await options.teardown?.(store);
      store = undefined;
    });

    it('loads undefined for a snapshot never saved, and no generation before an activation', async () => {
      expect(await current().load('stationThroughput@1')).to.equal(undefined);
      expect(await current().activeGeneration('stationThroughput')).to.equal(undefined);
    });

    it('loads position and state as saved last, as one pair, with when it was saved', async () => {
      await current().save('stockByBin@1', 10, '{"bins":1}');
      await current().save('stockByBin@1', 9_007_199_254_740_991, '{"bins":"𝔘 – ünïcode 📦"}');
      const loaded = await current().load('stockByBin@1');
      expect(loaded).to.include({ position: 9_007_199_254_740_991, state: '{"bins":"𝔘 – ünïcode 📦"}' });
      expect(Number.isNaN(Date.parse(loaded?.savedAt ?? ''))).to.equal(false);
    });

    it('keeps a large state whole (a task board of a busy day)', async () => {
      const state = JSON.stringify({ tasks: Array.from({ length: 20_000 }, (_, i) => ({ id: `T-${i}`, status: 'open' })) });
      await current().save('taskBoard@3', 123, state);
      expect((await current().load('taskBoard@3'))?.state).to.equal(state);
    });

    it('keeps generations apart, removes one, and activates the latest asked for', async () => {
      await current().save('backlog@1', 5, 'old');
      await current().save('backlog@2', 7, 'new');
      await current().activate('backlog', 1);
      await current().activate('backlog', 2);
      await current().remove('backlog@1');
      expect(await current().load('backlog@1')).to.equal(undefined);
      expect(await current().load('backlog@2')).to.include({ position: 7, state: 'new' });
      expect(await current().activeGeneration('backlog')).to.equal(2);
      expect(await current().activeGeneration('backlog@2'), 'a projection name, not a snapshot name').to.equal(undefined);
    });

    it('refuses a position that is not a globalPosition, naming the snapshot', async () => {
      let error: unknown;
      await current().save('backlog@1', -1, '{}').catch((caught: unknown) => (error = caught));
      expect(String(error)).to.include('snapshot "backlog@1": position -1');
    });

    if (options.reopen !== undefined) {
      const reopen = options.reopen;
      it('keeps snapshots and the active generation across a reopen', async () => {
        await current().save('stationThroughput@4', 42, '{"a":2}');
        await current().activate('stationThroughput', 4);
        store = await reopen(current());
        expect(await current().load('stationThroughput@4')).to.include({ position: 42, state: '{"a":2}' });
        expect(await current().activeGeneration('stationThroughput')).to.equal(4);
      });
    }
  });
}
