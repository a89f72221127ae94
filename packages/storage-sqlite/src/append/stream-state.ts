import type Database from 'better-sqlite3';
import { type StoredEventRef } from '@fairscan/event-store';

export interface StreamState {
  /** streamPosition of the last event ever appended and not deleted; -1 when absent. */
  readonly version: number;
  /** Soft-deleted: hidden from reads; its rows go at the next append or compaction. */
  readonly softDeleted: boolean;
}

/** Where an event id is stored, and whether its stream is soft-deleted (then the id counts as forgotten). */
export interface StoredIdRow extends StoredEventRef {
  readonly softDeleted: number;
}

/**
 * What the database (the truth, whoever wrote it) says about a stream. A
 * version survives truncation through the `streams` row, so it is the larger
 * of the last stored position and that row's version.
 */
export class StreamStateQueries {
  private readonly state: Database.Statement;
  private readonly storedId: Database.Statement;
  private readonly lastGlobal: Database.Statement;
  private readonly streamRow: Database.Statement;
  private readonly purgeEvents: Database.Statement;
  private readonly purgeStream: Database.Statement;

  constructor(db: Database.Database) {
    this.state = db
      .prepare(
        `SELECT MAX(v), MAX(d) FROM (
           SELECT MAX(stream_position) AS v, 0 AS d FROM events WHERE stream_name = @stream
           UNION ALL SELECT version, deleted FROM streams WHERE stream_name = @stream)`,
      )
      .raw();
    this.storedId = db.prepare(
      `SELECT e.stream_name AS streamName, e.stream_position AS streamPosition, e.global_position AS globalPosition,
              EXISTS (SELECT 1 FROM streams s WHERE s.stream_name = e.stream_name AND s.deleted = 1) AS softDeleted
         FROM events e WHERE e.event_id = ?`,
    );
    this.streamRow = db.prepare('SELECT 1 FROM streams WHERE stream_name = ?').pluck();
    this.lastGlobal = db.prepare('SELECT MAX(global_position) FROM events WHERE stream_name = ?').pluck();
    this.purgeEvents = db.prepare('DELETE FROM events WHERE stream_name = ?');
    this.purgeStream = db.prepare('DELETE FROM streams WHERE stream_name = ?');
  }

  read(streamName: string): StreamState {
    const [version, deleted] = this.state.get({ stream: streamName }) as [number | null, number | null];
    return { version: version ?? -1, softDeleted: deleted === 1 };
  }

  /** Whether the stream was ever truncated or soft-deleted (else its version is its last stored position). */
  hasStreamRow(streamName: string): boolean {
    return this.streamRow.get(streamName) !== undefined;
  }

  /** Version as the port sees it: a soft-deleted stream is absent. */
  liveVersion(streamName: string): number {
    const state = this.read(streamName);
    return state.softDeleted ? -1 : state.version;
  }

  findEventId(eventId: string): StoredIdRow | undefined {
    return this.storedId.get(eventId) as StoredIdRow | undefined;
  }

  lastGlobalPosition(streamName: string): number {
    return (this.lastGlobal.get(streamName) as number | null) ?? -1;
  }

  /** Physically removes a stream (rows, then its version row); the caller holds the transaction. */
  purge(streamName: string): void {
    this.purgeEvents.run(streamName);
    this.purgeStream.run(streamName);
  }
}
