import { type KeyVault } from '../vault/key-vault.js';
import {
  concurrencySpecs,
  destroySpecs,
  durabilitySpecs,
  keyLifecycleSpecs,
  type KeyVaultConformanceOptions,
} from './key-vault-specs.js';
import { keyTransferSpecs, noKeyTransferSpecs } from './key-transfer-specs.js';

export { type KeyVaultConformanceOptions } from './key-vault-specs.js';

/**
 * Registers the KeyVault conformance suite (mocha globals). Every vault runs
 * this same code through its factory, so vaults cannot drift apart; `factory`
 * returns a fresh vault per test (the copy specs open a second one, the
 * target, and give it to `teardown`).
 */
export function runKeyVaultConformance(
  name: string,
  factory: () => Promise<KeyVault>,
  options: KeyVaultConformanceOptions = {},
): void {
  const teardown = options.teardown ?? ((vault: KeyVault) => vault.close());
  const holder = {} as { vault: KeyVault };
  describe(`KeyVault conformance: ${name}`, () => {
    beforeEach(async () => {
      holder.vault = await factory();
    });
    afterEach(async () => {
      await teardown(holder.vault);
    });
    keyLifecycleSpecs(holder);
    destroySpecs(holder);
    concurrencySpecs(holder, options.concurrentCreates ?? 25);
    if (options.reopen !== undefined) durabilitySpecs(holder, options.reopen);
    if (options.keyTransfer === false) noKeyTransferSpecs(holder);
    else keyTransferSpecs(holder, { open: factory, dispose: teardown });
  });
}
