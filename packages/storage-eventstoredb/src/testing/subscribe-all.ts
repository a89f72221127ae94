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
  const scan: Scan = { filter: messages.filter(options.hasFilter() ? options.getFilter() : undefined), cursor: startPosition(log, options), scanned: 0 };
  let caughtUp = false;
  await sink.send(messages.confirmation());
  while (!sink.cancelled) {
    if (await sendAvailable(log, scan, sink, messages)) continue;
    if (!caughtUp) {
      caughtUp = true;
      if (scan.filter.checkpointEvery !== undefined) await sink.send(messages.checkpoint(scan.cursor));
      await sink.send(messages.caughtUp());
      continue;
    }
    await sink.until((wake) => log.onNextWrite(wake));
  }
}

interface Scan {
  readonly filter: ServerFilter;
  /** Position of the last record scanned: the subscription resumes strictly after it. */
  cursor: number;
  scanned: number;
}

/**
 * Sends what the log holds after the cursor. True when it stopped early
 * (the client was slow, or the log changed): the caller scans again before
 * calling itself caught up.
 */
async function sendAvailable(log: EmulatedLog, scan: Scan, sink: ResponseSink<ReadRespT>, messages: SubscriptionMessages): Promise<boolean> {
  const all = log.all;
  let index = log.indexAfter(scan.cursor);
  while (index < all.length && !sink.cancelled) {
    const record = all[index++] as LogRecord;
    scan.cursor = record.position;
    scan.scanned++;
    const checkpoint = scan.filter.checkpointEvery !== undefined && scan.scanned % scan.filter.checkpointEvery === 0;
    const response = scan.filter.matches(record) ? messages.event(record) : checkpoint ? messages.checkpoint(scan.cursor) : undefined;
    if (response !== undefined && (await sink.send(response))) return true;
  }
  return log.all !== all || log.indexAfter(scan.cursor) < log.all.length;
}
