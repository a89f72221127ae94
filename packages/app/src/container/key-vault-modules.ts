import { ContainerModule } from 'inversify';
import { InMemoryKeyVault, type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { sqliteKeyVaultModule } from '@fairscan/storage-sqlite';
import { postgresKeyVaultModule } from '@fairscan/storage-postgres';
import { eventStoreDbKeyVaultModule } from '@fairscan/storage-eventstoredb';
import { type StoreKind } from '../config/fairscan-config.js';

/**
 * Where subject keys live, by store kind: in the SQLite store's own file or
 * the PostgreSQL store's schema (table `subject_keys`), or in memory next to a memory store. A memory
 * vault forgets every key when the process ends: everything reads `[erased]`.
 */
export const keyVaultModules: Record<StoreKind, () => ContainerModule> = {
  sqlite: () => sqliteKeyVaultModule(),
  postgres: () => postgresKeyVaultModule(),
  eventstoredb: () => eventStoreDbKeyVaultModule(),
  memory: () =>
    new ContainerModule(({ bind }) => {
      bind<KeyVault>(PRIVACY_TOKENS.KeyVault).toConstantValue(new InMemoryKeyVault());
    }),
};
