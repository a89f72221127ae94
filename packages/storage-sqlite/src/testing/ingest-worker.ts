import { randomUUID } from 'node:crypto';
import { type NewEvent } from '@fairscan/domain';
import { SqliteEventStore } from '../sqlite-event-store.js';

/**
 * Crash-test writer: appends multi-event batches in a loop until killed.
 * Each event carries its batch id and the batch size, so a reader can check
 * that only whole appends survived. Usage: node ingest-worker.js <db> <writers>
 */
const [path, writersArg] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: ingest-worker.js <db-path> [writers]');
const store = SqliteEventStore.open({ path, synchronous: 'FULL' });
let committed = 0;

function batchEvents(batch: string, size: number): NewEvent[] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: size }, (_, i) => ({
    type: 'ItemStowed',
    data: { batch, size, i, bin: `A-${i % 40}` },
    metadata: { eventId: randomUUID(), occurredAt, schemaVersion: 1 },
  }));
}

/** Half the batches go to one stream, half are split across two streams in one atomic call. */
async function appendBatch(writer: number, round: number): Promise<number> {
  const batch = `${process.pid}-${writer}-${round}`;
  const size = 50 + ((writer * 37 + round * 11) % 101);
  const events = batchEvents(batch, size);
  if (round % 2 === 0) {
    await store.appendToStream(`package-w${writer}-${round % 7}`, events);
  } else {
    const half = Math.floor(size / 2);
    await store.appendToStreams([
      { streamName: `location-w${writer}-${round % 5}`, events: events.slice(0, half) },
      { streamName: `task-w${writer}-${round % 3}`, events: events.slice(half) },
    ]);
  }
  return size;
}

async function writeForever(writer: number): Promise<never> {
  for (let round = 0; ; round++) {
    committed += await appendBatch(writer, round);
    process.stdout.write(`committed ${committed}\n`);
  }
}

await Promise.all(Array.from({ length: Number(writersArg ?? 4) }, (_, writer) => writeForever(writer)));
