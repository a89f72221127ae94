import { type ServerReadableStream, type sendUnaryData, status } from '@grpc/grpc-js';
import { type EmulatedLog, type ProposedEvent, proposedEvent } from './emulated-log.js';
import { type ExpectedRevision, expectedOf } from './expected.js';
import { serverError, streamDeleted } from './errors.js';
import { AppendReq, AppendResp, Empty, type AppendReqT, type AppendRespT, streamNameOf } from './protocol.js';

interface Collected {
  streamName: string;
  expected: ExpectedRevision;
  events: ProposedEvent[];
}

const proposedOf = (request: AppendReqT): ProposedEvent => proposedEvent(request.getProposedMessage() ?? new AppendReq.ProposedMessage());

function wrongExpectedVersion(expected: ExpectedRevision, current: number): AppendRespT {
  const wrong = new AppendResp.WrongExpectedVersion();
  if (current >= 0) wrong.setCurrentRevision(String(current));
  else wrong.setCurrentNoStream(new Empty());
  if (typeof expected === 'number') wrong.setExpectedRevision(String(expected));
  else if (expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedAny(new Empty());
  return new AppendResp().setWrongExpectedVersion(wrong);
}

function success(lastRevision: number, position: number): AppendRespT {
  const at = new AppendResp.Position().setCommitPosition(String(position)).setPreparePosition(String(position));
  const ok = new AppendResp.Success().setPosition(at);
  if (lastRevision >= 0) ok.setCurrentRevision(String(lastRevision));
  else ok.setNoStream(new Empty());
  return new AppendResp().setSuccess(ok);
}

/** Streams.Append: an options message, then the proposed events; one response once the client ends its stream. */
export function appendHandler(log: EmulatedLog, maxAppendSize: number) {
  return (call: ServerReadableStream<AppendReqT, AppendRespT>, callback: sendUnaryData<AppendRespT>): void => {
    const collected: Collected = { streamName: '', expected: 'any', events: [] };
    let size = 0;
    call.on('data', (request: AppendReqT) => {
      const options = request.getOptions();
      if (options !== undefined) {
        collected.streamName = streamNameOf(options.getStreamIdentifier());
        collected.expected = expectedOf(options);
        return;
      }
      const event = proposedOf(request);
      size += event.data.length + event.customMetadata.length;
      collected.events.push(event);
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      if (size > maxAppendSize) {
        callback(serverError('maximum-append-size-exceeded', status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, { 'max-append-size': String(maxAppendSize) }));
        return;
      }
      const outcome = log.append(collected.streamName, collected.expected, collected.events);
      if (outcome.kind === 'stream-deleted') callback(streamDeleted(collected.streamName));
      else if (outcome.kind === 'wrong-expected-version') callback(null, wrongExpectedVersion(collected.expected, outcome.current));
      else callback(null, success(outcome.lastRevision, outcome.position));
    });
  };
}
