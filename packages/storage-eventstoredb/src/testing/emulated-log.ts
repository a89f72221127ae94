import { type ExpectedRevision, checkExpected } from './expected.js';
import { StreamMetadataIndex, deletedMarker } from './stream-metadata.js';

/** One event in the emulated transaction log; commit and prepare positions are equal (v20+ single-write transactions). */
export interface LogRecord {
  readonly position: number;
  readonly streamName: string;
  /** Revision in its stream; `tombstoneRevision` for the `$streamDeleted` record a tombstone writes. */
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, as EventStoreDB's `created` metadata. */
  readonly created: bigint;
}

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** What the proposed messages of Append and BatchAppend both offer (each RPC generates its own class). */
interface ProposedMessage {
  getId(): { getString(): string } | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** A proposed message as the log stores it; a message without an id gets one, as EventStoreDB does. */
export function proposedEvent(message: ProposedMessage): ProposedEvent {
  const map = message.getMetadataMap();
  return {
    id: message.getId()?.getString() ?? crypto.randomUUID(),
    type: map.get('type') ?? '',
    contentType: map.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

export const tombstoneRevision = -2;

interface StreamState {
  /** Stored records of the stream in revision order (scavenging removes leading ones). */
  records: LogRecord[];
  lastRevision: number;
  tombstoned: boolean;
}

export type AppendOutcome =
  | { readonly kind: 'ok'; readonly lastRevision: number; readonly position: number }
  | { readonly kind: 'wrong-expected-version'; readonly current: number }
  | { readonly kind: 'stream-deleted' };

/**
 * The log every emulated RPC reads and writes: an append-only array of
 * records in commit order (what `$all` shows, deleted and truncated events
 * included until a scavenge, as on a real node), a per-stream index, and
 * stream metadata read from `$$<stream>` streams.
 */
export class EmulatedLog {
  readonly metadata = new StreamMetadataIndex();
  private records: LogRecord[] = [];
  private readonly streams = new Map<string, StreamState>();
  private nextPosition = 128;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly clock: () => number = Date.now) {}

  get all(): readonly LogRecord[] {
    return this.records;
  }

  stream(streamName: string): StreamState | undefined {
    return this.streams.get(streamName);
  }

  lastRevision(streamName: string): number {
    return this.streams.get(streamName)?.lastRevision ?? -1;
  }

  append(streamName: string, expected: ExpectedRevision, events: readonly ProposedEvent[]): AppendOutcome {
    const state = this.streams.get(streamName);
    if (state?.tombstoned) return { kind: 'stream-deleted' };
    const current = state?.lastRevision ?? -1;
    const softDeleted = this.metadata.isSoftDeleted(streamName);
    if (!checkExpected(expected, current, softDeleted)) return { kind: 'wrong-expected-version', current };
    if (softDeleted && events.length > 0) {
      // A soft-deleted stream comes back on its next write, earlier events staying truncated.
      this.write(`$$${streamName}`, [this.metadataEvent({ ...this.metadata.of(streamName), $tb: current + 1 })]);
    }
    const position = this.write(streamName, events);
    return { kind: 'ok', lastRevision: this.lastRevision(streamName), position };
  }

  /** Soft delete: `$tb` set to the deleted marker in the stream's metadata, as the server does. */
  softDelete(streamName: string): AppendOutcome {
    if (this.streams.get(streamName)?.tombstoned) return { kind: 'stream-deleted' };
    const json = JSON.stringify({ ...this.metadata.of(streamName), $tb: 0 }).replace('"$tb":0', `"$tb":${deletedMarker}`);
    const position = this.write(`$$${streamName}`, [{ ...this.metadataEvent({}), data: Buffer.from(json) }]);
    return { kind: 'ok', lastRevision: this.lastRevision(streamName), position };
  }

  tombstone(streamName: string): AppendOutcome {
    const state = this.streams.get(streamName);
    if (state?.tombstoned) return { kind: 'stream-deleted' };
    const event = { id: crypto.randomUUID(), type: '$streamDeleted', contentType: 'application/octet-stream', data: new Uint8Array(), customMetadata: new Uint8Array() };
    const position = this.write(streamName, [event], tombstoneRevision);
    const tombstoned = this.streams.get(streamName) as StreamState;
    tombstoned.tombstoned = true;
    return { kind: 'ok', lastRevision: tombstoned.lastRevision, position };
  }

  /** Calls `wake` once on the next write (or `wake()`), for live subscriptions; returns the way to cancel that. */
  onNextWrite(wake: () => void): () => void {
    this.waiters.add(wake);
    return () => this.waiters.delete(wake);
  }

  wake(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    waiters.forEach((resolve) => resolve());
  }

  /** Index of the first record whose position is above `position` (binary search: positions increase). */
  indexAfter(position: number): number {
    let [low, high] = [0, this.records.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.records[mid] as LogRecord).position <= position) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Physically removes what a scavenge removes; keeps tombstone records, as the server does. */
  scavenge(keep: (record: LogRecord) => boolean): number {
    const before = this.records.length;
    this.records = this.records.filter(keep);
    for (const state of this.streams.values()) state.records = state.records.filter(keep);
    return before - this.records.length;
  }

  now(): number {
    return this.clock();
  }

  private write(streamName: string, events: readonly ProposedEvent[], fixedRevision?: number): number {
    const state = this.streams.get(streamName) ?? { records: [], lastRevision: -1, tombstoned: false };
    this.streams.set(streamName, state);
    const created = BigInt(this.clock()) * 10_000n;
    let position = this.nextPosition;
    for (const event of events) {
      position = this.nextPosition;
      const revision = fixedRevision ?? state.lastRevision + 1;
      const record: LogRecord = { ...event, position, streamName, revision, created };
      this.nextPosition += 64 + event.data.length + event.customMetadata.length + streamName.length;
      this.records.push(record);
      state.records.push(record);
      if (fixedRevision === undefined) state.lastRevision = revision;
      if (streamName.startsWith('$$')) this.metadata.record(streamName.slice(2), event.data);
    }
    this.wake();
    return position;
  }

  private metadataEvent(content: Record<string, unknown>): ProposedEvent {
    return { id: crypto.randomUUID(), type: '$metadata', contentType: 'application/json', data: Buffer.from(JSON.stringify(content)), customMetadata: new Uint8Array() };
  }
}
