import { expect } from 'chai';
import { type CheckpointStore } from '../port/checkpoint-store.js';

export interface CheckpointStoreConformanceOptions {
  /** Opens the same storage again (after `teardown`-free close): checks that checkpoints are durable. */
  readonly reopen?: (previous: CheckpointStore) => Promise<CheckpointStore>;
  readonly teardown?: (store: CheckpointStore) => Promise<void>;
}

/** The behaviour every CheckpointStore must have (in-memory, SQLite, ...). */
export function runCheckpointStoreConformance(
  name: string,
  factory: () => Promise<CheckpointStore>,
  options: CheckpointStoreConformanceOptions = {},
): void {
  describe(`CheckpointStore conformance: ${name}`, () => {
    let store: CheckpointStore | undefined;
    const current = (): CheckpointStore => store as CheckpointStore;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      if (store !== undefined) await options.teardown?.(store);
      store = undefined;
    });

    it('loads undefined for a projection that never saved', async () => {
      expect(await current().load('station-flow')).to.equal(undefined);
    });

    it('loads what was saved last, including 0 and a lower position after a rebuild', async () => {
      for (const position of [1, 250, 9_007_199_254_740_991, 0, 42]) {
        await current().save('station-flow', position);
        expect(await current().load('station-flow')).to.equal(position);
      }
    });

    it('keeps projections apart, whatever their names', async () => {
      const names = ['break-compliance', 'break-compliance-v2', 'équipe-倉庫-📦', 'a', 'a '];
      await Promise.all(names.map((projection, i) => current().save(projection, i + 10)));
      for (const [i, projection] of names.entries()) expect(await current().load(projection), projection).to.equal(i + 10);
      expect(await current().load('break')).to.equal(undefined);
    });

    it('keeps the last of many quick saves', async () => {
      for (let position = 1; position <= 500; position++) await current().save('package-flow', position);
      expect(await current().load('package-flow')).to.equal(500);
    });

    if (options.reopen !== undefined) {
      const reopen = options.reopen;
      it('keeps checkpoints across a reopen', async () => {
        await current().save('station-flow', 1234);
        await current().save('team-aggregates', 0);
        store = await reopen(current());
        expect(await current().load('station-flow')).to.equal(1234);
        expect(await current().load('team-aggregates')).to.equal(0);
      });
    }
  });
}
