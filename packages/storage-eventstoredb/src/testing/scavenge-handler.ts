import { type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { type EmulatedLog, type LogRecord } from './emulated-log.js';
import { ScavengeResp } from './protocol.js';

type Resp = InstanceType<typeof ScavengeResp>;

/**
 * Operations.StartScavenge, done at once: removes from the log every record
 * no read may show any more (events of deleted streams, before `$tb`, past
 * `$maxAge` or `$maxCount`), keeping tombstones and metadata. A real node
 * scavenges chunk by chunk in the background; the emulator answers
 * `Started` once it is already done.
 */
export function scavengeHandler(log: EmulatedLog) {
  return (_call: ServerUnaryCall<unknown, Resp>, callback: sendUnaryData<Resp>): void => {
    const now = log.now();
    const keep = (record: LogRecord): boolean => {
      if (record.streamName.startsWith('$') || record.type === '$streamDeleted') return true;
      const state = log.stream(record.streamName);
      if (state === undefined || state.tombstoned || log.metadata.isSoftDeleted(record.streamName)) return false;
      return log.metadata.isReadable(record.streamName, record.revision, Number(record.created / 10_000n), state.lastRevision, now);
    };
    log.scavenge(keep);
    callback(null, new ScavengeResp().setScavengeId(crypto.randomUUID()).setScavengeResult(ScavengeResp.ScavengeResult.STARTED));
  };
}
