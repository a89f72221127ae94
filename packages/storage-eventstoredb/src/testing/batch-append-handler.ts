import { type ServerDuplexStream } from '@grpc/grpc-js';
import { type AppendOutcome, type EmulatedLog, type ProposedEvent, proposedEvent } from './emulated-log.js';
import { type ExpectedRevision } from './expected.js';
import {
  AllStreamPosition,
  Any,
  BatchAppendResp,
  Empty,
  MaximumAppendSizeExceeded,
  Status,
  StreamDeleted,
  WrongExpectedVersion,
  streamIdentifier,
  streamNameOf,
  type BatchAppendReqT,
  type BatchAppendRespT,
} from './protocol.js';

type Options = NonNullable<ReturnType<BatchAppendReqT['getOptions']>>;

interface Pending {
  streamName: string;
  expected: ExpectedRevision;
  events: ProposedEvent[];
  size: number;
}

const FAILED_PRECONDITION = 9;
const INVALID_ARGUMENT = 3;

function expectedOf(options: Options): ExpectedRevision {
  if (options.hasStreamPosition()) return Number(options.getStreamPosition());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return 'any';
}


/** A google.rpc.Status whose details carry the typed error the client unpacks. */
function failure(code: number, message: string, typeName: string, detail: { serializeBinary(): Uint8Array }): InstanceType<typeof Status> {
  const details = new Any();
  details.pack(detail.serializeBinary(), typeName);
  return new Status().setCode(code).setMessage(message).setDetails(details);
}

function respond(response: BatchAppendRespT, pending: Pending, outcome: AppendOutcome): BatchAppendRespT {
  response.setStreamIdentifier(streamIdentifier(pending.streamName));
  if (outcome.kind === 'ok') {
    const position = new AllStreamPosition().setCommitPosition(String(outcome.position)).setPreparePosition(String(outcome.position));
    const success = new BatchAppendResp.Success().setPosition(position);
    if (outcome.lastRevision >= 0) success.setCurrentRevision(String(outcome.lastRevision));
    else success.setNoStream(new Empty());
    return response.setSuccess(success);
  }
  if (outcome.kind === 'stream-deleted') {
    const deleted = new StreamDeleted().setStreamIdentifier(streamIdentifier(pending.streamName));
    return response.setError(failure(FAILED_PRECONDITION, 'Stream is deleted.', 'event_store.client.StreamDeleted', deleted));
  }
  const wrong = new WrongExpectedVersion();
  if (outcome.current >= 0) wrong.setCurrentStreamRevision(String(outcome.current));
  else wrong.setCurrentNoStream(new Empty());
  if (typeof pending.expected === 'number') wrong.setExpectedStreamPosition(String(pending.expected));
  else if (pending.expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
  else if (pending.expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedAny(new Empty());
  return response.setError(failure(FAILED_PRECONDITION, 'Wrong expected version.', 'event_store.client.WrongExpectedVersion', wrong));
}

/**
 * Streams.BatchAppend, what clients use on servers from 21.10: one long-lived
 * duplex call, appends split in chunks by correlation id, each answered
 * once its final chunk arrives, errors as a google.rpc.Status with details.
 */
export function batchAppendHandler(log: EmulatedLog, maxAppendSize: number) {
  return (call: ServerDuplexStream<BatchAppendReqT, BatchAppendRespT>): void => {
    const pending = new Map<string, Pending>();
    call.on('data', (request: BatchAppendReqT) => {
      const id = request.getCorrelationId()?.getString() ?? '';
      const options = request.getOptions();
      const batch = pending.get(id) ?? { streamName: streamNameOf(options?.getStreamIdentifier()), expected: options ? expectedOf(options) : 'any', events: [], size: 0 };
      pending.set(id, batch);
      for (const message of request.getProposedMessagesList()) {
        const event = proposedEvent(message);
        batch.size += event.data.length + event.customMetadata.length;
        batch.events.push(event);
      }
      if (!request.getIsFinal()) return;
      pending.delete(id);
      const response = new BatchAppendResp().setCorrelationId(request.getCorrelationId());
      if (batch.size > maxAppendSize) {
        const tooBig = new MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize);
        call.write(response.setStreamIdentifier(streamIdentifier(batch.streamName)).setError(failure(INVALID_ARGUMENT, 'Maximum Append Size Exceeded.', 'event_store.client.MaximumAppendSizeExceeded', tooBig)));
        return;
      }
      call.write(respond(response, batch, log.append(batch.streamName, batch.expected, batch.events)));
    });
    call.on('end', () => call.end());
    call.on('error', () => undefined);
  };
}
