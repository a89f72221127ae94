import { type LogRecord, tombstoneRevision } from './emulated-log.js';
import { ReadResp, UUID, streamIdentifier, type ReadReqT, type ReadRespT } from './protocol.js';

type FilterOptions = NonNullable<ReturnType<NonNullable<ReturnType<ReadReqT['getOptions']>>['getFilter']>>;

/** A `$all` or stream read response carrying one record, positions as the server sends them. */
export function eventResponse(record: LogRecord): ReadRespT {
  const revision = record.revision === tombstoneRevision ? '9223372036854775807' : String(record.revision);
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(record.id))
    .setStreamIdentifier(streamIdentifier(record.streamName))
    .setStreamRevision(revision)
    .setPreparePosition(String(record.position))
    .setCommitPosition(String(record.position))
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  const map = recorded.getMetadataMap();
  map.set('type', record.type);
  map.set('content-type', record.contentType);
  map.set('created', String(record.created));
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(String(record.position)));
}

export const checkpointResponse = (position: number): ReadRespT =>
  new ReadResp().setCheckpoint(new ReadResp.Checkpoint().setCommitPosition(String(position)).setPreparePosition(String(position)));

export const caughtUpResponse = (): ReadRespT => new ReadResp().setCaughtUp(new ReadResp.CaughtUp());

export const confirmationResponse = (): ReadRespT =>
  new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(crypto.randomUUID()));

export interface ServerFilter {
  readonly matches: (record: LogRecord) => boolean;
  /** Events scanned between two checkpoints (search window x multiplier), or undefined without a filter. */
  readonly checkpointEvery: number | undefined;
}

/** The server-side `$all` filter: stream name or event type, by prefixes or a regular expression. */
export function serverFilter(filter: FilterOptions | undefined): ServerFilter {
  if (filter === undefined) return { matches: () => true, checkpointEvery: undefined };
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const prefixes = expression?.getPrefixList() ?? [];
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const field = (record: LogRecord): string => (onStream ? record.streamName : record.type);
  const test = (value: string): boolean =>
    prefixes.length > 0 ? prefixes.some((prefix) => value.startsWith(prefix)) : (regex?.test(value) ?? true);
  const window = filter.hasMax() ? filter.getMax() : 32;
  return { matches: (record) => test(field(record)), checkpointEvery: Math.max(1, window * Math.max(1, filter.getCheckpointintervalmultiplier())) };
}
