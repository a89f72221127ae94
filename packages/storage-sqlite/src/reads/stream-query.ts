import type Database from 'better-sqlite3';
import { type ReadStreamOptions } from '@fairscan/event-store';
import { SELECT_EVENT_COLUMNS } from '../schema/event-row.js';
import { type RawRow } from './all-query.js';

// Evaluated once per page, not per row: a soft-deleted stream reads as empty.
const LIVE = 'NOT EXISTS (SELECT 1 FROM streams WHERE stream_name = @stream AND deleted = 1)';

/** Keyset pages of one stream by streamPosition, on the (stream_name, stream_position) index. */
export class StreamQuery {
  private readonly forwards: Database.Statement;
  private readonly backwards: Database.Statement;

  constructor(db: Database.Database) {
    const select = `SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE stream_name = @stream AND ${LIVE}`;
    this.forwards = db.prepare(`${select} AND stream_position >= @from ORDER BY stream_position LIMIT @limit`).raw();
    this.backwards = db.prepare(`${select} AND stream_position <= @from ORDER BY stream_position DESC LIMIT @limit`).raw();
  }

  /** Rows from `from` (inclusive) in `direction`; the caller continues from the last row's position. */
  page(streamName: string, from: number, limit: number, backwards: boolean): RawRow[] {
    return (backwards ? this.backwards : this.forwards).all({ stream: streamName, from, limit }) as RawRow[];
  }
}

/** Where a read starts: the first stored event forwards, the last one backwards. */
export function startPosition(options: ReadStreamOptions): number {
  if (options.direction === 'backwards') return options.from ?? Number.MAX_SAFE_INTEGER;
  return Math.max(options.from ?? 0, 0);
}
