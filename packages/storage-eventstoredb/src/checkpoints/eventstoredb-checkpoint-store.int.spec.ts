import { type EventStoreDBClient } from '@eventstore/db-client';
import { runCheckpointStoreConformance } from '@fairscan/event-store/conformance';
import { clientFrom } from '../connection.js';
import { EmulatedEventStoreDb } from '../testing/index.js';
import { EventStoreDbCheckpointStore } from './eventstoredb-checkpoint-store.js';

describe('EventStoreDbCheckpointStore on the in-process gRPC server', () => {
  let server: EmulatedEventStoreDb;
  let client: EventStoreDBClient;
  const reopened: EventStoreDBClient[] = [];
  before(async () => {
    server = await EmulatedEventStoreDb.start();
    client = clientFrom(server.connectionString);
  });
  after(async () => {
    await Promise.all([client, ...reopened].map((each) => each.dispose()));
    await server.stop();
  });
  // One server for every test: each test starts with names of its own, as on a shared cluster.
  let run = 0;
  runCheckpointStoreConformance('EventStoreDB', async () => {
    run++;
    const store = new EventStoreDbCheckpointStore(client);
    return { load: (name) => store.load(`${run}-${name}`), save: (name, position) => store.save(`${run}-${name}`, position) };
  }, {
    reopen: async () => {
      reopened.push(clientFrom(server.connectionString));
      const again = new EventStoreDbCheckpointStore(reopened.at(-1) as EventStoreDBClient);
      return { load: (name) => again.load(`${run}-${name}`), save: (name, position) => again.save(`${run}-${name}`, position) };
    },
  });
});
