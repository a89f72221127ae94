import type pg from 'pg';
import { type NewEvent, type StoredEvent } from '@fairscan/domain';
import {
  type AppendOptions,
  type AppendResult,
  type DeleteOptions,
  type EventStore,
  type ImportResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoreCapabilities,
  StoreClosedError,
  type StreamWrite,
  type SubscribeOptions,
} from '@fairscan/event-store';
import { type PostgresConnectionOptions, type PostgresLocation, locate, openPool } from './schema/connection.js';
import { assertMigrated } from './schema/migrations.js';
import { GroupCommit } from './append/group-commit.js';
import { prepareWrite } from './append/prepared-write.js';
import { importWrites } from './append/import-writes.js';
import { StoreReads } from './reads/store-reads.js';
import { listStreamNames } from './reads/stream-names.js';
import { CommitSignal } from './subscription/commit-signal.js';
import { subscribeToAll } from './subscription/live-subscription.js';
import { StreamDeletion, streamState } from './delete/stream-deletion.js';

/** Rows per cursor fetch unless `pageSize` says otherwise. */
export const DEFAULT_PAGE_SIZE = 2000;

export interface PostgresEventStoreOptions extends PostgresConnectionOptions {
  /** Fills `metadata.recordedAt` when an event arrives without it. */
  readonly clock?: () => Date;
  /** A caught-up subscription looks again this often without a notification (ms, default 500). */
  readonly pollIntervalMs?: number;
  /** Rows per cursor fetch or subscription page (default 2000; a read holds two fetches: the one being folded and the next). */
  readonly pageSize?: number;
  /** A group commit takes at most this many queued events (default 5000). */
  readonly maxBatchEvents?: number;
}

/**
 * The store for a site or company that runs PostgreSQL: one schema, opened
 * only once migrated (`fairscan store migrate`), concurrent appends grouped
 * into one transaction, reads over server-side cursors, subscriptions woken
 * by LISTEN/NOTIFY with polling as the fallback.
 */
export class PostgresEventStore implements EventStore {
  readonly capabilities: StoreCapabilities = { multiStreamAtomic: true };
  private readonly clock: () => Date;
  private readonly commits: GroupCommit;
  private readonly reads: StoreReads;
  private readonly deletion: StreamDeletion;
  private readonly signal: CommitSignal;
  private readonly openCursors = new Set<{ end(): Promise<void> }>();
  private readonly pageSize: number;
  /** Settles once the schema version is checked; every operation waits for it (and fails with its error). */
  private readonly ready: Promise<void>;
  private closed = false;

  private constructor(
    /** The pool, shared with the checkpoint store and key vault of the same schema. */
    readonly pool: pg.Pool,
    readonly location: PostgresLocation,
    private readonly options: PostgresEventStoreOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.ready = assertMigrated(pool, location.schema);
    this.ready.catch(() => undefined);
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.signal = new CommitSignal(location.connectionString, location.schema);
    const schema = location.schema;
    this.commits = new GroupCommit(pool, { schema, maxBatchEvents: options.maxBatchEvents, onCommit: () => this.signal.notify() });
    const assertOpen = (): void => this.assertOpen();
    this.reads = new StoreReads({ pool, batchSize: this.pageSize, assertOpen, ready: this.ready, open: this.openCursors });
    this.deletion = new StreamDeletion(pool, schema);
  }

  /**
   * A store whose schema version is checked in the background: its first
   * operation fails if the schema is not migrated. For a container that
   * builds synchronously; `open` checks before returning.
   */
  static connect(options: PostgresEventStoreOptions): PostgresEventStore {
    const location = locate(options);
    return new PostgresEventStore(openPool(location, options.poolSize), location, options);
  }

  /** Connects and checks the schema is migrated (it never migrates: `fairscan store migrate` does). */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = PostgresEventStore.connect(options);
    try {
      await store.ready;
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const write = { streamName, events, expectedVersion: options.expectedVersion };
    return this.appendToStreams([write]).then((results) => results[0] as AppendResult);
  }

  async appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    await this.whenOpen();
    const recordedAt = this.clock().toISOString();
    return this.commits.submit(writes.map((write) => prepareWrite(write, recordedAt)));
  }

  async importEvents(events: readonly StoredEvent[]): Promise<ImportResult> {
    await this.whenOpen();
    const results = await this.commits.submit(importWrites(events));
    const skipped = results.filter((result) => result.duplicate).length;
    return { imported: results.length - skipped, skipped };
  }

  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    return this.reads.readStream(streamName, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<StoredEvent> {
    return this.reads.readAll(options);
  }

  subscribeToAll(options?: SubscribeOptions): AsyncIterable<StoredEvent> {
    const context = {
      pool: this.pool,
      signal: this.signal,
      pageSize: this.pageSize,
      pollMs: this.options.pollIntervalMs ?? 500,
      isClosed: () => this.closed,
      whenOpen: () => this.whenOpen(),
    };
    return subscribeToAll(context, options);
  }

  async streamVersion(streamName: string): Promise<number> {
    await this.whenOpen();
    const state = await streamState(this.pool, streamName);
    return state.softDeleted ? -1 : state.version;
  }

  listStreams(prefix: string): AsyncIterable<string> {
    return listStreamNames(this.pool, prefix, this.pageSize, () => this.whenOpen());
  }

  async deleteStream(streamName: string, options: DeleteOptions = {}): Promise<void> {
    await this.beforeMaintenance();
    await this.deletion.deleteStream(streamName, options.hard ?? true);
  }

  async truncateBefore(streamName: string, streamPosition: number): Promise<void> {
    await this.beforeMaintenance();
    await this.deletion.truncateBefore(streamName, streamPosition);
  }

  async compact(): Promise<void> {
    await this.beforeMaintenance();
    await this.deletion.compact();
  }

  /** Whether `close()` was called (the checkpoint store and key vault on this pool refuse calls then). */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Commits what is queued (those callers are answered), ends reads and live subscriptions, closes the pool. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.commits.idle();
    this.closed = true;
    await this.signal.close();
    await Promise.all([...this.openCursors].map((cursor) => cursor.end()));
    await this.pool.end();
  }

  /** Queued appends were called first: they commit before a delete runs. */
  private async beforeMaintenance(): Promise<void> {
    await this.whenOpen();
    await this.commits.idle();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }

  private async whenOpen(): Promise<void> {
    this.assertOpen();
    await this.ready;
    this.assertOpen();
  }
}
