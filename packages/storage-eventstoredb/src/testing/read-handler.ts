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

/** The revision a stream read starts at: given, or the start or end (the end is `last + 1` forwards). */
function streamStart(options: Options, last: number): number {
  const stream = options.getStream();
  const backwards = options.getReadDirection() === BACKWARDS;
  if (stream?.hasRevision()) return Number(stream.getRevision());
  if (stream?.hasEnd()) return backwards ? last : last + 1;
  return backwards ? -1 : 0;
}

async function readStream(log: EmulatedLog, options: Options, sink: Sink): Promise<void> {
  const streamName = streamNameOf(options.getStream()?.getStreamIdentifier());
  const state = log.stream(streamName);
  if (state?.tombstoned) throw streamDeleted(streamName);
  if (state === undefined || log.metadata.isSoftDeleted(streamName)) {
    await sink.send(new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamName))));
    return;
  }
  const backwards = options.getReadDirection() === BACKWARDS;
  const { records, lastRevision } = state;
  const offset = streamStart(options, lastRevision) - (records[0]?.revision ?? 0);
  const readable = (record: LogRecord): boolean =>
    log.metadata.isReadable(streamName, record.revision, Number(record.created / 10_000n), lastRevision, log.now());
  await sendRecords(records, backwards ? Math.min(records.length - 1, offset) : Math.max(0, offset), backwards, countOf(options), readable, sink);
}

/** Sends up to `count` records that pass `keep`, from `index` in one direction, pausing when the client is slow. */
async function sendRecords(records: readonly LogRecord[], index: number, backwards: boolean, count: number, keep: (record: LogRecord) => boolean, sink: Sink): Promise<void> {
  let remaining = count;
  const step = backwards ? -1 : 1;
  for (let at = index; at >= 0 && at < records.length && remaining > 0 && !sink.cancelled; at += step) {
    const record = records[at] as LogRecord;
    if (!keep(record)) continue;
    remaining--;
    await sink.send(eventResponse(record));
  }
}

/** Where a bounded `$all` read starts: forwards from a position inclusive, backwards before it. */
function allStart(log: EmulatedLog, options: Options): number {
  const all = options.getAll();
  const backwards = options.getReadDirection() === BACKWARDS;
  if (all?.hasPosition()) return positionStart(log, Number(all.getPosition()?.getCommitPosition()), backwards);
  const fromEnd = all?.hasEnd() ?? false;
  if (backwards) return fromEnd ? log.all.length - 1 : -1;
  return fromEnd ? log.all.length : 0;
}

function positionStart(log: EmulatedLog, position: number, backwards: boolean): number {
  const first = log.indexAfter(position - 1);
  return backwards ? first - 1 : first;
}

/** A bounded `$all` read shows everything in the log, deleted and truncated events included, as a node does before a scavenge. */
async function readAll(log: EmulatedLog, options: Options, sink: Sink): Promise<void> {
  const filter = serverFilter(options.hasFilter() ? options.getFilter() : undefined);
  await sendRecords(log.all, allStart(log, options), options.getReadDirection() === BACKWARDS, countOf(options), filter.matches, sink);
}
