import { type CheckpointStore } from '@fairscan/event-store';
import { runCheckpointStoreConformance } from '@fairscan/event-store/conformance';
import { PostgresEventStore } from '../postgres-event-store.js';
import { freshSchema, requirePostgres, type TestSchema } from '../testing/test-schema.js';
import { PostgresCheckpointStore } from './postgres-checkpoint-store.js';

interface Opened {
  readonly store: PostgresEventStore;
  readonly schema: TestSchema;
}

const opened = new Map<CheckpointStore, Opened>();

async function openOn(schema: TestSchema): Promise<CheckpointStore> {
  const store = await PostgresEventStore.open({ url: schema.url });
  const checkpoints = new PostgresCheckpointStore(store.pool, { isClosed: () => store.isClosed });
  opened.set(checkpoints, { store, schema });
  return checkpoints;
}

describe('PostgresCheckpointStore (a schema per test)', () => {
  before(requirePostgres);
  runCheckpointStoreConformance('postgres', async () => openOn(await freshSchema()), {
    reopen: async (previous) => {
      const { store, schema } = opened.get(previous) as Opened;
      opened.delete(previous);
      await store.close();
      return openOn(schema);
    },
    teardown: async (checkpoints) => {
      const { store, schema } = opened.get(checkpoints) as Opened;
      opened.delete(checkpoints);
      await store.close();
      await schema.drop();
    },
  });
});
