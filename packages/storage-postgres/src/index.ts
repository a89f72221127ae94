export { DEFAULT_PAGE_SIZE, PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store.js';
export { PostgresCheckpointStore, type PostgresCheckpointStoreOptions } from './checkpoints/postgres-checkpoint-store.js';
export { PostgresKeyVault, type PostgresKeyVaultOptions } from './key-vault/postgres-key-vault.js';
export { postgresStoreModule, postgresKeyVaultModule } from './module/postgres-store-module.js';
export { type PostgresConnectionOptions, type PostgresLocation, displayUrl, locate, openPool } from './schema/connection.js';
export { migrate, migrations, assertMigrated, SchemaVersionError, type Migration } from './schema/migrations.js';
export { inWriteTransaction } from './schema/write-transaction.js';
export { migrateDatabase } from './schema/migrate-url.js';
export { PostgresSnapshotStore, type PostgresSnapshotStoreOptions } from './checkpoints/postgres-snapshot-store.js';
