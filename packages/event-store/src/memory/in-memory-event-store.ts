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
  type StreamWrite,
  type SubscribeOptions,
} from '../port/event-store.js';
import { DuplicateEventIdError, StoreClosedError, WrongExpectedVersionError } from '../port/errors.js';
import { assertExpectedVersion } from '../port/expected-version.js';
import { classifyAppend } from '../port/idempotency.js';
import { compileFilter } from '../port/all-filter.js';
import { CommitNotifier } from './notifier.js';
import { storedCopy } from './frozen-copy.js';

interface StreamRecord {
  /** streamPosition of the last event ever appended (truncation keeps it). */
  version: number;
  /** Events still held, contiguous positions (truncation removes a prefix). */
  readonly events: StoredEvent[];
}

interface AppliedWrite {
  readonly result: AppendResult;
  readonly written: readonly StoredEvent[];
  readonly created: boolean;
}

export interface InMemoryEventStoreOptions {
  readonly clock?: () => Date;
}

/**
 * The reference store: every port behaviour, nothing durable. Tests, demos
 * and the conformance kit's own checks run on it.
 */
export class InMemoryEventStore implements EventStore {
  readonly capabilities: StoreCapabilities = { multiStreamAtomic: true };
  private readonly streams = new Map<string, StreamRecord>();
  private readonly byId = new Map<string, StoredEvent>();
  /** Global order: `log[globalPosition - 1]`, undefined once deleted. */
  private readonly log: (StoredEvent | undefined)[] = [];
  private readonly notifier = new CommitNotifier();
  private readonly clock: () => Date;
  private closed = false;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
  }

  async appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ streamName, events, expectedVersion: options.expectedVersion }]);
    return result as AppendResult;
  }

  async appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    this.assertOpen();
    const applied: AppliedWrite[] = [];
    try {
      for (const write of writes) applied.push(this.apply(write));
    } catch (error) {
      // One call is one transaction: undo in reverse so positions stay dense.
      for (const done of applied.reverse()) this.undo(done.written, done.created);
      throw error;
    }
    if (applied.some((done) => done.written.length > 0)) this.notifier.notify();
    return applied.map((done) => done.result);
  }

  async importEvents(events: readonly StoredEvent[]): Promise<ImportResult> {
    this.assertOpen();
    const undo: Array<() => void> = [];
    try {
      for (const event of events) this.importOne(event, undo);
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
    if (undo.length > 0) this.notifier.notify();
    return { imported: undo.length, skipped: events.length - undo.length };
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<StoredEvent> {
    this.assertOpen();
    const step = options.direction === 'backwards' ? -1 : 1;
    let position = this.startPosition(streamName, options, step);
    for (let left = options.maxCount ?? Infinity; left > 0; left--, position += step) {
      const event = this.eventAt(streamName, position);
      if (event === undefined) return;
      yield event;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<StoredEvent> {
    this.assertOpen();
    const matches = compileFilter(options.filter);
    let left = options.maxCount ?? Infinity;
    for (let index = Math.max(options.after ?? 0, 0); index < this.log.length && left > 0; index++) {
      this.assertOpen();
      const event = this.log[index];
      if (event === undefined || !matches(event)) continue;
      left--;
      yield event;
    }
  }

  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
    this.assertOpen();
    const { signal } = options;
    const matches = compileFilter(options.filter);
    let index = Math.max(options.after ?? 0, 0);
    while (!this.closed && signal?.aborted !== true) {
      if (index >= this.log.length) {
        await this.notifier.wait(signal);
        continue;
      }
      const event = this.log[index++];
      if (event !== undefined && matches(event)) yield event;
    }
  }

  async streamVersion(streamName: string): Promise<number> {
    this.assertOpen();
    return this.streams.get(streamName)?.version ?? -1;
  }

  async *listStreams(prefix: string): AsyncIterable<string> {
    this.assertOpen();
    const names = [...this.streams].filter(([name, record]) => name.startsWith(prefix) && record.events.length > 0);
    yield* names.map(([name]) => name).sort();
  }

  /** Hard and soft deletes are the same here: memory has nothing to compact. */
  async deleteStream(streamName: string, _options: DeleteOptions = {}): Promise<void> {
    this.assertOpen();
    const record = this.streams.get(streamName);
    if (record === undefined) return;
    this.forget(record.events);
    this.streams.delete(streamName);
  }

  async truncateBefore(streamName: string, streamPosition: number): Promise<void> {
    this.assertOpen();
    const record = this.streams.get(streamName);
    if (record === undefined) return;
    const keepFrom = record.events.findIndex((event) => event.streamPosition >= streamPosition);
    this.forget(record.events.splice(0, keepFrom === -1 ? record.events.length : keepFrom));
  }

  async compact(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.notifier.notify();
  }

  private apply(write: StreamWrite): AppliedWrite {
    const record = this.streams.get(write.streamName);
    const version = record?.version ?? -1;
    const ids = write.events.map((event) => event.metadata.eventId);
    const stored = ids.map((id) => this.byId.get(id));
    if (classifyAppend(write.streamName, ids, stored) === 'duplicate') {
      const last = stored.at(-1) as StoredEvent;
      return { result: { nextExpectedVersion: version, lastGlobalPosition: last.globalPosition, duplicate: true }, written: [], created: false };
    }
    assertExpectedVersion(write.streamName, write.expectedVersion, version);
    if (write.events.length === 0) {
      const lastGlobalPosition = record?.events.at(-1)?.globalPosition ?? -1;
      return { result: { nextExpectedVersion: version, lastGlobalPosition, duplicate: false }, written: [], created: false };
    }
    return this.write(write, record);
  }

  private write(write: StreamWrite, record: StreamRecord | undefined): AppliedWrite {
    const target = record ?? { version: -1, events: [] };
    if (record === undefined) this.streams.set(write.streamName, target);
    const written = write.events.map((event) => this.store(write.streamName, target, event));
    const lastGlobalPosition = (written.at(-1) as StoredEvent).globalPosition;
    return { result: { nextExpectedVersion: target.version, lastGlobalPosition, duplicate: false }, written, created: record === undefined };
  }

  private store(streamName: string, record: StreamRecord, event: NewEvent): StoredEvent {
    const position = { streamName, streamPosition: record.version + 1, globalPosition: this.log.length + 1 };
    const stored = storedCopy(event, position, this.clock().toISOString());
    record.version += 1;
    record.events.push(stored);
    this.log.push(stored);
    this.byId.set(stored.metadata.eventId, stored);
    return stored;
  }

  /** At its own stream position: the stream's next, or any above the version of a stream holding no event (truncated at the source). */
  private importOne(event: StoredEvent, undo: Array<() => void>): void {
    const { streamName, streamPosition, metadata } = event;
    const stored = this.byId.get(metadata.eventId);
    if (stored !== undefined && (stored.streamName !== streamName || stored.streamPosition !== streamPosition)) {
      throw new DuplicateEventIdError(streamName, metadata.eventId);
    }
    if (stored !== undefined) return;
    const record = this.streams.get(streamName) ?? { version: -1, events: [] };
    const version = record.version;
    if (streamPosition !== version + 1 && (record.events.length > 0 || streamPosition <= version)) {
      throw new WrongExpectedVersionError(streamName, streamPosition - 1, version);
    }
    const created = !this.streams.has(streamName);
    this.streams.set(streamName, record);
    record.version = streamPosition - 1;
    const written = this.store(streamName, record, event);
    undo.push(() => this.undo([written], created, version));
  }

  private undo(written: readonly StoredEvent[], created: boolean, previousVersion?: number): void {
    const first = written[0];
    if (first === undefined) return;
    const record = this.streams.get(first.streamName) as StreamRecord;
    record.events.length -= written.length;
    record.version = previousVersion ?? record.version - written.length;
    this.log.length -= written.length;
    for (const event of written) this.byId.delete(event.metadata.eventId);
    if (created) this.streams.delete(first.streamName);
  }

  private forget(events: readonly StoredEvent[]): void {
    for (const event of events) {
      this.log[event.globalPosition - 1] = undefined;
      this.byId.delete(event.metadata.eventId);
    }
  }

  private startPosition(streamName: string, options: ReadStreamOptions, step: number): number {
    const record = this.streams.get(streamName);
    const first = record?.events[0]?.streamPosition ?? 0;
    if (step > 0) return Math.max(options.from ?? first, first);
    return Math.min(options.from ?? Infinity, record?.version ?? -1);
  }

  private eventAt(streamName: string, position: number): StoredEvent | undefined {
    const events = this.streams.get(streamName)?.events;
    const first = events?.[0]?.streamPosition;
    return first === undefined ? undefined : events?.[position - first];
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }
}
