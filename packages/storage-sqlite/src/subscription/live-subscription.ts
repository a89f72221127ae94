import { type StoredEvent } from '@fairscan/domain';
import { storedEvent } from '../schema/event-row.js';
import { type AllQuery, matchesNothing, type RawRow } from '../reads/all-query.js';
import { type NextPage, pagedIterable } from '../reads/paged-iterable.js';
import { type CommitNotifier, type SubscribeOptions } from '@fairscan/event-store';

export interface SubscriptionContext {
  readonly all: AllQuery;
  readonly notifier: CommitNotifier;
  readonly pageSize: number;
  /** How often a caught-up subscription looks for events written by another process. */
  readonly pollMs: number;
  readonly isClosed: () => boolean;
  /** Throws StoreClosedError: a subscription started after close fails, one running when it closes ends. */
  readonly assertOpen: () => void;
}

/**
 * Catch-up by pages, then live. No gap, no duplicate: positions are assigned
 * in commit order under SQLite's single-writer lock, and each page continues
 * strictly after the last position seen.
 */
export function subscribeToAll(context: SubscriptionContext, options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
  return pagedIterable(() => livePages(context, options), storedEvent);
}

function livePages(context: SubscriptionContext, options: SubscribeOptions): NextPage<RawRow> {
  const { all, notifier, pageSize, pollMs } = context;
  const { signal, filter } = options;
  const ended = (): boolean => context.isClosed() || signal?.aborted === true;
  let after = Math.max(options.after ?? 0, 0);
  let started = false;
  return async () => {
    if (!started) context.assertOpen();
    started = true;
    while (!ended()) {
      // Read the head first: everything up to it has been scanned once the page comes back short,
      // so a sparse filter does not rescan the same rows on every wake.
      const head = all.headPosition();
      const rows = matchesNothing(filter) ? [] : all.page(after, head, pageSize, filter);
      const last = rows.at(-1);
      after = rows.length === pageSize && last !== undefined ? (last[0] as number) : Math.max(after, head);
      if (rows.length > 0) return rows;
      await notifier.wait(signal, pollMs);
    }
    return undefined;
  };
}
