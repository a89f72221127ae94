import { type StoredEvent } from '@fairscan/domain';
import { type AllFilter, type ReadAllOptions, type ReadStreamOptions } from '@fairscan/event-store';
import { type CursorSource, cursorIterable } from './cursor-reads.js';
import { EVENT_COLUMNS, decodeRow } from './row-event.js';

/** A soft-deleted stream reads as empty (the set is small: hashed once per query). */
const LIVE = 'stream_name NOT IN (SELECT stream_name FROM streams WHERE deleted)';

/** For one stream: evaluated once per query. */
const LIVE_STREAM = 'NOT EXISTS (SELECT 1 FROM streams WHERE stream_name = $1 AND deleted)';

const limitClause = (limit: number | undefined): string => (limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.trunc(limit))}`);

/** An empty list of prefixes or types matches nothing, as in the port's in-process filter. */
export const matchesNothing = (filter: AllFilter | undefined): boolean =>
  filter?.streamPrefixes?.length === 0 || filter?.eventTypes?.length === 0;

/** WHERE terms and their parameters for a filter; parameters are numbered from `first`. */
export function filterTerms(filter: AllFilter = {}, first: number): { terms: string[]; values: unknown[] } {
  const terms: string[] = [];
  const values: unknown[] = [];
  const prefixes = filter.streamPrefixes ?? [];
  if (prefixes.length > 0) {
    terms.push(`(${prefixes.map((_, i) => `starts_with(stream_name, $${first + i})`).join(' OR ')})`);
    values.push(...prefixes);
  }
  if (filter.eventTypes !== undefined) {
    terms.push(`type = ANY($${first + values.length}::text[])`);
    values.push(filter.eventTypes);
  }
  return { terms, values };
}

/** Events in global order strictly after `after` (optionally at most `upTo`), filtered. */
export function allEventsQuery(after: number, filter: AllFilter | undefined, limit?: number, upTo?: number): { text: string; values: unknown[] } {
  const { terms, values } = filterTerms(filter, upTo === undefined ? 2 : 3);
  const where = ['global_position > $1', ...(upTo === undefined ? [] : ['global_position <= $2']), ...terms, LIVE];
  const text = `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY global_position${limitClause(limit)}`;
  return { text, values: [after, ...(upTo === undefined ? [] : [upTo]), ...values] };
}

/** The port's reads: each one lazy, over a server-side cursor. */
export class StoreReads {
  constructor(private readonly source: CursorSource) {}

  readAll(options: ReadAllOptions = {}): AsyncIterable<StoredEvent> {
    return cursorIterable(
      this.source,
      () => {
        if (matchesNothing(options.filter) || options.maxCount === 0) return undefined;
        return allEventsQuery(Math.max(options.after ?? 0, 0), options.filter, options.maxCount);
      },
      decodeRow,
    );
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<StoredEvent> {
    const backwards = options.direction === 'backwards';
    return cursorIterable(
      this.source,
      () => {
        if (options.maxCount === 0) return undefined;
        const from = backwards ? (options.from ?? Number.MAX_SAFE_INTEGER) : Math.max(options.from ?? 0, 0);
        const order = backwards ? 'stream_position <= $2 ORDER BY stream_position DESC' : 'stream_position >= $2 ORDER BY stream_position';
        const text = `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_name = $1 AND ${LIVE_STREAM} AND ${order}${limitClause(options.maxCount)}`;
        return { text, values: [streamName, from] };
      },
      decodeRow,
    );
  }
}
