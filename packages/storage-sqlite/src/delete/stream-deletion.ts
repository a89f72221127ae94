import type Database from 'better-sqlite3';
import { type StreamStateQueries } from '../append/stream-state.js';
import { type VersionCache } from '../append/version-cache.js';

/**
 * Retention and erasure. A hard delete removes the rows now; a soft delete
 * hides the stream at once and leaves the row deletion to `compact()`, which
 * also rewrites the file so no deleted byte survives on disk (GDPR Art. 17).
 */
export class StreamDeletion {
  private readonly markSoftDeleted: Database.Statement;
  private readonly truncateEvents: Database.Statement;
  private readonly keepVersion: Database.Statement;
  private readonly purgeSoftDeleted: Database.Statement;
  private readonly forgetSoftDeleted: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly state: StreamStateQueries,
    private readonly cache: VersionCache,
  ) {
    this.markSoftDeleted = db.prepare(
      `INSERT INTO streams (stream_name, version, deleted) VALUES (?, ?, 1)
       ON CONFLICT (stream_name) DO UPDATE SET version = excluded.version, deleted = 1`,
    );
    this.truncateEvents = db.prepare('DELETE FROM events WHERE stream_name = ? AND stream_position < ?');
    // The version outlives the truncated events: the next append continues after it.
    this.keepVersion = db.prepare(
      `INSERT INTO streams (stream_name, version, deleted) VALUES (?, ?, 0)
       ON CONFLICT (stream_name) DO UPDATE SET version = excluded.version`,
    );
    this.purgeSoftDeleted = db.prepare(
      'DELETE FROM events WHERE stream_name IN (SELECT stream_name FROM streams WHERE deleted = 1)',
    );
    this.forgetSoftDeleted = db.prepare('DELETE FROM streams WHERE deleted = 1');
  }

  deleteStream(streamName: string, hard: boolean): void {
    this.cache.forget(streamName);
    this.inTransaction(() => {
      const current = this.state.read(streamName);
      if (hard) this.state.purge(streamName);
      else if (!current.softDeleted && current.version >= 0) this.markSoftDeleted.run(streamName, current.version);
    });
  }

  truncateBefore(streamName: string, streamPosition: number): void {
    this.inTransaction(() => {
      const version = this.state.liveVersion(streamName);
      if (version < 0) return;
      this.truncateEvents.run(streamName, streamPosition);
      this.keepVersion.run(streamName, version);
    });
  }

  /** Soft-deleted rows go, then the WAL is emptied and the file rewritten without free pages. */
  compact(): void {
    this.inTransaction(() => {
      this.purgeSoftDeleted.run();
      this.forgetSoftDeleted.run();
    });
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.exec('VACUUM');
    // VACUUM in WAL mode writes the new pages through the WAL: checkpoint again so it holds nothing old.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  private inTransaction(work: () => void): void {
    this.db.transaction(work).immediate();
  }
}
