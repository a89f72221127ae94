import { type EventStore } from '@fairscan/event-store';
import { runCheckpointStoreConformance, runEventStoreConformance } from '@fairscan/event-store/conformance';
import { SqliteEventStore } from './sqlite-event-store.js';
import { SqliteCheckpointStore } from './checkpoints/sqlite-checkpoint-store.js';
import { tempDir } from './testing/temp-store.js';

/** One file per test, removed with its WAL after the test. */
const files = new Map<EventStore | SqliteCheckpointStore, () => void>();

async function freshStore(): Promise<EventStore> {
  const dir = tempDir();
  const store = SqliteEventStore.open({ path: dir.file('events.db'), pollIntervalMs: 50 });
  files.set(store, dir.remove);
  return store;
}

async function removeStore(store: EventStore): Promise<void> {
  await store.close();
  files.get(store)?.();
  files.delete(store);
}

runEventStoreConformance('sqlite (one temp file per test)', freshStore, { teardown: removeStore });

const checkpointPaths = new Map<SqliteCheckpointStore, string>();

runCheckpointStoreConformance(
  'sqlite',
  async () => {
    const dir = tempDir();
    const store = SqliteCheckpointStore.open({ path: dir.file('checkpoints.db') });
    files.set(store, dir.remove);
    checkpointPaths.set(store, dir.file('checkpoints.db'));
    return store;
  },
  {
    reopen: async (previous) => {
      const old = previous as SqliteCheckpointStore;
      const path = checkpointPaths.get(old) as string;
      await old.close();
      const reopened = SqliteCheckpointStore.open({ path });
      files.set(reopened, files.get(old) ?? (() => undefined));
      checkpointPaths.set(reopened, path);
      return reopened;
    },
    teardown: async (store) => {
      const checkpoints = store as SqliteCheckpointStore;
      await checkpoints.close();
      files.get(checkpoints)?.();
    },
  },
);
