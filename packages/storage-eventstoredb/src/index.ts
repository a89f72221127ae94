export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb-event-store.js';
export { EventStoreDbCheckpointStore } from './checkpoints/eventstoredb-checkpoint-store.js';
export { EventStoreDbKeyVault } from './key-vault/eventstoredb-key-vault.js';
export { eventStoreDbKeyVaultModule, eventStoreDbModule } from './module/eventstoredb-store-module.js';
export { globalPositionOf, startAfter } from './positions.js';
