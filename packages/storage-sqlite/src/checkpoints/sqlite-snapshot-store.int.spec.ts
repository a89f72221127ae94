import { type SnapshotStore } from '@fairscan/event-store';
import { runSnapshotStoreConformance } from '@fairscan/event-store/conformance';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { tempDir } from '../testing/temp-store.js';
import { SqliteSnapshotStore } from './sqlite-snapshot-store.js';

describe('SqliteSnapshotStore', () => {
  const dir = tempDir();
  after(() => dir.remove());
  const owners = new Map<SnapshotStore, { store: SqliteEventStore; path: string }>();
  let files = 0;

  const openOn = (path: string): SnapshotStore => {
    const store = SqliteEventStore.open({ path });
    const snapshots = new SqliteSnapshotStore(store.database);
    owners.set(snapshots, { store, path });
    return snapshots;
  };
  const closeOwner = async (snapshots: SnapshotStore): Promise<string> => {
    const { store, path } = owners.get(snapshots) as { store: SqliteEventStore; path: string };
    owners.delete(snapshots);
    await store.close();
    return path;
  };

  runSnapshotStoreConformance('sqlite', async () => openOn(dir.file(`snapshots-${++files}.db`)), {
    reopen: async (previous) => openOn(await closeOwner(previous)),
    teardown: async (snapshots) => void (await closeOwner(snapshots)),
  });
});
