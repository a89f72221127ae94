import type Database from 'better-sqlite3';
import { type AllFilter } from '@fairscan/event-store';
import { SELECT_EVENT_COLUMNS } from '../schema/event-row.js';

export type RawRow = unknown[];

// A prefix range [p, p || 0xFF): no UTF-8 string holds byte 0xFF, so it is exactly "starts with p".
// The unary + keeps SQLite on the global_position order (rowid) instead of the stream index.
const PREFIX_RANGE = "(+stream_name >= ? AND +stream_name < ? || x'ff')";
const HIDE_SOFT_DELETED = 'stream_name NOT IN (SELECT stream_name FROM streams WHERE deleted = 1)';

/** One page of events in global order, strictly after `after` and at most `upTo`. */
export class AllQuery {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly anySoftDeleted: Database.Statement;
  private readonly head: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.anySoftDeleted = db.prepare('SELECT EXISTS (SELECT 1 FROM streams WHERE deleted = 1)').pluck();
    this.head = db.prepare('SELECT COALESCE(MAX(global_position), 0) FROM events').pluck();
  }

  /** globalPosition of the newest stored event (0 when none). */
  headPosition(): number {
    return this.head.get() as number;
  }

  page(after: number, upTo: number, limit: number, filter: AllFilter = {}): RawRow[] {
    const prefixes = filter.streamPrefixes ?? [];
    const types = filter.eventTypes ?? [];
    const hide = this.anySoftDeleted.get() === 1;
    const params: unknown[] = [after, upTo];
    for (const prefix of prefixes) params.push(prefix, prefix);
    params.push(...types, limit);
    return this.statement(prefixes.length, types.length, hide).all(...params) as RawRow[];
  }

  private statement(prefixCount: number, typeCount: number, hideSoftDeleted: boolean): Database.Statement {
    const key = `${prefixCount}/${typeCount}/${hideSoftDeleted}`;
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare(allEventsSql(prefixCount, typeCount, hideSoftDeleted)).raw();
      this.statements.set(key, statement);
    }
    return statement;
  }
}

/** The page query for a filter shape (exported for its query-plan test). */
export function allEventsSql(prefixCount: number, typeCount: number, hideSoftDeleted: boolean): string {
  const where = ['global_position > ?', 'global_position <= ?'];
  if (prefixCount > 0) where.push(`(${Array.from({ length: prefixCount }, () => PREFIX_RANGE).join(' OR ')})`);
  if (typeCount > 0) where.push(`type IN (${Array.from({ length: typeCount }, () => '?').join(', ')})`);
  if (hideSoftDeleted) where.push(HIDE_SOFT_DELETED);
  return `SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY global_position LIMIT ?`;
}

/** An empty list of prefixes or types matches nothing, as in the port's in-process filter. */
export const matchesNothing = (filter: AllFilter | undefined): boolean =>
  filter?.streamPrefixes?.length === 0 || filter?.eventTypes?.length === 0;
