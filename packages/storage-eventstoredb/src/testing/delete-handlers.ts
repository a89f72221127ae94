import { type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { type AppendOutcome, type EmulatedLog } from './emulated-log.js';
import { checkExpected, expectedOf } from './expected.js';
import { serverError, streamDeleted } from './errors.js';
import { DeleteResp, TombstoneResp, type DeleteReqT, type TombstoneReqT, streamNameOf } from './protocol.js';
import { status } from '@grpc/grpc-js';

type Request = DeleteReqT | TombstoneReqT;

/** Shared by Delete and Tombstone: expected revision check, then the outcome as a position or an error. */
function deleteWith<Resp>(log: EmulatedLog, act: (streamName: string) => AppendOutcome, respond: (position: number) => Resp) {
  return (call: ServerUnaryCall<Request, Resp>, callback: sendUnaryData<Resp>): void => {
    const options = call.request.getOptions();
    const streamName = streamNameOf(options?.getStreamIdentifier());
    if (options !== undefined && !checkExpected(expectedOf(options), log.lastRevision(streamName), log.metadata.isSoftDeleted(streamName))) {
      callback(serverError('wrong-expected-version', status.FAILED_PRECONDITION, `Wrong expected version for '${streamName}'.`));
      return;
    }
    const outcome = act(streamName);
    if (outcome.kind === 'ok') callback(null, respond(outcome.position));
    else callback(streamDeleted(streamName));
  };
}

export const deleteHandler = (log: EmulatedLog) =>
  deleteWith(log, (name) => log.softDelete(name), (position) =>
    new DeleteResp().setPosition(new DeleteResp.Position().setCommitPosition(String(position)).setPreparePosition(String(position))),
  );

export const tombstoneHandler = (log: EmulatedLog) =>
  deleteWith(log, (name) => log.tombstone(name), (position) =>
    new TombstoneResp().setPosition(new TombstoneResp.Position().setCommitPosition(String(position)).setPreparePosition(String(position))),
  );
