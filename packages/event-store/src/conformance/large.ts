import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';
import { type KitSetup } from './setup.js';
import { newEvent, uniquePrefix } from './fixtures.js';

const MB = 1024 * 1024;
const BATCH = 1000;
/**
 * Heap samples per walk. A read that retains what it yields grows with every
 * event, so ten evenly spread samples catch it; each sample is a full
 * collection, which costs in proportion to the live heap (the whole store,
 * for the in-memory one), so a sample every 10,000 events made the in-memory
 * kit spend minutes collecting.
 */
const SAMPLES = 10;
/**
 * With `--expose-gc` the baseline and every sample follow a collection, so
 * the check measures what a read retains, not how late the collector runs
 * (a client library that allocates a lot per event, e.g. protobuf over
 * gRPC, otherwise fails on garbage alone); without it, garbage counts too,
 * so allow more.
 */
const gc = (globalThis as { gc?: () => void }).gc;
const HEAP_BUDGET = gc === undefined ? 192 * MB : 64 * MB;

async function appendLarge(store: EventStore, stream: string, total: number): Promise<void> {
  const occurredAt = new Date().toISOString();
  for (let start = 0; start < total; start += BATCH) {
    const count = Math.min(BATCH, total - start);
    const events = Array.from({ length: count }, (_, i) => newEvent('ItemCounted', { n: start + i }, { occurredAt }));
    await store.appendToStream(stream, events);
  }
}

interface Walk {
  readonly count: number;
  readonly growth: number;
}

/** Iterates lazily, checks each event with `check`, and samples the heap as it goes. */
async function walk(events: AsyncIterable<StoredEvent>, total: number, check: (event: StoredEvent, index: number) => void): Promise<Walk> {
  const sampleEvery = Math.max(1, Math.floor(total / SAMPLES));
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let count = 0;
  for await (const event of events) {
    check(event, count);
    count++;
    if (count % sampleEvery === 0) {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return { count, growth: peak - baseline };
}

function expectFlat(walked: Walk, total: number, what: string): void {
  expect(walked.count, `${what}: events read`).to.equal(total);
  const growth = `${(walked.growth / MB).toFixed(1)} MB`;
  expect(walked.growth, `${what}: heap grew ${growth} while reading ${total} events`).to.be.lessThan(HEAP_BUDGET);
}

/** Reads stream lazily: a retention run or a replay over a big site must not load it whole. */
export function largeSpecs(setup: KitSetup): void {
  describe(`large reads (${setup.largeReadEvents} events)`, function () {
    this.timeout(Math.max(300_000, setup.largeReadEvents / 2));
    const total = setup.largeReadEvents;
    const prefix = uniquePrefix();
    const stream = `${prefix}location-s1-bulk`;
    let store: EventStore | undefined;
    const current = (): EventStore => store as EventStore;

    before(async () => {
      store = await setup.factory();
      await appendLarge(store, stream, total);
    });
    after(async () => {
      if (store !== undefined) await setup.teardown(store);
    });

    it('readAll streams every event in order with flat memory', async () => {
      let previous = 0;
      const walked = await walk(current().readAll({ filter: { streamPrefixes: [prefix] } }), total, (event, index) => {
        if (event.globalPosition <= previous) expect.fail(`readAll: globalPosition ${event.globalPosition} after ${previous} at ${index}`);
        if ((event.data as { n: number }).n !== index) expect.fail(`readAll: event ${index} carries n=${(event.data as { n: number }).n}`);
        previous = event.globalPosition;
      });
      expectFlat(walked, total, 'readAll');
    });

    it('readStream streams every event in order with flat memory, forwards and backwards', async () => {
      const forwards = await walk(current().readStream(stream), total, (event, index) => {
        if (event.streamPosition !== index) expect.fail(`readStream: position ${event.streamPosition} at ${index}`);
      });
      expectFlat(forwards, total, 'readStream forwards');
      const backwards = await walk(current().readStream(stream, { direction: 'backwards' }), total, (event, index) => {
        if (event.streamPosition !== total - 1 - index) expect.fail(`readStream backwards: position ${event.streamPosition} at ${index}`);
      });
      expectFlat(backwards, total, 'readStream backwards');
    });

    it('stops reading when the reader stops (maxCount and break)', async () => {
      const firstTen = [];
      for await (const event of current().readAll({ maxCount: 10, filter: { streamPrefixes: [prefix] } })) firstTen.push(event);
      expect(firstTen).to.have.length(10);
      let seen = 0;
      for await (const _ of current().readStream(stream)) if (++seen === 5) break;
      expect(seen).to.equal(5);
    });
  });
}
