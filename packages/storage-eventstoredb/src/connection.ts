import { EventStoreDBClient } from '@eventstore/db-client';

/**
 * A client from a connection string: `esdb://host:2113?tls=false` for one
 * node, `esdb+discover://host1:2113,host2:2113,host3:2113` for a cluster
 * (gossip finds the leader; writes follow it on failover). The string is
 * checked here so a typo fails at start-up, naming the string, rather than
 * on the first append.
 */
export function clientFrom(connectionString: string): EventStoreDBClient {
  if (!/^esdb(\+discover)?:\/\//.test(connectionString)) {
    throw new Error(`EventStoreDB connection string "${connectionString}" must start with esdb:// or esdb+discover:// (e.g. esdb://localhost:2113?tls=false)`);
  }
  try {
    return EventStoreDBClient.connectionString(connectionString);
  } catch (error) {
    throw new Error(`EventStoreDB connection string "${connectionString}": ${(error as Error).message}`);
  }
}
