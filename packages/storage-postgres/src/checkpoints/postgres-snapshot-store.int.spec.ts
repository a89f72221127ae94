import { type SnapshotStore } from '@fairscan/event-store';
import { runSnapshotStoreConformance } from '@fairscan/event-store/conformance';
import { PostgresEventStore } from '../postgres-event-store.js';
import { freshSchema, requirePostgres, type TestSchema } from '../testing/test-schema.js';
import { PostgresSnapshotStore } from './postgres-snapshot-store.js';

interface Opened {
  readonly store: PostgresEventStore;
  readonly schema: TestSchema;
}

const opened = new Map<SnapshotStore, Opened>();

async function openOn(schema: TestSchema): Promise<SnapshotStore> {
  const store = await PostgresEventStore.open({ url: schema.url });
  const snapshots = new PostgresSnapshotStore(store.pool, { isClosed: () => store.isClosed });
  opened.set(snapshots, { store, schema });
  return snapshots;
}

async function closeOwner(snapshots: SnapshotStore): Promise<Opened> {
  const owner = opened.get(snapshots) as Opened;
  opened.delete(snapshots);
  await owner.store.close();
  return owner;
}

describe('PostgresSnapshotStore (a schema per test)', () => {
  before(requirePostgres);
  runSnapshotStoreConformance('postgres', async () => openOn(await freshSchema()), {
    reopen: async (previous) => openOn((await closeOwner(previous)).schema),
    teardown: async (snapshots) => (await closeOwner(snapshots)).schema.drop(),
  });
});
