import { expect } from 'chai';
import { InMemoryKeyVault, KeyConflictError, type KeyVault } from '@fairscan/privacy';
import { keyCopyReport } from '../cli/commands/store-copy-keys.js';
import { copyKeys } from './copy-keys.js';

const hex = (key: Uint8Array | undefined): string | undefined => (key === undefined ? undefined : Buffer.from(key).toString('hex'));

/** A vault like EventStoreDB's today: the port's required methods only. */
function withoutTransfer(vault: InMemoryKeyVault): KeyVault {
  return {
    createKey: (id) => vault.createKey(id),
    getKey: (id) => vault.getKey(id),
    destroyKey: (id) => vault.destroyKey(id),
    isDestroyed: (id) => vault.isDestroyed(id),
    close: () => vault.close(),
  };
}

describe('copyKeys (store copy, the key vault)', () => {
  it('moves keys and tombstones in batches, and a second run changes nothing', async () => {
    const [source, target] = [new InMemoryKeyVault(), new InMemoryKeyVault()];
    for (let i = 0; i < 7; i++) await source.createKey(`sub_${i}`);
    await source.destroyKey('sub_3');
    await target.createKey('sub_3');
    const first = await copyKeys(source, target, { batchSize: 3 });
    expect(first).to.deep.equal({ status: 'copied', keys: 6, tombstones: 1, shredded: 1, skipped: 0 });
    expect(hex(await target.getKey('sub_6'))).to.equal(hex(await source.getKey('sub_6')));
    expect(await target.isDestroyed('sub_3'), 'the erasure in the source wins').to.equal(true);
    expect(await copyKeys(source, target, { batchSize: 3 })).to.deep.equal({ status: 'copied', keys: 0, tombstones: 0, shredded: 0, skipped: 7 });
  });

  it('stops at a subject keyed differently in the target, naming it', async () => {
    const [source, target] = [new InMemoryKeyVault(), new InMemoryKeyVault()];
    await source.createKey('pepper:lille-1');
    await target.createKey('pepper:lille-1');
    const error = await copyKeys(source, target).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(KeyConflictError);
    expect((error as Error).message).to.contain('"pepper:lille-1"');
  });

  it('says which side cannot move keys, and copies nothing', async () => {
    const [source, target] = [new InMemoryKeyVault(), new InMemoryKeyVault()];
    await source.createKey('sub_a');
    expect(await copyKeys(withoutTransfer(source), target)).to.deep.equal({ status: 'unsupported', side: 'source' });
    expect(await copyKeys(source, withoutTransfer(target))).to.deep.equal({ status: 'unsupported', side: 'target' });
    expect(await target.getKey('sub_a')).to.equal(undefined);
  });
});

describe('keyCopyReport', () => {
  const ends = { from: 'esdb://db.example:2113/', to: 'postgres://fairscan@db.example/warehouse' };

  it('warns, naming the store whose vault cannot take part and what stays behind', () => {
    const report = keyCopyReport({ status: 'unsupported', side: 'source' }, ends);
    expect(report.line).to.equal(undefined);
    expect(report.warning).to.match(/^warning: per-subject keys and erasure tombstones NOT copied: the key vault of esdb:\/\/db\.example:2113\/ cannot export keys/);
    expect(report.warning).to.contain('identity fields encrypted in the source cannot be read');
    expect(keyCopyReport({ status: 'unsupported', side: 'target' }, ends).warning).to.contain(`the key vault of ${ends.to} cannot import keys`);
  });

  it('counts keys, tombstones, unchanged records and keys destroyed in the target', () => {
    expect(keyCopyReport({ status: 'copied', keys: 40, tombstones: 2, shredded: 0, skipped: 0 }, ends)).to.deep.equal({
      line: 'key vault: 40 keys and 2 tombstones of erased subjects copied',
    });
    expect(keyCopyReport({ status: 'copied', keys: 0, tombstones: 1, shredded: 1, skipped: 41 }, ends).line).to.equal(
      'key vault: 0 keys and 1 tombstone of erased subjects copied, 41 unchanged (already in the target, or erased there); 1 key the target held destroyed (erased in the source)',
    );
  });
});
