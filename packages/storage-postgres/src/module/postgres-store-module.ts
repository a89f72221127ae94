import { ContainerModule, type ResolutionContext } from 'inversify';
import { type CheckpointStore, type EventStore, type SnapshotStore, TOKENS } from '@fairscan/event-store';
import { type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { PostgresEventStore, type PostgresEventStoreOptions } from '../postgres-event-store.js';
import { PostgresCheckpointStore } from '../checkpoints/postgres-checkpoint-store.js';
import { PostgresSnapshotStore } from '../checkpoints/postgres-snapshot-store.js';
import { PostgresKeyVault } from '../key-vault/postgres-key-vault.js';

const clockOf = (options: PostgresEventStoreOptions, context: ResolutionContext): (() => Date) | undefined =>
  options.clock ?? context.get<() => Date>(TOKENS.Clock, { optional: true });

/**
 * Binds the EventStore, the CheckpointStore and the SnapshotStore to one PostgreSQL schema and
 * one pool, connected on first use (the first operation fails, saying to run
 * `fairscan store migrate`, if the schema is behind). The clock is
 * `options.clock`, else the container's `TOKENS.Clock`, else the system clock.
 */
export function postgresStoreModule(options: PostgresEventStoreOptions): ContainerModule {
  let store: PostgresEventStore | undefined;
  const connectOnce = (context: ResolutionContext): PostgresEventStore => {
    store ??= PostgresEventStore.connect({ ...options, clock: clockOf(options, context) });
    return store;
  };
  return new ContainerModule(({ bind }) => {
    bind<EventStore>(TOKENS.EventStore).toDynamicValue(connectOnce).inSingletonScope();
    bind<CheckpointStore>(TOKENS.CheckpointStore)
      .toDynamicValue((context) => {
        const owner = connectOnce(context);
        return new PostgresCheckpointStore(owner.pool, { clock: clockOf(options, context), isClosed: () => owner.isClosed });
      })
      .inSingletonScope();
    bind<SnapshotStore>(TOKENS.SnapshotStore)
      .toDynamicValue((context) => {
        const owner = connectOnce(context);
        return new PostgresSnapshotStore(owner.pool, { clock: clockOf(options, context), isClosed: () => owner.isClosed });
      })
      .inSingletonScope();
  });
}

/** Binds the key vault to the `subject_keys` table of the bound PostgresEventStore's schema. Load after `postgresStoreModule`. */
export function postgresKeyVaultModule(): ContainerModule {
  const vaultOf = (context: ResolutionContext): KeyVault => {
    const store = context.get<EventStore>(TOKENS.EventStore);
    if (!(store instanceof PostgresEventStore)) throw new TypeError('postgresKeyVaultModule: the bound EventStore is not a PostgresEventStore');
    const clock = context.get<() => Date>(TOKENS.Clock, { optional: true });
    return new PostgresKeyVault(store.pool, { clock, isClosed: () => store.isClosed });
  };
  return new ContainerModule(({ bind }) => {
    bind<KeyVault>(PRIVACY_TOKENS.KeyVault).toDynamicValue(vaultOf).inSingletonScope();
  });
}
