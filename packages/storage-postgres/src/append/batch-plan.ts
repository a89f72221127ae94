import { type AppendResult, DuplicateEventIdError, WrongExpectedVersionError, assertExpectedVersion, classifyAppend } from '@fairscan/event-store';
import { type BatchState, type StoredId } from './batch-state.js';
import { type EventPayload, type PreparedWrite } from './prepared-write.js';

/** A row to insert; its globalPosition comes back from the INSERT. */
export interface PlannedRow {
  readonly streamName: string;
  readonly streamPosition: number;
  readonly payload: EventPayload;
}

/** A result whose last globalPosition is known now, or is that of an event this batch inserts. */
export interface PlannedResult {
  readonly nextExpectedVersion: number;
  readonly last: number | { readonly eventId: string };
  readonly duplicate: boolean;
}

interface PlanStream {
  readonly version: number;
  readonly softDeleted: boolean;
  readonly last: number | { readonly eventId: string };
}

const absent: PlanStream = { version: -1, softDeleted: false, last: -1 };

/** One call's changes, merged into the batch only if every write of the call is accepted (atomic per call). */
class CallScope {
  readonly streams = new Map<string, PlanStream>();
  readonly ids = new Map<string, StoredId>();
  readonly rows: PlannedRow[] = [];
  readonly purges: string[] = [];
}

/**
 * Decides every call of a batch in memory, in queue order, from the state read
 * under the schema's write lock (no other writer can change it before COMMIT):
 * the port's idempotency rule, the expected version, soft-deleted streams
 * recreated from position 0. A refused call leaves no trace in the batch.
 */
export class BatchPlan {
  readonly rows: PlannedRow[] = [];
  readonly purges = new Set<string>();
  private readonly streams = new Map<string, PlanStream>();
  private readonly ids: Map<string, StoredId>;
  private scope = new CallScope();

  constructor(state: BatchState) {
    for (const [name, stream] of state.streams) {
      this.streams.set(name, { version: stream.version, softDeleted: stream.softDeleted, last: stream.lastGlobalPosition });
    }
    this.ids = new Map(state.ids);
  }

  /** The call's results, or the error that refuses it whole. */
  planCall(writes: readonly PreparedWrite[]): PlannedResult[] | { error: unknown } {
    this.scope = new CallScope();
    try {
      const results = writes.map((write) => this.planWrite(write));
      this.merge();
      return results;
    } catch (error) {
      return { error };
    }
  }

  private planWrite(write: PreparedWrite): PlannedResult {
    const { streamName, payloads } = write;
    const eventIds = payloads.map((payload) => payload.eventId);
    const stored = eventIds.map((id) => this.liveRef(id));
    if (payloads.some((payload) => payload.streamPosition !== undefined)) return this.planImport(write, stored);
    const current = this.stream(streamName);
    const version = current.softDeleted ? -1 : current.version;
    if (classifyAppend(streamName, eventIds, stored) === 'duplicate') {
      const ref = stored.at(-1) as StoredId;
      return { nextExpectedVersion: version, last: pendingOr(ref, eventIds.at(-1) as string), duplicate: true };
    }
    assertExpectedVersion(streamName, write.expectedVersion, version);
    if (current.softDeleted) this.purge(streamName);
    if (payloads.length === 0) return { nextExpectedVersion: version, last: this.stream(streamName).last, duplicate: false };
    return this.insert(streamName, payloads.map((payload, i) => [payload, version + 1 + i]));
  }

  /** Events copied from another store keep their stream positions (a truncated stream starts above 0). */
  private planImport(write: PreparedWrite, stored: ReadonlyArray<StoredId | undefined>): PlannedResult {
    const { streamName, payloads } = write;
    const [payload, ref] = [payloads[0] as EventPayload, stored[0]];
    const position = payload.streamPosition as number;
    if (ref !== undefined) {
      if (ref.streamName !== streamName || ref.streamPosition !== position) throw new DuplicateEventIdError(streamName, payload.eventId);
      return { nextExpectedVersion: this.stream(streamName).version, last: pendingOr(ref, payload.eventId), duplicate: true };
    }
    if (this.stream(streamName).softDeleted) this.purge(streamName);
    const { version, last } = this.stream(streamName);
    // The stream's next position, or any above the version of a stream holding no event (truncated at the source).
    if (position !== version + 1 && (last !== -1 || position <= version)) throw new WrongExpectedVersionError(streamName, position - 1, version);
    return this.insert(streamName, [[payload, position]]);
  }

  private insert(streamName: string, placed: ReadonlyArray<readonly [EventPayload, number]>): PlannedResult {
    let last: PlannedResult['last'] = -1;
    let position = -1;
    for (const [payload, streamPosition] of placed) {
      this.scope.rows.push({ streamName, streamPosition, payload });
      this.scope.ids.set(payload.eventId, { streamName, streamPosition, globalPosition: -1, softDeleted: false });
      last = { eventId: payload.eventId };
      position = streamPosition;
    }
    this.scope.streams.set(streamName, { version: position, softDeleted: false, last });
    return { nextExpectedVersion: position, last, duplicate: false };
  }

  /** Where an id is stored; an id of a soft-deleted stream counts as forgotten, and that stream's rows go now. */
  private liveRef(eventId: string): StoredId | undefined {
    const found = this.scope.ids.get(eventId) ?? this.ids.get(eventId);
    if (found?.softDeleted !== true) return found;
    if (this.stream(found.streamName).softDeleted) this.purge(found.streamName);
    return undefined;
  }

  private stream(streamName: string): PlanStream {
    return this.scope.streams.get(streamName) ?? this.streams.get(streamName) ?? absent;
  }

  private purge(streamName: string): void {
    this.scope.purges.push(streamName);
    this.scope.streams.set(streamName, absent);
  }

  private merge(): void {
    const { streams, ids, rows, purges } = this.scope;
    for (const name of purges) this.purges.add(name);
    for (const [name, stream] of streams) this.streams.set(name, stream);
    for (const [id, ref] of ids) this.ids.set(id, ref);
    this.rows.push(...rows);
  }
}

/** A stored id's globalPosition, or (inserted by this batch: -1 until then) the id to look up after the INSERT. */
const pendingOr = (ref: StoredId, eventId: string): PlannedResult['last'] => (ref.globalPosition >= 0 ? ref.globalPosition : { eventId });

/** The port's result once the INSERT has told every new event's globalPosition. */
export function resolveResult(planned: PlannedResult, positions: ReadonlyMap<string, number>): AppendResult {
  const last = typeof planned.last === 'number' ? planned.last : (positions.get(planned.last.eventId) ?? -1);
  return { nextExpectedVersion: planned.nextExpectedVersion, lastGlobalPosition: last, duplicate: planned.duplicate };
}
