import type Database from 'better-sqlite3';
import { type StoredEvent } from '@fairscan/domain';
import { DuplicateEventIdError, type ImportResult, WrongExpectedVersionError } from '@fairscan/event-store';
import { INSERT_EVENT_SQL, dataJson } from '../schema/event-row.js';
import { type StreamStateQueries } from './stream-state.js';
import { type VersionCache } from './version-cache.js';

/**
 * `importEvents`: events copied from another store, in one IMMEDIATE
 * transaction, each at its own stream position with its metadata as stored
 * there (recordedAt included). A resent event is skipped; a conflict undoes the call.
 */
export class EventImport {
  private readonly insert: Database.Statement;
  private readonly holdsEvents: Database.Statement;
  private readonly run: Database.Transaction<(events: readonly StoredEvent[]) => ImportResult>;

  constructor(
    db: Database.Database,
    private readonly state: StreamStateQueries,
    private readonly cache: VersionCache,
  ) {
    this.insert = db.prepare(INSERT_EVENT_SQL);
    this.holdsEvents = db.prepare('SELECT 1 FROM events WHERE stream_name = ? LIMIT 1').pluck();
    this.run = db.transaction((events) => {
      let imported = 0;
      for (const event of events) if (this.importOne(event)) imported++;
      return { imported, skipped: events.length - imported };
    });
  }

  importEvents(events: readonly StoredEvent[]): ImportResult {
    try {
      return this.run.immediate(events);
    } finally {
      for (const { streamName } of events) this.cache.forget(streamName);
    }
  }

  /** True when written, false when already stored at the same place. */
  private importOne(event: StoredEvent): boolean {
    const { streamName, streamPosition, metadata } = event;
    if (this.alreadyStored(event)) return false;
    const current = this.state.read(streamName);
    if (current.softDeleted) this.state.purge(streamName);
    const version = current.softDeleted ? -1 : current.version;
    // The stream's next position, or any above the version of a stream holding no event (truncated at the source).
    if (streamPosition !== version + 1 && (this.holdsEvents.get(streamName) !== undefined || streamPosition <= version)) {
      throw new WrongExpectedVersionError(streamName, streamPosition - 1, version);
    }
    this.insert.run(streamName, streamPosition, metadata.eventId, event.type, dataJson(event.data), JSON.stringify(metadata));
    return true;
  }

  /** Stored at the same place: a resent event. Stored elsewhere: a conflict. An id of a soft-deleted stream is forgotten (its rows go now). */
  private alreadyStored({ streamName, streamPosition, metadata }: StoredEvent): boolean {
    const found = this.state.findEventId(metadata.eventId);
    if (found === undefined) return false;
    if (found.softDeleted === 1) {
      this.state.purge(found.streamName);
      return false;
    }
    if (found.streamName === streamName && found.streamPosition === streamPosition) return true;
    throw new DuplicateEventIdError(streamName, metadata.eventId);
  }
}
