import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulatedScans } from './scans.js';
import { measureIngest, measureRawInsert, readRows } from './ingest.js';
import { measureJsonParse, readPayloads, writeReplayFixture } from './replay-fixture.js';
import { postgresIngestFigures, postgresReplayFigures } from './postgres-figures.js';

/**
 * `npm run bench`: every figure and its floor measured side by side in one
 * run, alternating, best of rounds (the machines are noisy; ratios hold).
 */
const dir = mkdtempSync(join(tmpdir(), 'fairscan-bench-'));
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const round2 = (n: number) => Math.round(n * 100) / 100;

async function ingestFigures(rounds: number) {
  const scans = simulatedScans(Number(process.env.BENCH_SCANS ?? 50_000));
  let ingest = 0;
  let floor = 0;
  for (let round = 0; round < rounds; round++) {
    const ingestPath = join(dir, `ingest-${round}.db`);
    ingest = Math.max(ingest, await measureIngest(ingestPath, scans));
    floor = Math.max(floor, measureRawInsert(join(dir, `floor-${round}.db`), readRows(ingestPath)));
    log(`ingest round ${round + 1}: ${Math.round(ingest)} events/s, floor ${Math.round(floor)} events/s`);
  }
  return { ingest, floor };
}

interface ReplayRun {
  readonly events: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

function replayRuns(worker: string, path: string, mode: 'lazy' | 'eager', count: number): ReplayRun[] {
  return Array.from({ length: count }, () => JSON.parse(execFileSync(process.execPath, [worker, path, mode], { encoding: 'utf8' })));
}

const fastest = (runs: readonly ReplayRun[]): ReplayRun => runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));

function replayFigures(events: number) {
  const path = join(dir, 'replay.db');
  log(`writing a ${events}-event fixture`);
  writeReplayFixture(path, events);
  const worker = join(import.meta.dirname, 'replay-worker.js');
  const lazy = replayRuns(worker, path, 'lazy', 2);
  const eager = fastest(replayRuns(worker, path, 'eager', 2));
  const best = fastest(lazy);
  const json = measureJsonParse(readPayloads(path, 200_000), 5);
  log(`replay ${Math.round(best.events / best.seconds)} events/s (eager ${Math.round(eager.events / eager.seconds)}), JSON.parse floor ${Math.round(json)} events/s`);
  return {
    replay: best.events / best.seconds,
    eager: eager.events / eager.seconds,
    replayEvents: best.events,
    peakRss: Math.max(...lazy.map((run) => run.peakRssMb), eager.peakRssMb),
    json,
  };
}

/** PostgreSQL beside its own floors, in the same run; an unreachable server is reported, not hidden. */
async function postgresFigures(json: number) {
  try {
    const scans = simulatedScans(Number(process.env.BENCH_SCANS ?? 50_000));
    const { ingest, floor } = await postgresIngestFigures(scans, 2);
    const replay = await postgresReplayFigures(join(dir, 'replay.db'), 2);
    return {
      ingest_events_per_s: Math.round(ingest),
      raw_multirow_insert_floor_events_per_s: Math.round(floor),
      ingest_to_floor_ratio: round2(ingest / floor),
      replay_events: replay.events,
      replay_events_per_s: Math.round(replay.replay),
      json_parse_floor_events_per_s: Math.round(json),
      replay_to_floor_ratio: round2(replay.replay / json),
      bare_driver_read_rows_per_s: Math.round(replay.driver),
      replay_to_driver_ratio: round2(replay.replay / replay.driver),
      replay_peak_rss_mb: Math.round(replay.peakRss),
      targets: { ingest_to_floor_ratio: '>= 0.5', replay_to_floor_ratio: '>= 0.5' },
    };
  } catch (error) {
    log(`postgres: ${(error as Error).message}`);
    return { error: (error as Error).message };
  }
}

try {
  const { ingest, floor } = await ingestFigures(2);
  const replay = replayFigures(Number(process.env.BENCH_REPLAY_EVENTS ?? 1_000_000));
  const postgres = await postgresFigures(replay.json);
  const figures = {
    ingest_events_per_s: Math.round(ingest),
    raw_insert_floor_events_per_s: Math.round(floor),
    ingest_to_floor_ratio: round2(ingest / floor),
    replay_events: replay.replayEvents,
    replay_events_per_s: Math.round(replay.replay),
    json_parse_floor_events_per_s: Math.round(replay.json),
    replay_to_floor_ratio: round2(replay.replay / replay.json),
    replay_eager_events_per_s: Math.round(replay.eager),
    eager_to_floor_ratio: round2(replay.eager / replay.json),
    replay_peak_rss_mb: Math.round(replay.peakRss),
    targets: {
      ingest_to_floor_ratio: '>= 0.5',
      replay_to_floor_ratio: '>= 0.6',
      replay_peak_rss_mb: '< 200',
    },
    postgres,
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
