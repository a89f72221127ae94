import { type ServerWritableStream } from '@grpc/grpc-js';
import { type EmulatedLog, type LogRecord } from './emulated-log.js';
import { streamDeleted, unsupported } from './errors.js';
import { ResponseSink } from './response-sink.js';
import { ReadResp, streamIdentifier, streamNameOf, type ReadReqT, type ReadRespT } from './protocol.js';
import { caughtUpResponse, checkpointResponse, confirmationResponse, eventResponse, serverFilter } from './read-messages.js';
import { subscribeToAll } from './subscribe-all.js';

type Options = NonNullable<ReturnType<ReadReqT['getOptions']>>;
type Sink = ResponseSink<ReadRespT>;

const BACKWARDS = 1;

/** Streams.Read: a stream or `$all`, a bounded read or a `$all` subscription (stream subscriptions are not emulated). */
export function readHandler(log: EmulatedLog) {
  return (call: ServerWritableStream<ReadReqT, ReadRespT>): void => {
    const sink = new ResponseSink<ReadRespT>(call);
    const options = call.request.getOptions();
    const run = async (): Promise<void> => {
      if (options === undefined) throw unsupported('a read without options');
      if (options.hasAll() && options.hasSubscription()) {
        await subscribeToAll(log, options, sink, { confirmation: confirmationResponse, event: eventResponse, checkpoint: checkpointResponse, caughtUp: caughtUpResponse, filter: serverFilter });
        return;
      }
      if (options.hasSubscription()) throw unsupported('stream subscriptions');
      await (options.hasAll() ? readAll(log, options, sink) : readStream(log, options, sink));
      sink.end();
    };
    run().catch((error: Error) => sink.fail(error));
  };
}

const countOf = (options: Options): number => (options.hasCount() ? Number(options.getCount()) : Number.MAX_SAFE_INTEGER);

async function readStream(log: EmulatedLog, options: Options, sink: Sink): Promise<void> {
  const streamOptions = options.getStream();
  const streamName = streamNameOf(streamOptions?.getStreamIdentifier());
  const state = log.stream(streamName);
  if (state?.tombstoned) throw streamDeleted(streamName);
  if (state === undefined || log.metadata.isSoftDeleted(streamName)) {
    await sink.send(new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamName))));
    return;
  }
  const backwards = options.getReadDirection() === BACKWARDS;
  const last = state.lastRevision;
  const from = streamOptions?.hasRevision() ? Number(streamOptions.getRevision()) : streamOptions?.hasEnd() ? (backwards ? last : last + 1) : backwards ? -1 : 0;
  const records = state.records;
  const first = records[0]?.revision ?? 0;
  const now = log.now();
  let remaining = countOf(options);
  const step = backwards ? -1 : 1;
  const end = records.length;
  const start = backwards ? Math.min(end - 1, from - first) : Math.max(0, from - first);
  for (let index = start; index >= 0 && index < end && remaining > 0 && !sink.cancelled; index += step) {
    const record = records[index] as LogRecord;
    if (!log.metadata.isReadable(streamName, record.revision, Number(record.created / 10_000n), last, now)) continue;
    remaining--;
    await sink.send(eventResponse(record));
  }
}

/** A bounded `$all` read: forwards from a position inclusive, backwards before it; everything in the log, as a node shows it. */
async function readAll(log: EmulatedLog, options: Options, sink: Sink): Promise<void> {
  const allOptions = options.getAll();
  const backwards = options.getReadDirection() === BACKWARDS;
  const filter = serverFilter(options.hasFilter() ? options.getFilter() : undefined);
  const all = log.all;
  let index: number;
  if (allOptions?.hasPosition()) {
    const position = Number(allOptions.getPosition()?.getCommitPosition());
    index = backwards ? log.indexAfter(position - 1) - 1 : log.indexAfter(position - 1);
  } else {
    index = allOptions?.hasEnd() === backwards ? (backwards ? all.length - 1 : 0) : backwards ? -1 : all.length;
  }
  let remaining = countOf(options);
  for (; index >= 0 && index < all.length && remaining > 0 && !sink.cancelled; index += backwards ? -1 : 1) {
    const record = all[index] as LogRecord;
    if (!filter.matches(record)) continue;
    remaining--;
    await sink.send(eventResponse(record));
  }
}
