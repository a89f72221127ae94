import { type ContainerModule } from 'inversify';
import { type FairscanConfig, type StoreKind } from '../config/fairscan-config.js';

/** What a store kind contributes to the container: its event store (+ checkpoints, snapshots) and its key vault. */
export interface StoreAdapter {
  store(config: FairscanConfig): ContainerModule;
  keyVault(): ContainerModule;
}

/**
 * The server stores, imported only when a config names them: their drivers
 * (pg, gRPC and the EventStoreDB client) cost tens of MB and a second of start
 * that an embedded SQLite site never needs.
 */
const importers: Partial<Record<StoreKind, () => Promise<StoreAdapter>>> = {
  postgres: async () => {
    const { postgresKeyVaultModule, postgresStoreModule } = await import('@fairscan/storage-postgres');
    return { store: (config) => postgresStoreModule({ url: config.store.url as string }), keyVault: () => postgresKeyVaultModule() };
  },
  eventstoredb: async () => {
    const { eventStoreDbKeyVaultModule, eventStoreDbModule } = await import('@fairscan/storage-eventstoredb');
    return { store: (config) => eventStoreDbModule({ connectionString: config.store.url as string }), keyVault: () => eventStoreDbKeyVaultModule() };
  },
};

const loaded = new Map<StoreKind, StoreAdapter>();

/** Imports the adapter of a server store kind once; embedded kinds need nothing. */
export async function loadStoreAdapter(kind: StoreKind): Promise<void> {
  const importer = importers[kind];
  if (importer !== undefined && !loaded.has(kind)) loaded.set(kind, await importer());
}

/** The adapter of a server store kind, once `loadStoreAdapter` has imported it. */
export function serverAdapter(kind: StoreKind): StoreAdapter | undefined {
  if (importers[kind] === undefined) return undefined;
  const adapter = loaded.get(kind);
  if (adapter === undefined) throw new Error(`store kind "${kind}": open it with openFairscan(config), which loads its adapter first`);
  return adapter;
}
