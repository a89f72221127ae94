import { ContainerModule } from 'inversify';
import { InMemoryCheckpointStore, InMemoryEventStore, InMemorySnapshotStore, TOKENS } from '@fairscan/event-store';

/** For tests and throwaway runs: nothing survives the process. */
export const memoryStoreModule = () =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.EventStore).toConstantValue(new InMemoryEventStore());
    bind(TOKENS.CheckpointStore).toConstantValue(new InMemoryCheckpointStore());
    bind(TOKENS.SnapshotStore).toConstantValue(new InMemorySnapshotStore());
  });
