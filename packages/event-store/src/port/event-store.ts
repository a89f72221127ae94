import type { NewEvent, StoredEvent } from '@fairscan/domain';

/**
 * What an append expects the stream to be, checked atomically with the write:
 * - `any`: no check;
 * - `no_stream`: the stream has no event yet;
 * - `stream_exists`: the stream has at least one event;
 * - a number: the streamPosition of the stream's last event (-1 = empty).
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** streamPosition of the stream's last event after the append. */
  readonly nextExpectedVersion: number;
  /** globalPosition of the last event written (or found, for a duplicate). */
  readonly lastGlobalPosition: number;
  /** True when every event id was already stored: nothing was written. */
  readonly duplicate: boolean;
}

export interface StreamWrite {
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion?: ExpectedVersion;
}

export type ReadDirection = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** First streamPosition to read (inclusive); default the start (or the end, backwards). */
  readonly from?: number;
  readonly maxCount?: number;
  readonly direction?: ReadDirection;
}

export interface AllFilter {
  /** Only streams whose name starts with one of these (a site is a set of prefixes). */
  readonly streamPrefixes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /**
   * Read events strictly after this globalPosition (a checkpoint); default from
   * the start. Global positions start at 1, so `0` also means the start.
   */
  readonly after?: number;
  readonly maxCount?: number;
  readonly filter?: AllFilter;
}

export interface SubscribeOptions {
  readonly after?: number;
  readonly filter?: AllFilter;
  /** Aborting ends the iteration cleanly (as does `break` in a for-await loop). */
  readonly signal?: AbortSignal;
}

export interface DeleteOptions {
  /**
   * `true` (the default for retention and erasure): events are physically
   * removed. `false`: hidden from reads, removed by the next compaction.
   */
  readonly hard?: boolean;
}

/** What `importEvents` did with a call. */
export interface ImportResult {
  /** Events written by this call. */
  readonly imported: number;
  /** Events already stored at the same stream position (a resumed copy): nothing written for them. */
  readonly skipped: number;
}

export interface StoreCapabilities {
  /** appendToStreams is one transaction across streams. */
  readonly multiStreamAtomic: boolean;
  /**
   * How far idempotency by eventId reaches. Absent: every id ever stored, in
   * any stream. A number n: only among the last n events of the stream
   * appended to (a store without an index by event id, e.g. EventStoreDB);
   * an id stored in another stream, or further back, is not recognised.
   */
  readonly idempotencyWindow?: number;
  /**
   * False when a hard-deleted stream can never be written again (an
   * EventStoreDB tombstone): the append is refused. Absent: true, it starts
   * again at position 0.
   */
  readonly recreatesHardDeletedStreams?: boolean;
}

/**
 * The port every store implements (in-memory, SQLite, PostgreSQL,
 * EventStoreDB) and the conformance kit checks. Reads are lazy: memory stays
 * flat however long the stream. A deleted event is gone from every read.
 */
export interface EventStore {
  readonly capabilities: StoreCapabilities;
  appendToStream(streamName: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Several streams in one call, e.g. the facts of one scan. Atomic when
   * `capabilities.multiStreamAtomic`; otherwise written in order, each write
   * atomic, and a retry completes it through eventId idempotency.
   */
  appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]>;
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<StoredEvent>;
  /** Catch-up from `after`, then live, with no gap and no duplicate. */
  subscribeToAll(options?: SubscribeOptions): AsyncIterable<StoredEvent>;
  /** streamPosition of the last event, or -1 when the stream is empty or absent. */
  streamVersion(streamName: string): Promise<number>;
  /** Names of streams that start with `prefix` and still hold events. */
  listStreams(prefix: string): AsyncIterable<string>;
  deleteStream(streamName: string, options?: DeleteOptions): Promise<void>;
  /** Removes every event of the stream before `streamPosition`; the version is unchanged. */
  truncateBefore(streamName: string, streamPosition: number): Promise<void>;
  /**
   * Optional (the target of `fairscan store copy` needs it): takes events as
   * another store stored them, in the order given (the source's global
   * order). Each goes to its `streamName` at its `streamPosition`, with
   * `type`, `data` and `metadata` (eventId, recordedAt...) unchanged; this
   * store assigns its own globalPositions, increasing in the order given.
   * Atomic per call. An event whose id is stored at the same stream position
   * is skipped (a resumed copy); an id stored elsewhere throws
   * DuplicateEventIdError; a position at or below the stream's version throws
   * WrongExpectedVersionError.
   */
  importEvents?(events: readonly StoredEvent[]): Promise<ImportResult>;
  /** Makes deletions physical on disk (SQLite: checkpoint + vacuum). A no-op where already physical. */
  compact(): Promise<void>;
  close(): Promise<void>;
}
