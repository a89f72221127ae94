import { Worker } from 'node:worker_threads';
import { CommandHandler, HandlerScanIngest } from '@fairscan/event-store';
import { DeviceDirectory, HttpScannerSource, registerDevice } from '@fairscan/scanner-http';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { type ClientJob, type ClientResult } from './http-client.js';
import { countEvents } from './ingest.js';
import { site } from './scans.js';

type Scan = Record<string, unknown>;

export interface HttpFigure {
  readonly scansPerSecond: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly statuses: Record<string, number>;
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** One token per handheld of the simulated day, issued before any clock starts. */
async function tokensFor(store: SqliteEventStore, scans: readonly Scan[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const deviceId of new Set(scans.map((scan) => String(scan.deviceId)))) tokens.set(deviceId, await registerDevice(store, site, deviceId));
  return tokens;
}

/** Groups scans by device, `size` per unit: a gateway batches one handheld's scans under its token. */
function batches(scans: readonly Scan[], tokens: Map<string, string>, size: number): ClientJob['units'] {
  const byDevice = new Map<string, Scan[]>();
  for (const scan of scans) {
    const own = byDevice.get(String(scan.deviceId)) ?? [];
    own.push(scan);
    byDevice.set(String(scan.deviceId), own);
  }
  const units: Array<{ token: string; body: string }> = [];
  for (const [deviceId, own] of byDevice) {
    for (let i = 0; i < own.length; i += size) {
      units.push({ token: tokens.get(deviceId)!, body: `${own.slice(i, i + size).map((scan) => JSON.stringify(scan)).join('\n')}\n` });
    }
  }
  return units;
}

const runClient = (job: ClientJob): Promise<ClientResult> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-client.js', import.meta.url), { workerData: job });
    worker.once('message', resolve).once('error', reject);
  });

/**
 * Scans through the real HTTP ingest into a fresh SQLite file: the server in
 * this process, the devices on another thread. `batchSize` 1 posts single
 * scans to /v1/scans; more posts NDJSON batches of one device's scans.
 */
export async function measureHttp(path: string, scans: readonly Scan[], batchSize: number, connections: number): Promise<HttpFigure> {
  const store = SqliteEventStore.open({ path });
  const tokens = await tokensFor(store, scans);
  const source = new HttpScannerSource({ devices: new DeviceDirectory(store, site) });
  await source.start(new HandlerScanIngest(new CommandHandler(store, { site })));
  const single = batchSize === 1;
  const units = single ? scans.map((scan) => ({ token: tokens.get(String(scan.deviceId))!, body: JSON.stringify(scan) })) : batches(scans, tokens, batchSize);
  const job: ClientJob = { url: source.url, path: single ? '/v1/scans' : '/v1/scans/batch', contentType: single ? 'application/json' : 'application/x-ndjson', connections, units };
  const result = await runClient(job);
  await source.stop();
  await store.close();
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const deviceEvents = tokens.size;
  return {
    scansPerSecond: scans.length / result.seconds,
    eventsPerSecond: (countEvents(path) - deviceEvents) / result.seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    statuses: result.statuses,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const single = (figure: HttpFigure, ingest: number) => ({
  scans_per_s: Math.round(figure.scansPerSecond),
  p50_ms: round2(figure.p50Ms),
  p99_ms: round2(figure.p99Ms),
  to_ingest_ratio: round2(figure.eventsPerSecond / ingest),
});

/** HTTP figures beside the store's: scans/s and latency as devices see them, events/s for the ratios. */
export function httpFigures(http: Record<'single32' | 'single64' | 'batch', HttpFigure>, ingest: number, floor: number) {
  const { batch } = http;
  return {
    http_single_32_connections: single(http.single32, ingest),
    http_single_64_connections: single(http.single64, ingest),
    http_batch_scans_per_s: Math.round(batch.scansPerSecond),
    http_batch_events_per_s: Math.round(batch.eventsPerSecond),
    http_batch_p99_ms: round2(batch.p99Ms),
    http_batch_to_floor_ratio: round2(batch.eventsPerSecond / floor),
    http_batch_to_ingest_ratio: round2(batch.eventsPerSecond / ingest),
  };
}
