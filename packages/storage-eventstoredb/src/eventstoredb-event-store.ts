import { type EventStoreDBClient } from '@eventstore/db-client';
import { type NewEvent, type StoredEvent } from '@fairscan/domain';
import {
  type AppendOptions,
  type AppendResult,
  type DeleteOptions,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoreCapabilities,
  StoreClosedError,
  type StreamWrite,
  type SubscribeOptions,
} from '@fairscan/event-store';
import { clientFrom } from './connection.js';
import { type AppendContext, idempotentAppend } from './append/idempotent-append.js';
import { StreamLocks } from './append/stream-locks.js';
import { type AllEventsContext, allEvents } from './reads/all-events.js';
import { readStreamEvents } from './reads/read-stream.js';
import { deleteStream, setMaxAge, truncateBefore } from './streams/deletion.js';
import { startScavenge } from './streams/scavenge.js';
import { streamVersionOf } from './streams/stream-version.js';

export interface EventStoreDbEventStoreOptions {
  /** `esdb://…` or `esdb+discover://…` (cluster). */
  readonly connectionString: string;
  /** Fills `metadata.recordedAt` when an event arrives without it. */
  readonly clock?: () => Date;
  /** Events back in a stream among which a resent eventId is recognised (default 256). */
  readonly idempotencyWindow?: number;
}

/**
 * The EventStore port on EventStoreDB (client 6.x, server 23.10 or later).
 * What differs from the embedded store is declared in `capabilities`: one
 * stream per append is atomic, not several; idempotency reaches the last
 * `idempotencyWindow` events of a stream; a hard delete is a tombstone.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly capabilities: StoreCapabilities;
  private readonly append: AppendContext;
  private readonly reads: AllEventsContext;
  private readonly locks = new StreamLocks();
  private closed = false;

  private constructor(
    readonly client: EventStoreDBClient,
    options: EventStoreDbEventStoreOptions,
  ) {
    const clock = options.clock ?? (() => new Date());
    const idempotencyWindow = options.idempotencyWindow ?? 256;
    this.capabilities = { multiStreamAtomic: false, idempotencyWindow, recreatesHardDeletedStreams: false };
    this.append = { client, idempotencyWindow, recordedAt: () => clock().toISOString() };
    this.reads = { client, running: new Set(), now: () => clock().getTime(), assertOpen: () => this.assertOpen() };
  }

  static open(options: EventStoreDbEventStoreOptions): EventStoreDbEventStore {
    return new EventStoreDbEventStore(clientFrom(options.connectionString), options);
  }

  appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    return this.whileOpen(() => this.locks.run(streamName, () => idempotentAppend(this.append, streamName, events, options.expectedVersion)));
  }

  /** In order, each write atomic; a retry completes an interrupted call through eventId idempotency. */
  async appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const write of writes) results.push(await this.appendToStream(write.streamName, write.events, { expectedVersion: write.expectedVersion }));
    return results;
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<StoredEvent> {
    this.assertOpen();
    yield* readStreamEvents(this.client, streamName, options, () => this.assertOpen());
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<StoredEvent> {
    this.assertOpen();
    yield* allEvents(this.reads, { ...options, live: false });
  }

  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
    this.assertOpen();
    yield* allEvents(this.reads, { ...options, live: true });
  }

  streamVersion(streamName: string): Promise<number> {
    return this.whileOpen(() => streamVersionOf(this.client, streamName));
  }

  /** Streams under `prefix` that still hold a readable event, from one filtered pass over `$all`. */
  async *listStreams(prefix: string): AsyncIterable<string> {
    this.assertOpen();
    const seen = new Set<string>();
    for await (const event of allEvents(this.reads, { filter: { streamPrefixes: [prefix] }, live: false })) {
      if (seen.has(event.streamName)) continue;
      seen.add(event.streamName);
      yield event.streamName;
    }
  }

  deleteStream(streamName: string, options: DeleteOptions = {}): Promise<void> {
    return this.whileOpen(() => this.locks.run(streamName, () => deleteStream(this.client, streamName, options.hard ?? true)));
  }

  truncateBefore(streamName: string, streamPosition: number): Promise<void> {
    return this.whileOpen(() => this.locks.run(streamName, () => truncateBefore(this.client, streamName, streamPosition)));
  }

  /**
   * Retention by the server itself: events older than `seconds` vanish from
   * reads at once and from disk at the next scavenge, even if no retention
   * run comes (a safety net under `fairscan retention run`).
   */
  setMaxAge(streamName: string, seconds: number): Promise<void> {
    return this.whileOpen(() => setMaxAge(this.client, streamName, seconds));
  }

  /** Starts a scavenge: deleted, truncated and expired events leave the disk (in the background on a real node). */
  compact(): Promise<void> {
    return this.whileOpen(() => startScavenge(this.client));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const stop of [...this.reads.running]) stop();
    await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }

  private async whileOpen<T>(action: () => Promise<T>): Promise<T> {
    this.assertOpen();
    return action();
  }
}
