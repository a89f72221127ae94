import { BACKWARDS, END, type EventStoreDBClient } from '@eventstore/db-client';
import { type StoredEvent } from '@fairscan/domain';
import { type AllFilter, compileFilter } from '@fairscan/event-store';
import { isFairscanEvent, toStoredEvent } from '../event-codec.js';
import { startAfter } from '../positions.js';
import { serverFilterOf } from './server-filter.js';
import { SubscriptionQueue } from './subscription-queue.js';
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
  const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
  const end = options.live ? undefined : await lastPosition(ctx.client);
  if (maxCount <= 0 || (!options.live && end === undefined) || options.signal?.aborted) return;
  const after = options.after ?? 0;
  let queue: SubscriptionQueue | undefined;
  const filter = serverFilterOf(options.filter, (_subscription, position) => {
    if (end !== undefined && position.commit >= end) queue?.markCaughtUp();
  });
  const subscription = ctx.client.subscribeToAll({ fromPosition: startAfter(after), filter });
  queue = new SubscriptionQueue(subscription);
  const stop = (): void => queue.end();
  options.signal?.addEventListener('abort', stop);
  ctx.running.add(stop);
  const keep = compileFilter(options.filter);
  const visibility = new Visibility(ctx.client, ctx.now);
  let delivered = 0;
  try {
    for (;;) {
      const next = await queue.next();
      if ('ended' in next || ('caughtUp' in next && !options.live)) return;
      if (!('event' in next) || next.event.event === undefined) continue;
      const commit = next.event.event.position.commit;
      if (end !== undefined && commit > end) return;
      if (Number(commit) <= after || !isFairscanEvent(next.event)) continue;
      const stored = toStoredEvent(next.event);
      if (!keep(stored) || !(await visibility.isVisible(next.event))) continue;
      yield stored;
      if (++delivered >= maxCount) return;
    }
  } finally {
    options.signal?.removeEventListener('abort', stop);
    ctx.running.delete(stop);
    await subscription.unsubscribe();
  }
}
