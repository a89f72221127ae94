import { type EmulatedLog, type LogRecord } from './emulated-log.js';
import { type ResponseSink } from './response-sink.js';
import { type ReadReqT, type ReadRespT } from './protocol.js';
import { type ServerFilter } from './read-messages.js';

type Options = NonNullable<ReturnType<ReadReqT['getOptions']>>;

export interface SubscriptionMessages {
  confirmation(): ReadRespT;
  event(record: LogRecord): ReadRespT;
  checkpoint(position: number): ReadRespT;
  caughtUp(): ReadRespT;
  filter(options: ReturnType<Options['getFilter']>): ServerFilter;
}

function startPosition(log: EmulatedLog, options: Options): number {
  const all = options.getAll();
  if (all?.hasPosition()) return Number(all.getPosition()?.getCommitPosition());
  if (all?.hasEnd()) return log.all.at(-1)?.position ?? 0;
  return 0;
}

/**
 * A catch-up subscription to `$all`: confirmation, the stored events after
 * the start position, a checkpoint and `CaughtUp` (as servers from 23.10
 * send), then live events. One cursor (the last position scanned) walks the
 * one log, so catch-up and live can neither skip nor repeat an event.
 */
export async function subscribeToAll(log: EmulatedLog, options: Options, sink: ResponseSink<ReadRespT>, messages: SubscriptionMessages): Promise<void> {
  const filter = messages.filter(options.hasFilter() ? options.getFilter() : undefined);
  let cursor = startPosition(log, options);
  let scanned = 0;
  let caughtUp = false;
  await sink.send(messages.confirmation());
  while (!sink.cancelled) {
    const all = log.all;
    let index = log.indexAfter(cursor);
    let waited = false;
    while (index < all.length && !waited && !sink.cancelled) {
      const record = all[index++] as LogRecord;
      cursor = record.position;
      scanned++;
      if (filter.matches(record)) waited = await sink.send(messages.event(record));
      else if (filter.checkpointEvery !== undefined && scanned % filter.checkpointEvery === 0) waited = await sink.send(messages.checkpoint(cursor));
    }
    if (waited || log.all !== all || index < log.all.length) continue;
    if (!caughtUp) {
      caughtUp = true;
      if (filter.checkpointEvery !== undefined) await sink.send(messages.checkpoint(cursor));
      await sink.send(messages.caughtUp());
      continue;
    }
    await Promise.race([log.nextWrite(), sink.closed]);
  }
}
