import { ContainerModule } from 'inversify';
import { InMemoryKeyVault, type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { sqliteKeyVaultModule } from '@fairscan/storage-sqlite';
import { type StoreKind } from '../config/fairscan-config.js';

/**
 * Where subject keys live for the embedded stores: in the SQLite store's own
 * file, or in memory next to a memory store (server stores bring their own,
 * see server-adapters.ts). A memory vault forgets every key when the process
 * ends: everything reads `[erased]`.
 */
export const keyVaultModules: Partial<Record<StoreKind, () => ContainerModule>> = {
  sqlite: () => sqliteKeyVaultModule(),
  memory: () =>
    new ContainerModule(({ bind }) => {
      bind<KeyVault>(PRIVACY_TOKENS.KeyVault).toConstantValue(new InMemoryKeyVault());
    }),
};
