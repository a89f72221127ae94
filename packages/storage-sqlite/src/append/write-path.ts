import type Database from 'better-sqlite3';
import { type AppendResult, type StoredEventRef, assertExpectedVersion, classifyAppend, versionMatches } from '@fairscan/event-store';
import { INSERT_EVENT_SQL } from '../schema/event-row.js';
import { type PreparedWrite } from './prepared-write.js';
import { type StreamStateQueries } from './stream-state.js';
import { type VersionCache } from './version-cache.js';

/** Thrown by the fast path when only the careful path can tell a resend from a conflict. */
export const NEEDS_CAREFUL_PATH = new Error('append needs the careful path');

/**
 * Both ways to apply one write inside the batch transaction. The fast path
 * trusts cached versions and lets the UNIQUE indexes catch resends; the
 * careful path reads the database and applies the port's idempotency rule.
 */
export class WritePath {
  private readonly insert: Database.Statement;
  /** Versions written by this batch (only for calls whose savepoint was released). */
  readonly batchVersions = new Map<string, number>();

  constructor(
    db: Database.Database,
    private readonly state: StreamStateQueries,
    private readonly cache: VersionCache,
  ) {
    this.insert = db.prepare(INSERT_EVENT_SQL);
  }

  fast(write: PreparedWrite): AppendResult {
    const version = this.knownVersion(write);
    if (write.payloads.length === 0 || !versionMatches(write.expectedVersion, version)) throw NEEDS_CAREFUL_PATH;
    return this.insertAll(write, version);
  }

  careful(write: PreparedWrite): AppendResult {
    const streamName = write.streamName;
    const eventIds = write.payloads.map(([eventId]) => eventId);
    const stored = eventIds.map((id) => this.liveRef(id));
    const current = this.state.read(streamName);
    const version = current.softDeleted ? -1 : current.version;
    if (classifyAppend(streamName, eventIds, stored) === 'duplicate') {
      const lastGlobalPosition = stored.at(-1)?.globalPosition ?? -1;
      return { nextExpectedVersion: version, lastGlobalPosition, duplicate: true };
    }
    assertExpectedVersion(streamName, write.expectedVersion, version);
    if (current.softDeleted) this.state.purge(streamName);
    if (write.payloads.length === 0) {
      return { nextExpectedVersion: version, lastGlobalPosition: this.state.lastGlobalPosition(streamName), duplicate: false };
    }
    return this.insertAll(write, version);
  }

  /** After a failed savepoint: what it wrote is gone, so the next write to its streams reads the database. */
  forget(writes: readonly PreparedWrite[]): void {
    for (const { streamName } of writes) {
      this.batchVersions.delete(streamName);
      this.cache.forget(streamName);
    }
  }

  /** Where an id is stored; an id of a soft-deleted stream is forgotten (as after a hard delete), so its rows go now. */
  private liveRef(eventId: string): StoredEventRef | undefined {
    const found = this.state.findEventId(eventId);
    if (found?.softDeleted !== 1) return found;
    this.state.purge(found.streamName);
    return undefined;
  }

  private knownVersion({ streamName, expectedVersion }: PreparedWrite): number {
    const known = this.batchVersions.get(streamName) ?? this.cache.get(streamName);
    if (known !== undefined) return known;
    // A new stream (most package streams): position 0 is free unless UNIQUE(stream_name, stream_position)
    // says otherwise, which sends the call down the careful path. Only truncated or deleted streams have a row.
    if ((expectedVersion === 'no_stream' || expectedVersion === -1) && !this.state.hasStreamRow(streamName)) return -1;
    const state = this.state.read(streamName);
    if (!state.softDeleted) return state.version;
    // Appending recreates a soft-deleted stream: its hidden rows go first, positions restart at 0.
    this.state.purge(streamName);
    return -1;
  }

  private insertAll(write: PreparedWrite, version: number): AppendResult {
    const { streamName, payloads } = write;
    let position = version;
    let lastGlobalPosition = -1;
    for (const [eventId, type, data, metadata] of payloads) {
      position += 1;
      lastGlobalPosition = this.insert.run(streamName, position, eventId, type, data, metadata).lastInsertRowid as number;
    }
    this.batchVersions.set(streamName, position);
    return { nextExpectedVersion: position, lastGlobalPosition, duplicate: false };
  }
}
