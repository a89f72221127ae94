import type pg from 'pg';
import Cursor from 'pg-cursor';
import { int8AsNumber } from '../schema/connection.js';

export interface CursorQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** What a cursor read needs from its store. */
export interface CursorSource {
  readonly pool: pg.Pool;
  /** Rows fetched per round trip: memory stays flat at about this many rows. */
  readonly batchSize: number;
  /** Throws StoreClosedError; checked before every fetch. */
  readonly assertOpen: () => void;
  /** Settles once the store may be read (its schema checked). */
  readonly ready: Promise<void>;
  /** Open cursors, so `close()` can end them instead of waiting for their readers. */
  readonly open: Set<{ end(): Promise<void> }>;
}

/**
 * A lazy read over a server-side cursor: one pooled connection for the read,
 * `batchSize` rows per fetch (a full fetch asks for the next at once, so the
 * server works while the reader folds), released at the end, on `break`
 * (return), on error, and when the store closes (the rest of the read then
 * fails with StoreClosedError). `query` is built at the first `next()`;
 * undefined means "nothing to read".
 */
export function cursorIterable<Item>(source: CursorSource, query: () => CursorQuery | undefined, decode: (row: unknown[]) => Item): AsyncIterable<Item> {
  return { [Symbol.asyncIterator]: () => new CursorIterator(source, query, decode) };
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

class CursorIterator<Item> implements AsyncIterator<Item> {
  private rows: unknown[][] = [];
  private index = 0;
  private exhausted = false;
  private client: pg.PoolClient | undefined;
  private cursor: Cursor<unknown[]> | undefined;
  /** The next batch, asked for as soon as the last one arrived: the server reads it while the caller folds this one. */
  private ahead: Promise<unknown[][]> | undefined;
  /** Set when the store's close() ended this read: what was not fetched is refused, not taken for the end. */
  private cutOff = false;
  private readonly handle = {
    end: () => {
      this.cutOff = true;
      return this.end();
    },
  };

  constructor(
    private readonly source: CursorSource,
    private readonly query: () => CursorQuery | undefined,
    private readonly decode: (row: unknown[]) => Item,
  ) {}

  async next(): Promise<IteratorResult<Item>> {
    if (this.index < this.rows.length) return { value: this.decode(this.rows[this.index++] as unknown[]), done: false };
    if (this.cutOff) this.source.assertOpen();
    if (this.exhausted) return DONE;
    try {
      this.source.assertOpen();
      if (this.cursor === undefined) await this.source.ready;
      this.rows = await this.fetch();
    } catch (error) {
      this.rows = [];
      await this.end();
      throw error;
    }
    this.index = 0;
    if (this.rows.length < this.source.batchSize) await this.end();
    return this.rows.length === 0 ? DONE : { value: this.decode(this.rows[this.index++] as unknown[]), done: false };
  }

  async return(): Promise<IteratorResult<Item>> {
    this.rows = [];
    await this.end();
    return DONE;
  }

  private async fetch(): Promise<unknown[][]> {
    const rows = await this.fetchBatch();
    // Not when close() ended the read while this fetch was under way: its cursor is gone.
    if (rows.length === this.source.batchSize && this.cursor !== undefined) this.readAhead(this.cursor);
    return rows;
  }

  private readAhead(cursor: Cursor<unknown[]>): void {
    const ahead = cursor.read(this.source.batchSize);
    ahead.catch(() => undefined); // reported when awaited, or dropped by end()
    this.ahead = ahead;
  }

  private async fetchBatch(): Promise<unknown[][]> {
    if (this.ahead !== undefined) {
      const ahead = this.ahead;
      this.ahead = undefined;
      return ahead;
    }
    if (this.cursor === undefined) {
      const query = this.query();
      if (query === undefined) return [];
      this.source.open.add(this.handle);
      this.client = await this.source.pool.connect();
      this.cursor = this.client.query(new Cursor<unknown[]>(query.text, [...query.values], { rowMode: 'array', types: int8AsNumber }));
    }
    return this.cursor.read(this.source.batchSize);
  }

  private async end(): Promise<void> {
    this.exhausted = true;
    this.source.open.delete(this.handle);
    const [client, cursor] = [this.client, this.cursor];
    this.client = undefined;
    this.cursor = undefined;
    let broken: Error | undefined;
    const ahead = this.ahead;
    this.ahead = undefined;
    await ahead?.catch((error: Error) => (broken = error));
    await cursor?.close().catch((error: Error) => (broken = error));
    client?.release(broken);
  }
}
