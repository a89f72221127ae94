import { type EventStoreDBClient, StreamDeletedError, WrongExpectedVersionError as ClientVersionError } from '@eventstore/db-client';
import { type NewEvent } from '@fairscan/domain';
import { type AppendResult, type ExpectedVersion, WrongExpectedVersionError, assertExpectedVersion, classifyAppend } from '@fairscan/event-store';
import { toEventData } from '../event-codec.js';
import { globalPositionOf, streamPositionOf } from '../positions.js';
import { toExpectedRevision } from '../expected-revision.js';
import { type StreamTail, readTail } from './stream-tail.js';
import { readPage } from '../reads/read-stream.js';

export interface AppendContext {
  readonly client: EventStoreDBClient;
  /** Events back in the stream among which a resent eventId is recognised. */
  readonly idempotencyWindow: number;
  readonly recordedAt: () => string;
}

/** An `any` append under contention retries this often before giving up (each lost race means another writer won). */
const MAX_ATTEMPTS = 100;

function duplicateOf(streamName: string, events: readonly NewEvent[], tail: StreamTail): AppendResult | undefined {
  const ids = events.map((event) => event.metadata.eventId);
  const stored = ids.map((id) => tail.byId.get(id));
  if (classifyAppend(streamName, ids, stored) === 'new') return undefined;
  return { nextExpectedVersion: tail.version, lastGlobalPosition: stored.at(-1)?.globalPosition ?? 0, duplicate: true };
}

/** An empty append checks the expected version and writes nothing, as every store does. */
function nothingToWrite(streamName: string, expected: ExpectedVersion, tail: StreamTail): AppendResult {
  assertExpectedVersion(streamName, expected, tail.version);
  const last = [...tail.byId.values()].reduce((max, ref) => Math.max(max, ref.globalPosition), -1);
  return { nextExpectedVersion: tail.version, lastGlobalPosition: last, duplicate: false };
}

/** The revision the write expects: the caller's, or, for `any`, the version just read, so a racing resend cannot slip in. */
function revisionFor(streamName: string, expected: ExpectedVersion, tail: StreamTail): ExpectedVersion {
  assertExpectedVersion(streamName, expected, tail.version);
  return expected === 'any' || expected === 'stream_exists' ? tail.version : expected;
}

async function lastPositionOf(ctx: AppendContext, streamName: string, revision: bigint): Promise<number> {
  const [last] = await readPage(ctx.client, streamName, true, revision, 1);
  if (last === undefined) throw new Error(`stream "${streamName}": event ${revision} just written cannot be read back`);
  return last.globalPosition;
}

async function write(ctx: AppendContext, streamName: string, events: readonly NewEvent[], revision: ExpectedVersion): Promise<AppendResult> {
  const recordedAt = ctx.recordedAt();
  const result = await ctx.client.appendToStream(streamName, events.map((event) => toEventData(event, recordedAt)), { expectedRevision: toExpectedRevision(revision) });
  // A one-event append's position is its event's; for more, the last event's is read back rather than assumed.
  const lastGlobalPosition = events.length === 1 ? globalPositionOf(result.position, `append to "${streamName}"`) : await lastPositionOf(ctx, streamName, result.nextExpectedRevision);
  return { nextExpectedVersion: streamPositionOf(result.nextExpectedRevision), lastGlobalPosition, duplicate: false };
}

const actualOf = (error: ClientVersionError): number => (typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : -1);

/**
 * Idempotency by eventId within the last `idempotencyWindow` events of the
 * stream (EventStoreDB has no index by event id): a resend found there is a
 * duplicate, a partial overlap a DuplicateEventIdError. The write expects
 * the exact version read, so two racing resends cannot both be written: the
 * loser conflicts, reads the tail again and finds its events.
 */
/**
 * The tail to check ids against: the last `window` events, and only when one
 * of them is an id of this append, enough more to hold the whole append (a
 * resend of a long append). New appends, the common case, read the window only.
 */
async function tailFor(ctx: AppendContext, streamName: string, events: readonly NewEvent[]): Promise<StreamTail> {
  const tail = await readTail(ctx.client, streamName, ctx.idempotencyWindow);
  const seen = events.some((event) => tail.byId.has(event.metadata.eventId));
  return seen && events.length > 1 ? readTail(ctx.client, streamName, ctx.idempotencyWindow + events.length) : tail;
}

export async function idempotentAppend(ctx: AppendContext, streamName: string, events: readonly NewEvent[], expected: ExpectedVersion = 'any'): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    const tail = await tailFor(ctx, streamName, events);
    const duplicate = duplicateOf(streamName, events, tail);
    if (duplicate !== undefined) return duplicate;
    if (events.length === 0) return nothingToWrite(streamName, expected, tail);
    try {
      return await write(ctx, streamName, events, revisionFor(streamName, expected, tail));
    } catch (error) {
      const settled = await afterConflict(ctx, streamName, events, expected, error, attempt);
      if (settled !== undefined) return settled;
    }
  }
}

/** Undefined: retry (an `any` append lost a race); else the duplicate found, or the error to report. */
async function afterConflict(ctx: AppendContext, streamName: string, events: readonly NewEvent[], expected: ExpectedVersion, error: unknown, attempt: number): Promise<AppendResult | undefined> {
  if (error instanceof StreamDeletedError) {
    throw new Error(`stream "${streamName}" was hard-deleted (an EventStoreDB tombstone) and can never be written again; use another stream name`);
  }
  if (!(error instanceof ClientVersionError)) throw error;
  if ((expected === 'any' || expected === 'stream_exists') && attempt < MAX_ATTEMPTS) return undefined;
  // A resend racing its original: the other one won, and these events are now in the tail.
  const again = duplicateOf(streamName, events, await tailFor(ctx, streamName, events));
  if (again !== undefined) return again;
  throw new WrongExpectedVersionError(streamName, expected, actualOf(error));
}
