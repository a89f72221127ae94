import { type EventStore } from '@fairscan/event-store';
import { runEventStoreConformance } from '@fairscan/event-store/conformance';
import { PostgresEventStore } from './postgres-event-store.js';
import { freshSchema, requirePostgres, type TestSchema } from './testing/test-schema.js';

/** One schema per test, dropped after it. */
const schemas = new Map<EventStore, TestSchema>();

async function freshStore(): Promise<EventStore> {
  const schema = await freshSchema();
  const store = await PostgresEventStore.open({ url: schema.url, pollIntervalMs: 100 });
  schemas.set(store, schema);
  return store;
}

async function removeStore(store: EventStore): Promise<void> {
  await store.close();
  await schemas.get(store)?.drop();
  schemas.delete(store);
}

describe('PostgresEventStore (a schema per test)', () => {
  before(requirePostgres);
  runEventStoreConformance('postgres', freshStore, { teardown: removeStore });
});
