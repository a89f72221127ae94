import type Database from 'better-sqlite3';
import { type AppendResult } from '@fairscan/event-store';
import { type PreparedWrite } from './prepared-write.js';
import { type StreamStateQueries } from './stream-state.js';
import { type VersionCache } from './version-cache.js';
import { NEEDS_CAREFUL_PATH, WritePath } from './write-path.js';
import { isUniqueViolation } from './sqlite-errors.js';
import { RETRY_WITH_SAVEPOINTS, SavepointFree } from './savepoint-free.js';

interface QueuedCall {
  readonly writes: readonly PreparedWrite[];
  readonly resolve: (results: AppendResult[]) => void;
  readonly reject: (error: unknown) => void;
  outcome?: AppendResult[] | { error: unknown };
}

export interface GroupCommitOptions {
  /** Flush at once when this many events are queued, instead of waiting for the next turn. */
  readonly maxBatchEvents?: number;
  /** Called after each COMMIT that wrote something (wakes live subscriptions). */
  readonly onCommit?: () => void;
}

const guardEveryCall: ReadonlySet<number> = new Set();

/**
 * Concurrent appends share one transaction (one fsync): calls queue during a
 * turn of the event loop and are flushed together. Each call runs in its own
 * SAVEPOINT, in queue order, so a conflict undoes that call only (calls that
 * cannot fail half-way skip it: see SavepointFree); every caller's promise
 * settles after the COMMIT.
 */
export class GroupCommit {
  private queue: QueuedCall[] = [];
  private queuedEvents = 0;
  private scheduled = false;
  private dataVersion: unknown;
  private readonly writePath: WritePath;
  private readonly savepointFree: SavepointFree;
  private readonly readDataVersion: Database.Statement;
  private readonly runBatch: Database.Transaction<(calls: QueuedCall[], guarded: boolean) => void>;
  private readonly fastCall: Database.Transaction<(writes: readonly PreparedWrite[]) => AppendResult[]>;
  private readonly carefulCall: Database.Transaction<(writes: readonly PreparedWrite[]) => AppendResult[]>;

  constructor(
    db: Database.Database,
    state: StreamStateQueries,
    private readonly cache: VersionCache,
    private readonly options: GroupCommitOptions = {},
  ) {
    this.writePath = new WritePath(db, state, cache);
    this.savepointFree = new SavepointFree(db);
    this.readDataVersion = db.prepare('PRAGMA data_version').pluck();
    // better-sqlite3 runs a transaction function called inside another as a SAVEPOINT.
    this.fastCall = db.transaction((writes) => writes.map((write) => this.writePath.fast(write)));
    this.carefulCall = db.transaction((writes) => writes.map((write) => this.writePath.careful(write)));
    this.runBatch = db.transaction((calls, guarded) => {
      this.dropCacheIfOthersWrote();
      const plain = guarded ? guardEveryCall : this.savepointFree.pick(calls.map((call) => call.writes));
      calls.forEach((call, index) => (call.outcome = plain.has(index) ? this.runPlain(call.writes) : this.runCall(call.writes)));
    });
  }

  submit(writes: readonly PreparedWrite[]): Promise<AppendResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ writes, resolve, reject });
      for (const write of writes) this.queuedEvents += write.payloads.length;
      if (this.queuedEvents >= (this.options.maxBatchEvents ?? 2000)) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued now (also before a delete, so calls keep their order). */
  flush(): void {
    this.scheduled = false;
    const calls = this.queue;
    if (calls.length === 0) return;
    this.queue = [];
    this.queuedEvents = 0;
    try {
      this.commit(calls);
    } catch (error) {
      this.abandon(calls, error);
      return;
    }
    this.settle(calls);
  }

  /** Rejects whatever is still queued (the store is closing). */
  rejectQueued(error: unknown): void {
    const calls = this.queue;
    this.queue = [];
    this.queuedEvents = 0;
    for (const call of calls) call.reject(error);
  }

  private commit(calls: QueuedCall[]): void {
    try {
      this.runBatch.immediate(calls, false);
    } catch (error) {
      if (error !== RETRY_WITH_SAVEPOINTS) throw error;
      this.writePath.batchVersions.clear();
      this.runBatch.immediate(calls, true);
    }
  }

  /** No savepoint to roll back to: any failure undoes the whole batch, which runs again guarded. */
  private runPlain(writes: readonly PreparedWrite[]): AppendResult[] {
    try {
      return writes.map((write) => this.writePath.fast(write));
    } catch {
      throw RETRY_WITH_SAVEPOINTS;
    }
  }

  private runCall(writes: readonly PreparedWrite[]): AppendResult[] | { error: unknown } {
    try {
      return this.fastCall(writes);
    } catch (error) {
      this.writePath.forget(writes);
      if (error !== NEEDS_CAREFUL_PATH && !isUniqueViolation(error)) return { error };
    }
    try {
      return this.carefulCall(writes);
    } catch (error) {
      this.writePath.forget(writes);
      return { error };
    }
  }

  /** Another process committed since our last batch: our cached versions may be stale. */
  private dropCacheIfOthersWrote(): void {
    const current = this.readDataVersion.get();
    if (current !== this.dataVersion) this.cache.clear();
    this.dataVersion = current;
  }

  private settle(calls: readonly QueuedCall[]): void {
    const written = this.writePath.batchVersions;
    for (const [streamName, version] of written) this.cache.set(streamName, version);
    written.clear();
    if (calls.some((call) => Array.isArray(call.outcome))) this.options.onCommit?.();
    for (const call of calls) {
      const outcome = call.outcome;
      if (Array.isArray(outcome)) call.resolve(outcome);
      else call.reject(outcome?.error);
    }
  }

  /** The COMMIT itself failed: nothing of the batch is stored, and nothing we cached can be trusted. */
  private abandon(calls: readonly QueuedCall[], error: unknown): void {
    this.writePath.batchVersions.clear();
    this.cache.clear();
    for (const call of calls) call.reject(error);
  }
}
