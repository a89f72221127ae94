import { type AllStreamResolvedEvent, BACKWARDS, END, type EventStoreDBClient, type Position } from '@eventstore/db-client';
import { type StoredEvent } from '@fairscan/domain';
import { type AllFilter, compileFilter } from '@fairscan/event-store';
import { isFairscanEvent, toStoredEvent } from '../event-codec.js';
import { startAfter } from '../positions.js';
import { serverFilterOf } from './server-filter.js';
import { type Next, SubscriptionQueue } from './subscription-queue.js';
import { drain } from './drain.js';
import { Visibility } from './visibility.js';

export interface AllEventsOptions {
  readonly after?: number;
  readonly maxCount?: number;
  readonly filter?: AllFilter;
  /** Keep going after catching up (a subscription) or stop there (a read). */
  readonly live: boolean;
  readonly signal?: AbortSignal;
}

export interface AllEventsContext {
  readonly client: EventStoreDBClient;
  /** Stop callbacks of running reads, called by `close()`. */
  readonly running: Set<() => void>;
  /** Throws StoreClosedError once the store is closed. */
  readonly assertOpen: () => void;
  readonly now: () => number;
}

/** The commit position of the last record in `$all`, or undefined when empty: where a bounded read stops. */
async function lastPosition(client: EventStoreDBClient): Promise<bigint | undefined> {
  const [last] = await drain(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
  return last?.event?.position.commit ?? last?.commitPosition;
}

/**
 * `readAll` and `subscribeToAll` are one catch-up subscription to `$all`
 * with the server-side filter (client 6.x can filter `$all` only that way):
 * a read stops at the last position it saw when it began (a checkpoint or
 * `CaughtUp` past it, or an event beyond it), a subscription goes live. The
 * server walks one log with one cursor, so there is no gap and no repeat.
 */
export async function* allEvents(ctx: AllEventsContext, options: AllEventsOptions): AsyncGenerator<StoredEvent> {
  const end = options.live ? undefined : await lastPosition(ctx.client);
  if (nothingToRead(options, end)) return;
  const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
  const opened = open(ctx, options, end);
  const accept = acceptor(ctx, options, end);
  let delivered = 0;
  try {
    for (;;) {
      const stored = await outcomeOf(await opened.queue.next(), options.live, accept);
      if (stored === 'stop') {
        // A read stopped by close() has not reached its end: refuse the rest rather than end early.
        if (!options.live) ctx.assertOpen();
        return;
      }
      if (stored === undefined) continue;
      yield stored;
      if (++delivered >= maxCount) return;
    }
  } finally {
    await opened.close();
  }
}

/** The event to deliver, undefined to skip, or 'stop': the subscription ended, or a read got past its end. */
async function outcomeOf(next: Next, live: boolean, accept: Accept): Promise<StoredEvent | 'stop' | undefined> {
  if ('ended' in next || ('caughtUp' in next && !live)) return 'stop';
  if (!('event' in next)) return undefined;
  const stored = await accept(next.event);
  return stored === 'past-end' ? 'stop' : stored;
}

type Accept = (resolved: AllStreamResolvedEvent) => Promise<StoredEvent | 'past-end' | undefined>;

const nothingToRead = (options: AllEventsOptions, end: bigint | undefined): boolean =>
  (options.maxCount !== undefined && options.maxCount <= 0) || (!options.live && end === undefined) || options.signal?.aborted === true;

interface Opened {
  readonly queue: SubscriptionQueue;
  close(): Promise<void>;
}

/** The subscription, ended by the signal, by `close()` of the store, or (a read) past `end`. */
function open(ctx: AllEventsContext, options: AllEventsOptions, end: bigint | undefined): Opened {
  const reached = (_subscription: unknown, position: Position): void => {
    if (end !== undefined && position.commit >= end) queue.markCaughtUp();
  };
  const subscription = ctx.client.subscribeToAll({ fromPosition: startAfter(options.after), filter: serverFilterOf(options.filter, reached) });
  const queue = new SubscriptionQueue(subscription);
  const stop = (): void => queue.end();
  options.signal?.addEventListener('abort', stop);
  ctx.running.add(stop);
  const close = async (): Promise<void> => {
    options.signal?.removeEventListener('abort', stop);
    ctx.running.delete(stop);
    await subscription.unsubscribe();
  };
  return { queue, close };
}

/** Strictly after `after`, written by fairscan, matching the whole port filter, and not deleted, truncated or expired. */
function acceptor(ctx: AllEventsContext, options: AllEventsOptions, end: bigint | undefined): Accept {
  const after = options.after ?? 0;
  const keep = compileFilter(options.filter);
  const visibility = new Visibility(ctx.client, ctx.now);
  return async (resolved) => {
    const commit = resolved.event?.position.commit ?? 0n;
    if (end !== undefined && commit > end) return 'past-end';
    if (Number(commit) <= after || !isFairscanEvent(resolved)) return undefined;
    const stored = toStoredEvent(resolved);
    return keep(stored) && (await visibility.isVisible(resolved)) ? stored : undefined;
  };
}
