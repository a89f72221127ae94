import { ContainerModule, type ResolutionContext } from 'inversify';
import { type CheckpointStore, type EventStore, TOKENS } from '@fairscan/event-store';
import { type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from '../eventstoredb-event-store.js';
import { EventStoreDbCheckpointStore } from '../checkpoints/eventstoredb-checkpoint-store.js';
import { EventStoreDbKeyVault } from '../key-vault/eventstoredb-key-vault.js';

/**
 * Binds the EventStore and the CheckpointStore to one
 * EventStoreDB connection (a node or a cluster), opened on first use. The
 * clock is `options.clock`, else the container's `TOKENS.Clock`.
 */
export function eventStoreDbModule(options: EventStoreDbEventStoreOptions): ContainerModule {
  let store: EventStoreDbEventStore | undefined;
  const openOnce = (context: ResolutionContext): EventStoreDbEventStore => {
    store ??= EventStoreDbEventStore.open({ ...options, clock: options.clock ?? context.get<() => Date>(TOKENS.Clock, { optional: true }) });
    return store;
  };
  return new ContainerModule(({ bind }) => {
    bind<EventStore>(TOKENS.EventStore).toDynamicValue(openOnce).inSingletonScope();
    bind<CheckpointStore>(TOKENS.CheckpointStore)
      .toDynamicValue((context) => new EventStoreDbCheckpointStore(openOnce(context).client))
      .inSingletonScope();
  });
}

/** Subject keys on the same connection as the bound EventStoreDbEventStore (`$fairscan-key-*` streams). */
export function eventStoreDbKeyVaultModule(): ContainerModule {
  const vaultOf = (context: ResolutionContext): KeyVault => {
    const store = context.get<EventStore>(TOKENS.EventStore);
    if (!(store instanceof EventStoreDbEventStore)) throw new TypeError('eventStoreDbKeyVaultModule: the bound EventStore is not an EventStoreDbEventStore');
    return new EventStoreDbKeyVault(store.client);
  };
  return new ContainerModule(({ bind }) => {
    bind<KeyVault>(PRIVACY_TOKENS.KeyVault).toDynamicValue(vaultOf).inSingletonScope();
  });
}
