import { Server, ServerCredentials, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { EmulatedLog } from './emulated-log.js';
import { appendHandler } from './append-handler.js';
import { deleteHandler, tombstoneHandler } from './delete-handlers.js';
import { readHandler } from './read-handler.js';
import { scavengeHandler } from './scavenge-handler.js';
import { unsupported } from './errors.js';
import { OperationsService, ServerFeaturesService, StreamsService } from './protocol.js';
import { batchAppendHandler } from './batch-append-handler.js';
import { supportedMethods } from './server-features.js';

export interface EmulatedEventStoreDbOptions {
  /** Bytes of data + metadata one append may carry; a node's default is 1 MiB (`--max-append-size`). */
  readonly maxAppendSize?: number;
  /** Milliseconds since the epoch, for `created` and `$maxAge`. */
  readonly clock?: () => number;
  /**
   * Advertise BatchAppend through ServerFeatures, as nodes from 21.10 do, so
   * the client appends with it (default). `false` answers ServerFeatures as
   * UNIMPLEMENTED, like an older node: the client falls back to Append.
   */
  readonly batchAppend?: boolean;
}

/**
 * An in-process gRPC server speaking the part of EventStoreDB's Streams and
 * Operations services that `@eventstore/db-client` uses for the fairscan
 * adapter, over real HTTP/2 (insecure: connect with `?tls=false`). It is test
 * infrastructure: one node, in memory, no authentication. See
 * docs/operations.md for what it emulates and what it does not.
 */
export class EmulatedEventStoreDb {
  readonly log: EmulatedLog;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    log: EmulatedLog,
  ) {
    this.log = log;
  }

  /** Listens on 127.0.0.1 on a free port. */
  static async start(options: EmulatedEventStoreDbOptions = {}): Promise<EmulatedEventStoreDb> {
    const log = new EmulatedLog(options.clock);
    const server = new Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
    const notEmulated = (what: string) => (_call: unknown, callback: (error: Error) => void) => callback(unsupported(what));
    server.addService(StreamsService, {
      read: readHandler(log),
      append: appendHandler(log, options.maxAppendSize ?? 1024 * 1024),
      delete: deleteHandler(log),
      tombstone: tombstoneHandler(log),
      batchAppend: batchAppendHandler(log, options.maxAppendSize ?? 1024 * 1024),
    } as UntypedServiceImplementation);
    if (options.batchAppend ?? true) server.addService(ServerFeaturesService, { getSupportedMethods: supportedMethods } as UntypedServiceImplementation);
    server.addService(OperationsService, {
      startScavenge: scavengeHandler(log),
      stopScavenge: notEmulated('StopScavenge'),
      shutdown: notEmulated('Shutdown'),
      mergeIndexes: notEmulated('MergeIndexes'),
      resignNode: notEmulated('ResignNode'),
      setNodePriority: notEmulated('SetNodePriority'),
      restartPersistentSubscriptions: notEmulated('RestartPersistentSubscriptions'),
    } as UntypedServiceImplementation);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    return new EmulatedEventStoreDb(server, port, log);
  }

  /** What a client passes to `EventStoreDBClient.connectionString`. */
  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  stop(): Promise<void> {
    // Live subscriptions never end by themselves: cut every call, as a node going down does.
    this.server.forceShutdown();
    this.log.wake();
    return Promise.resolve();
  }
}
