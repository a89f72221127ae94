import type Database from 'better-sqlite3';
import { type StoredEvent } from '@fairscan/domain';
import { type ReadAllOptions, type ReadStreamOptions } from '@fairscan/event-store';
import { storedEvent } from '../schema/event-row.js';
import { AllQuery, matchesNothing, type RawRow } from './all-query.js';
import { StreamQuery, startPosition } from './stream-query.js';
import { pagedIterable } from './paged-iterable.js';
import { StreamNames } from './stream-names.js';

export interface ReadTuning {
  /** Rows fetched per query: large enough to amortise the query, small enough to keep memory flat. */
  readonly pageSize?: number;
}

/** The port's reads, each a lazy sequence of keyset pages. `assertOpen` runs before every page. */
export class StoreReads {
  readonly all: AllQuery;
  private readonly stream: StreamQuery;
  private readonly names: StreamNames;
  readonly pageSize: number;

  constructor(
    db: Database.Database,
    private readonly assertOpen: () => void,
    tuning: ReadTuning = {},
  ) {
    this.all = new AllQuery(db);
    this.stream = new StreamQuery(db);
    this.names = new StreamNames(db);
    this.pageSize = tuning.pageSize ?? 1000;
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<StoredEvent> {
    return pagedIterable(() => {
      let after = Math.max(options.after ?? 0, 0);
      let left = matchesNothing(options.filter) ? 0 : (options.maxCount ?? Infinity);
      let done = false;
      return () => {
        if (done) return undefined;
        this.assertOpen();
        const limit = Math.min(this.pageSize, left);
        if (limit <= 0) return undefined;
        const rows = this.all.page(after, Number.MAX_SAFE_INTEGER, limit, options.filter);
        left -= rows.length;
        done = rows.length < limit || left <= 0;
        after = lastPosition(rows, 0, after);
        return rows;
      };
    }, storedEvent);
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<StoredEvent> {
    const backwards = options.direction === 'backwards';
    return pagedIterable(() => {
      let from = startPosition(options);
      let left = options.maxCount ?? Infinity;
      let done = false;
      return () => {
        if (done) return undefined;
        this.assertOpen();
        const limit = Math.min(this.pageSize, left);
        if (limit <= 0 || from < 0) return undefined;
        const rows = this.stream.page(streamName, from, limit, backwards);
        left -= rows.length;
        done = rows.length < limit || left <= 0;
        from = lastPosition(rows, 2, from) + (backwards ? -1 : 1);
        return rows;
      };
    }, storedEvent);
  }

  listStreams(prefix: string): AsyncIterable<string> {
    return pagedIterable(() => {
      let after: string | undefined;
      let more = true;
      return () => {
        if (!more) return undefined;
        this.assertOpen();
        const page = this.names.page(prefix, after, this.pageSize);
        after = page.continueAfter;
        more = after !== undefined;
        return page.live;
      };
    }, (name: string) => name);
  }
}

/** The position column of a page's last row, or `fallback` for an empty page. */
function lastPosition(rows: readonly RawRow[], column: number, fallback: number): number {
  const last = rows.at(-1);
  return last === undefined ? fallback : (last[column] as number);
}
