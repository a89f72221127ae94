import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Container, type ContainerModule } from 'inversify';
import { sqliteStoreModule } from '@fairscan/storage-sqlite';
import { TOKENS, type CommandHandler, type EventStore, type SnapshotStore } from '@fairscan/event-store';
import { type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { type FairscanConfig, type StoreKind } from '../config/fairscan-config.js';
import { coreModule } from './core-module.js';
import { memoryStoreModule } from './memory-store-module.js';
import { keyVaultModules } from './key-vault-modules.js';
import { loadStoreAdapter, serverAdapter } from './server-adapters.js';

/** The one place that knows every adapter: config picks the storage module (server stores: server-adapters.ts). */
const embeddedModules: Partial<Record<StoreKind, (config: FairscanConfig) => ContainerModule>> = {
  sqlite: (config) => {
    const path = config.store.path ?? '.fairscan/fairscan.db';
    mkdirSync(dirname(path), { recursive: true });
    return sqliteStoreModule({ path, synchronous: config.store.synchronous ?? 'FULL' });
  },
  memory: () => memoryStoreModule(),
};

function storageModules(config: FairscanConfig): ContainerModule[] {
  const kind = config.store.kind;
  const server = serverAdapter(kind);
  if (server !== undefined) return [server.store(config), server.keyVault()];
  return [(embeddedModules[kind] as (config: FairscanConfig) => ContainerModule)(config), (keyVaultModules[kind] as () => ContainerModule)()];
}

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

/** Opens fairscan on any configured store, importing a server store's adapter first. */
export async function openFairscan(config: FairscanConfig, clock?: () => Date): Promise<Fairscan> {
  await loadStoreAdapter(config.store.kind);
  return buildFairscan(config, clock);
}

/** Synchronous, for the embedded stores (SQLite, memory) or once `openFairscan` has loaded a server store's adapter. */
export function buildFairscan(config: FairscanConfig, clock?: () => Date): Fairscan {
  const container = new Container({ defaultScope: 'Singleton' });
  container.load(coreModule(config, clock), ...storageModules(config));
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
