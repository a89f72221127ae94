import { expect } from 'chai';
import { runKeyVaultConformance } from '../conformance/index.js';
import { InMemoryKeyVault } from './in-memory-key-vault.js';
import { VaultClosedError } from './key-vault.js';

runKeyVaultConformance('InMemoryKeyVault', async () => new InMemoryKeyVault());

describe('InMemoryKeyVault', () => {
  it('refuses every call once closed, so a stale reference cannot mint keys', async () => {
    const vault = new InMemoryKeyVault();
    await vault.close();
    const calls = [
      () => vault.createKey('sub_a'),
      () => vault.getKey('sub_a'),
      () => vault.destroyKey('sub_a'),
      () => vault.importKeys([]),
      async () => {
        for await (const _ of vault.exportKeys()) expect.fail('a closed vault exported a record');
      },
    ];
    for (const call of calls) {
      let error: unknown;
      await call().catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(VaultClosedError);
    }
  });
});
