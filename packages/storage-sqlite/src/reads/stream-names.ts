import type Database from 'better-sqlite3';

export interface StreamNamesPage {
  /** Names that still hold events and are not soft-deleted. */
  readonly live: string[];
  /** The last name scanned (live or not), where the next page starts; undefined at the end. */
  readonly continueAfter: string | undefined;
}

/**
 * Stream names under a prefix, a page at a time, by a skip-scan of the
 * (stream_name, stream_position) index: one index seek per stream, however
 * long the stream (an audit stream holds years of events).
 */
export class StreamNames {
  private readonly statement: Database.Statement;

  constructor(db: Database.Database) {
    this.statement = db
      .prepare(
        `WITH RECURSIVE names(name) AS (
           SELECT (SELECT MIN(stream_name) FROM events WHERE stream_name >= @start AND stream_name < @prefix || x'ff')
           UNION ALL
           SELECT (SELECT MIN(stream_name) FROM events WHERE stream_name > names.name AND stream_name < @prefix || x'ff')
             FROM names WHERE names.name IS NOT NULL
           LIMIT @limit
         )
         SELECT name, EXISTS (SELECT 1 FROM streams WHERE stream_name = names.name AND deleted = 1)
           FROM names WHERE name IS NOT NULL`,
      )
      .raw();
  }

  /** Up to `limit` names after `after` (exclusive), or from the prefix itself. */
  page(prefix: string, after: string | undefined, limit: number): StreamNamesPage {
    // The smallest string above `after` is `after` + U+0000.
    const start = after === undefined ? prefix : `${after}\u0000`;
    const rows = this.statement.all({ start, prefix, limit }) as Array<[string, number]>;
    const live = rows.filter(([, softDeleted]) => softDeleted === 0).map(([name]) => name);
    return { live, continueAfter: rows.length === limit ? rows.at(-1)?.[0] : undefined };
  }
}
