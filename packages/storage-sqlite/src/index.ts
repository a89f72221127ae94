export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store.js';
export { SqliteCheckpointStore, type SqliteCheckpointStoreOptions } from './checkpoints/sqlite-checkpoint-store.js';
export { SqliteSnapshotStore } from './checkpoints/sqlite-snapshot-store.js';
export { sqliteStoreModule } from './module/sqlite-store-module.js';
export { openDatabase, type ConnectionOptions, type Synchronous } from './schema/connection.js';
export { migrate, migrations, type Migration } from './schema/migrations.js';
export { INSERT_EVENT_SQL, eventRow, storedEvent, type EventRow } from './schema/event-row.js';
export { SqliteKeyVault, type SqliteKeyVaultOptions, sqliteKeyVaultModule } from './key-vault/index.js';
