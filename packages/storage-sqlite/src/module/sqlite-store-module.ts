import { ContainerModule, type ResolutionContext } from 'inversify';
import { type CheckpointStore, type EventStore, type SnapshotStore, TOKENS } from '@fairscan/event-store';
import { SqliteEventStore, type SqliteEventStoreOptions } from '../sqlite-event-store.js';
import { SqliteCheckpointStore } from '../checkpoints/sqlite-checkpoint-store.js';
import { SqliteSnapshotStore } from '../checkpoints/sqlite-snapshot-store.js';

/**
 * Binds the EventStore, the CheckpointStore and the SnapshotStore to one SQLite file and one
 * connection, opened on first use. The clock is `options.clock`, else the
 * container's `TOKENS.Clock`, else the system clock.
 */
export function sqliteStoreModule(options: SqliteEventStoreOptions): ContainerModule {
  let store: SqliteEventStore | undefined;
  const clockOf = (context: ResolutionContext): (() => Date) | undefined =>
    options.clock ?? context.get<() => Date>(TOKENS.Clock, { optional: true });
  const openOnce = (context: ResolutionContext): SqliteEventStore => {
    store ??= SqliteEventStore.open({ ...options, clock: clockOf(context) });
    return store;
  };
  return new ContainerModule(({ bind }) => {
    bind<EventStore>(TOKENS.EventStore).toDynamicValue(openOnce).inSingletonScope();
    bind<CheckpointStore>(TOKENS.CheckpointStore)
      .toDynamicValue((context) => new SqliteCheckpointStore(openOnce(context).database, { clock: clockOf(context) }))
      .inSingletonScope();
    bind<SnapshotStore>(TOKENS.SnapshotStore)
      .toDynamicValue((context) => new SqliteSnapshotStore(openOnce(context).database, clockOf(context)))
      .inSingletonScope();
  });
}
