import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { type EventStore, type SubscribeOptions } from '../port/event-store.js';
import { type KitSetup, freshStorePerTest } from './setup.js';
import { expectStrictlyIncreasing, idsOf, newEvents, readAllUnder, uniquePrefix, yieldTurn } from './fixtures.js';

/** A missed live event must fail the test in seconds, not hang it. */
const LIVE_WAIT_MS = 20_000;

/** Reads the subscription until `count` events arrived (or the safety timeout ends it). */
export async function take(store: EventStore, count: number, options: SubscribeOptions = {}): Promise<StoredEvent[]> {
  const received: StoredEvent[] = [];
  if (count === 0) return received;
  const signal = options.signal ?? AbortSignal.timeout(LIVE_WAIT_MS);
  for await (const event of store.subscribeToAll({ ...options, signal })) {
    received.push(event);
    if (received.length >= count) break;
  }
  return received;
}

/** Catch-up then live, with no gap and no duplicate, ending on abort or break. */
export function subscribeSpecs(setup: KitSetup): void {
  describe('subscribeToAll', () => {
    const ctx = freshStorePerTest(setup);

    it('catches up on stored events, then delivers live ones in commit order', async () => {
      const prefix = uniquePrefix();
      const stored = newEvents(3);
      await ctx.store.appendToStream(`${prefix}package-1`, stored);
      const receiving = take(ctx.store, 6, { filter: { streamPrefixes: [prefix] } });
      await yieldTurn();
      const live = newEvents(3, 'ItemPicked');
      await ctx.store.appendToStream(`${prefix}package-2`, live.slice(0, 1));
      await ctx.store.appendToStream(`${prefix}package-1`, live.slice(1));
      const received = await receiving;
      expect(idsOf(received)).to.deep.equal(idsOf([...stored, ...live]));
      expectStrictlyIncreasing(received.map((event) => event.globalPosition));
    });

    it('starts strictly after the given position', async () => {
      const prefix = uniquePrefix();
      const events = newEvents(5);
      await ctx.store.appendToStream(`${prefix}package-1`, events);
      const [, second] = await readAllUnder(ctx.store, prefix);
      const received = await take(ctx.store, 3, { after: second!.globalPosition, filter: { streamPrefixes: [prefix] } });
      expect(idsOf(received)).to.deep.equal(idsOf(events.slice(2)));
    });

    it('applies the filter to stored and live events alike', async () => {
      const prefix = uniquePrefix();
      await ctx.store.appendToStream(`${prefix}task-1`, newEvents(2, 'TaskStarted'));
      await ctx.store.appendToStream(`${prefix}package-1`, newEvents(2, 'ItemStowed'));
      const receiving = take(ctx.store, 3, { filter: { streamPrefixes: [`${prefix}task-`], eventTypes: ['TaskCompleted', 'TaskStarted'] } });
      await yieldTurn();
      await ctx.store.appendToStream(`${prefix}task-1`, newEvents(1, 'TaskCancelled'));
      await ctx.store.appendToStream(`${prefix}package-1`, newEvents(1, 'TaskCompleted'));
      await ctx.store.appendToStream(`${prefix}task-1`, newEvents(1, 'TaskCompleted'));
      const received = await receiving;
      expect(received.map((event) => `${event.streamName.slice(prefix.length)}:${event.type}`)).to.deep.equal([
        'task-1:TaskStarted',
        'task-1:TaskStarted',
        'task-1:TaskCompleted',
      ]);
    });

    it('ends cleanly when its signal is aborted while waiting for live events', async () => {
      const prefix = uniquePrefix();
      await ctx.store.appendToStream(`${prefix}package-1`, newEvents(2));
      const controller = new AbortController();
      const received: StoredEvent[] = [];
      const done = (async () => {
        for await (const event of ctx.store.subscribeToAll({ signal: controller.signal, filter: { streamPrefixes: [prefix] } })) {
          received.push(event);
        }
      })();
      while (received.length < 2) await yieldTurn();
      controller.abort();
      await done;
      expect(received).to.have.length(2);
    });

    it('ends on break, and the store keeps accepting appends', async () => {
      const prefix = uniquePrefix();
      await ctx.store.appendToStream(`${prefix}package-1`, newEvents(3));
      const received = await take(ctx.store, 1, { filter: { streamPrefixes: [prefix] } });
      expect(received).to.have.length(1);
      await ctx.store.appendToStream(`${prefix}package-1`, newEvents(2));
      expect(await readAllUnder(ctx.store, prefix)).to.have.length(5);
    });

    it('delivers every event once and in order to subscribers started while writers run', async () => {
      const prefix = uniquePrefix();
      const filter = { streamPrefixes: [prefix] };
      const writers = 5;
      const appendsPerWriter = 40;
      const total = writers * appendsPerWriter * 2;
      const fromStart = take(ctx.store, total, { filter });
      const writing = Array.from({ length: writers }, async (_, writer) => {
        for (let i = 0; i < appendsPerWriter; i++) {
          await ctx.store.appendToStream(`${prefix}package-${writer}-${i % 3}`, newEvents(2, 'ItemStowed'));
          await yieldTurn();
        }
      });
      while ((await readAllUnder(ctx.store, prefix)).length < total / 4) await yieldTurn();
      const midway = await readAllUnder(ctx.store, prefix);
      const checkpoint = midway.at(-1)!.globalPosition;
      const fromMidway = take(ctx.store, total - midway.length, { after: checkpoint, filter });
      const catchingUp = take(ctx.store, total, { filter });
      await Promise.all(writing);
      const all = await readAllUnder(ctx.store, prefix);
      expect(all).to.have.length(total);
      expect(idsOf(await fromStart), 'subscriber from the start').to.deep.equal(idsOf(all));
      expect(idsOf(await catchingUp), 'subscriber started mid-way from the start').to.deep.equal(idsOf(all));
      expect(idsOf(await fromMidway), 'subscriber started mid-way after a checkpoint').to.deep.equal(idsOf(all.slice(midway.length)));
    });
  });
}
