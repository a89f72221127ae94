import { type EventStoreDBClient } from '@eventstore/db-client';
import operationsGrpc from '@eventstore/db-client/generated/operations_grpc_pb.js';
import operations from '@eventstore/db-client/generated/operations_pb.js';

type OperationsClient = InstanceType<typeof operationsGrpc.OperationsClient>;
type Execute = <T>(client: typeof operationsGrpc.OperationsClient, name: string, action: (grpc: OperationsClient) => Promise<T>) => Promise<T>;

/**
 * Starts a scavenge, the only thing that removes deleted, truncated and
 * expired events from an EventStoreDB node's disk. Client 6.x has no call
 * for it, so this goes through the client's own connection (`execute`:
 * its TLS, credentials and leader discovery) with the Operations service
 * definition the client ships. The user needs the `$ops` or `$admins` role.
 * A node scavenges in the background: this returns once it has started.
 */
export async function startScavenge(client: EventStoreDBClient): Promise<void> {
  const execute = (client as unknown as { execute?: Execute }).execute;
  if (typeof execute !== 'function') throw new Error('this @eventstore/db-client version cannot start a scavenge: run it from the admin UI');
  await execute.call(client, operationsGrpc.OperationsClient, 'startScavenge', (grpc) =>
    new Promise<void>((resolve, reject) => {
      const request = new operations.StartScavengeReq().setOptions(new operations.StartScavengeReq.Options().setThreadCount(1).setStartFromChunk(0));
      grpc.startScavenge(request, (error) => (error ? reject(error) : resolve()));
    }),
  );
}
