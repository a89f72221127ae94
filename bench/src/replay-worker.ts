import { stationThroughput } from '@fairscan/domain';
import { SqliteEventStore } from '@fairscan/storage-sqlite';

/**
 * Runs in its own process so peak RSS is the replay's alone: every event of
 * the store read in global order (readAll: page, decode) and folded into the
 * station-throughput projection, which ignores the types it does not count.
 * `eager` also touches every event's data and metadata, as a fold that reads
 * everything would: what lazy payload decoding saves is the difference.
 */
const [path, mode] = process.argv.slice(2);
if (!path) throw new Error('usage: replay-worker <db> [lazy|eager]');
const eager = mode === 'eager';
const store = SqliteEventStore.open({ path });
let events = 0;
let touched = 0;
let state = stationThroughput.initialState();
const started = performance.now();
for await (const event of store.readAll()) {
  if (eager && event.data !== null && event.metadata.schemaVersion > 0) touched++;
  state = stationThroughput.evolve(state, event);
  events++;
}
const seconds = (performance.now() - started) / 1000;
await store.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ events, seconds, stations: state.size, touched, peakRssMb }));
