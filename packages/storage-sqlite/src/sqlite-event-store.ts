import type Database from 'better-sqlite3';
import { type NewEvent, type StoredEvent } from '@fairscan/domain';
import {
  type AppendOptions,
  type AppendResult,
  CommitNotifier,
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
import { type ConnectionOptions, openDatabase } from './schema/connection.js';
import { GroupCommit } from './append/group-commit.js';
import { prepareWrite } from './append/prepared-write.js';
import { StreamStateQueries } from './append/stream-state.js';
import { VersionCache } from './append/version-cache.js';
import { StoreReads } from './reads/store-reads.js';
import { subscribeToAll } from './subscription/live-subscription.js';
import { StreamDeletion } from './delete/stream-deletion.js';
import { EventImport } from './append/event-import.js';

export interface SqliteEventStoreOptions extends ConnectionOptions {
  /** Fills `metadata.recordedAt` when an event arrives without it. */
  readonly clock?: () => Date;
  /** A caught-up subscription polls this often for another process's writes (ms, default 250). */
  readonly pollIntervalMs?: number;
  /** Rows per read query (default 1000). */
  readonly pageSize?: number;
  /** A group commit flushes at once past this many queued events (default 2000). */
  readonly maxBatchEvents?: number;
}

/**
 * The embedded default store: one SQLite file in WAL mode, concurrent appends
 * grouped into one transaction, reads and subscriptions by keyset pages.
 */
export class SqliteEventStore implements EventStore {
  readonly capabilities: StoreCapabilities = { multiStreamAtomic: true };
  private readonly clock: () => Date;
  private readonly state: StreamStateQueries;
  private readonly commits: GroupCommit;
  private readonly reads: StoreReads;
  private readonly deletion: StreamDeletion;
  private readonly imports: EventImport;
  private readonly notifier = new CommitNotifier();
  private closed = false;

  private constructor(
    /** The open connection, shared with the checkpoint store of the same file. */
    readonly database: Database.Database,
    private readonly options: SqliteEventStoreOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    const cache = new VersionCache();
    this.state = new StreamStateQueries(database);
    this.commits = new GroupCommit(database, this.state, cache, {
      maxBatchEvents: options.maxBatchEvents,
      onCommit: () => this.notifier.notify(),
    });
    this.reads = new StoreReads(database, () => this.assertOpen(), { pageSize: options.pageSize });
    this.deletion = new StreamDeletion(database, this.state, cache);
    this.imports = new EventImport(database, this.state, cache);
  }

  /** Opens (creating and migrating if needed) the store file; synchronous, as SQLite is. */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    return new SqliteEventStore(openDatabase(options), options);
  }

  appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const write = { streamName, events, expectedVersion: options.expectedVersion };
    return this.appendToStreams([write]).then((results) => results[0] as AppendResult);
  }

  appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    try {
      this.assertOpen();
      const recordedAt = this.clock().toISOString();
      return this.commits.submit(writes.map((write) => prepareWrite(write, recordedAt)));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Queued appends commit first, then the import runs in its own transaction. */
  async importEvents(events: readonly StoredEvent[]): Promise<ImportResult> {
    this.beforeMaintenance();
    const result = this.imports.importEvents(events);
    if (result.imported > 0) this.notifier.notify();
    return result;
  }

  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    return this.reads.readStream(streamName, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<StoredEvent> {
    return this.reads.readAll(options);
  }

  subscribeToAll(options?: SubscribeOptions): AsyncIterable<StoredEvent> {
    const context = {
      all: this.reads.all,
      notifier: this.notifier,
      pageSize: this.reads.pageSize,
      pollMs: this.options.pollIntervalMs ?? 250,
      isClosed: () => this.closed,
      assertOpen: () => this.assertOpen(),
    };
    return subscribeToAll(context, options);
  }

  async streamVersion(streamName: string): Promise<number> {
    this.assertOpen();
    return this.state.liveVersion(streamName);
  }

  listStreams(prefix: string): AsyncIterable<string> {
    return this.reads.listStreams(prefix);
  }

  async deleteStream(streamName: string, options: DeleteOptions = {}): Promise<void> {
    this.beforeMaintenance();
    this.deletion.deleteStream(streamName, options.hard ?? true);
  }

  async truncateBefore(streamName: string, streamPosition: number): Promise<void> {
    this.beforeMaintenance();
    this.deletion.truncateBefore(streamName, streamPosition);
  }

  async compact(): Promise<void> {
    this.beforeMaintenance();
    this.deletion.compact();
  }

  /** Commits what is queued (those callers are answered), ends live subscriptions, closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.commits.flush();
    this.closed = true;
    this.notifier.notify();
    this.database.close();
  }

  /** Queued appends were called first: they commit before a delete runs. */
  private beforeMaintenance(): void {
    this.assertOpen();
    this.commits.flush();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }
}
