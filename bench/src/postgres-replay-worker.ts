import pg from 'pg';
import Cursor from 'pg-cursor';
import { stationThroughput } from '@fairscan/domain';
import { DEFAULT_PAGE_SIZE, PostgresEventStore } from '@fairscan/storage-postgres';

/**
 * The PostgreSQL replay, in its own process (peak RSS is the replay's alone):
 * every event read in global order over the store's cursor and folded into
 * station throughput, as replay-worker.ts does for SQLite. `driver` is the
 * driver's own floor: the same columns over a bare pg-cursor, as many rows
 * per fetch as the store fetches, nothing decoded into events.
 */
const [url, mode] = process.argv.slice(2);
if (!url) throw new Error('usage: postgres-replay-worker <url> [store|driver]');

async function replayStore(): Promise<{ events: number; stations: number }> {
  const store = await PostgresEventStore.open({ url: url as string });
  let events = 0;
  let state = stationThroughput.initialState();
  for await (const event of store.readAll()) {
    state = stationThroughput.evolve(state, event);
    events++;
  }
  await store.close();
  return { events, stations: state.size };
}

async function readDriver(): Promise<{ events: number; stations: number }> {
  const parsed = new URL(url as string);
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${parsed.searchParams.get('schema')}` });
  await client.connect();
  const sql = 'SELECT global_position, stream_name, stream_position, type, data, metadata FROM events ORDER BY global_position';
  const cursor = client.query(new Cursor<unknown[]>(sql, [], { rowMode: 'array' }));
  let events = 0;
  for (let rows = await cursor.read(DEFAULT_PAGE_SIZE); rows.length > 0; rows = await cursor.read(DEFAULT_PAGE_SIZE)) events += rows.length;
  await cursor.close();
  await client.end();
  return { events, stations: 0 };
}

const started = performance.now();
const result = mode === 'driver' ? await readDriver() : await replayStore();
const seconds = (performance.now() - started) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ...result, seconds, peakRssMb }));
