import { runKeyVaultConformance } from '@fairscan/privacy/conformance';
import { type EventStoreDBClient } from '@eventstore/db-client';
import { clientFrom } from '../connection.js';
import { EmulatedEventStoreDb } from '../testing/index.js';
import { EventStoreDbKeyVault } from './eventstoredb-key-vault.js';

describe('EventStoreDbKeyVault on the in-process gRPC server', () => {
  let server: EmulatedEventStoreDb;
  const clients = new Map<EventStoreDbKeyVault, EventStoreDBClient>();
  before(async () => {
    // Racing creates conflict through Append (no BatchAppend advertised) here; the event-store kit covers BatchAppend.
    server = await EmulatedEventStoreDb.start({ batchAppend: false });
  });
  after(() => server.stop());

  const open = (): EventStoreDbKeyVault => {
    const client = clientFrom(server.connectionString);
    const vault = new EventStoreDbKeyVault(client);
    clients.set(vault, client);
    return vault;
  };
  const dispose = async (vault: EventStoreDbKeyVault): Promise<void> => {
    await vault.close();
    await clients.get(vault)?.dispose();
    clients.delete(vault);
  };
  runKeyVaultConformance('EventStoreDB', async () => open(), {
    // Not yet a `store copy` source or target: listing `$fairscan-key-` streams, tombstoned ones included, is left to do.
    keyTransfer: false,
    teardown: (vault) => dispose(vault as EventStoreDbKeyVault),
    reopen: async (vault) => {
      await dispose(vault as EventStoreDbKeyVault);
      return open();
    },
  });
});
