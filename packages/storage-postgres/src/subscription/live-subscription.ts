import type pg from 'pg';
import { type StoredEvent } from '@fairscan/domain';
import { type SubscribeOptions } from '@fairscan/event-store';
import { int8AsNumber } from '../schema/connection.js';
import { allEventsQuery, matchesNothing } from '../reads/store-reads.js';
import { decodeRow } from '../reads/row-event.js';
import { type CommitSignal } from './commit-signal.js';

export interface SubscriptionContext {
  readonly pool: pg.Pool;
  readonly signal: CommitSignal;
  readonly pageSize: number;
  /** How often a caught-up subscription looks again without a notification. */
  readonly pollMs: number;
  readonly isClosed: () => boolean;
  /** Rejects with StoreClosedError (or the schema error): a subscription started after close fails, one running when it closes ends. */
  readonly whenOpen: () => Promise<void>;
}

const HEAD_SQL = 'SELECT COALESCE(max(global_position), 0) FROM events';

/**
 * Catch-up by keyset pages, then live. No gap: appends hold the schema's
 * write lock until COMMIT, so the committed positions are always every
 * position up to the head (rolled-back ones aside). The head is read first
 * and bounds the page, so moving the checkpoint to it never passes an event
 * a page could not see. No duplicate: each page continues strictly after.
 */
export function subscribeToAll(context: SubscriptionContext, options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
  return {
    async *[Symbol.asyncIterator]() {
      const ended = (): boolean => context.isClosed() || options.signal?.aborted === true;
      await context.whenOpen();
      const position = { after: Math.max(options.after ?? 0, 0) };
      while (!ended()) {
        const rows = await nextPage(context, options, position).catch((error: unknown) => {
          if (ended()) return [];
          throw error;
        });
        for (const row of rows) {
          if (ended()) return;
          yield decodeRow(row);
        }
        if (rows.length === 0) await context.signal.wait(context.pollMs, options.signal);
      }
    },
  };
}

/** The next page after `position.after`, which it moves past the page (or to the head once caught up). */
async function nextPage(context: SubscriptionContext, options: SubscribeOptions, position: { after: number }): Promise<unknown[][]> {
  const head = await queryHead(context.pool);
  const rows = matchesNothing(options.filter) || head <= position.after ? [] : await page(context, position.after, head, options);
  const last = rows.at(-1);
  position.after = rows.length === context.pageSize && last !== undefined ? (last[0] as number) : Math.max(position.after, head);
  return rows;
}

async function queryHead(pool: pg.Pool): Promise<number> {
  const result = await pool.query<[number]>({ text: HEAD_SQL, rowMode: 'array', types: int8AsNumber });
  return result.rows[0]?.[0] ?? 0;
}

async function page(context: SubscriptionContext, after: number, head: number, options: SubscribeOptions): Promise<unknown[][]> {
  const query = allEventsQuery(after, options.filter, context.pageSize, head);
  const result = await context.pool.query<unknown[]>({ text: query.text, values: query.values, rowMode: 'array', types: int8AsNumber });
  return result.rows;
}
