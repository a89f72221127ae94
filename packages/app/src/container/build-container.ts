import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Container, type ContainerModule } from 'inversify';
import { sqliteStoreModule } from '@fairscan/storage-sqlite';
import { postgresStoreModule } from '@fairscan/storage-postgres';
import { eventStoreDbModule } from '@fairscan/storage-eventstoredb';
import { TOKENS, type CommandHandler, type EventStore, type SnapshotStore } from '@fairscan/event-store';
import { type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { type FairscanConfig, type StoreKind } from '../config/fairscan-config.js';
import { coreModule } from './core-module.js';
import { memoryStoreModule } from './memory-store-module.js';
import { keyVaultModules } from './key-vault-modules.js';

/** The one place that knows every adapter: config picks the storage module. */
const storageModules: Record<StoreKind, (config: FairscanConfig) => ContainerModule> = {
  sqlite: (config) => {
    const path = config.store.path ?? '.fairscan/fairscan.db';
    mkdirSync(dirname(path), { recursive: true });
    return sqliteStoreModule({ path, synchronous: config.store.synchronous ?? 'FULL' });
  },
  memory: () => memoryStoreModule(),
  postgres: (config) => postgresStoreModule({ url: config.store.url as string }),
  eventstoredb: (config) => eventStoreDbModule({ connectionString: config.store.url as string }),
};

export interface Fairscan {
  readonly config: FairscanConfig;
  readonly container: Container;
  readonly store: EventStore;
  readonly handler: CommandHandler;
  /** Per-subject keys (crypto-shredding); in the store's own file (SQLite) or schema (PostgreSQL). */
  readonly vault: KeyVault;
  /** Where async projections keep state + checkpoint (`fairscan serve`, `projections`). */
  snapshots(): SnapshotStore;
  close(): Promise<void>;
}

export function buildFairscan(config: FairscanConfig, clock?: () => Date): Fairscan {
  const container = new Container({ defaultScope: 'Singleton' });
  container.load(coreModule(config, clock), storageModules[config.store.kind](config), keyVaultModules[config.store.kind]());
  const store = container.get<EventStore>(TOKENS.EventStore);
  const handler = container.get<CommandHandler>(TOKENS.CommandHandler);
  const vault = container.get<KeyVault>(PRIVACY_TOKENS.KeyVault);
  const close = async (): Promise<void> => {
    await vault.close();
    await store.close();
  };
  const snapshots = (): SnapshotStore => container.get<SnapshotStore>(TOKENS.SnapshotStore);
  return { config, container, store, handler, vault, snapshots, close };
}
