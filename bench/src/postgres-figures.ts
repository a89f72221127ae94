import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '@fairscan/storage-sqlite';
import { rowsPerGroupCommit } from './ingest.js';
import { benchSchema } from './postgres-schema.js';
import { measurePostgresIngest, measurePostgresRawInsert, type PgRow, readPostgresRows } from './postgres-ingest.js';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

interface ReplayRun {
  readonly events: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

const fastest = (runs: readonly ReplayRun[]): ReplayRun => runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));

/** Ingest through the handler beside the raw multi-row INSERT floor, alternating, best of rounds. */
export async function postgresIngestFigures(scans: ReadonlyArray<Record<string, unknown>>, rounds: number) {
  let [ingest, floor, groupFloor] = [0, 0, 0];
  for (let round = 0; round < rounds; round++) {
    const [stored, raw, group] = [await benchSchema('ingest'), await benchSchema('floor'), await benchSchema('group_floor')];
    try {
      ingest = Math.max(ingest, await measurePostgresIngest(stored, scans));
      const rows = await readPostgresRows(stored);
      floor = Math.max(floor, await measurePostgresRawInsert(raw, rows));
      groupFloor = Math.max(groupFloor, await measurePostgresRawInsert(group, rows, rowsPerGroupCommit(rows.length, scans.length)));
    } finally {
      await Promise.all([stored.drop(), raw.drop(), group.drop()]);
    }
    log(`postgres ingest round ${round + 1}: ${Math.round(ingest)} events/s, floor ${Math.round(floor)} events/s, at 64 scans a transaction ${Math.round(groupFloor)}`);
  }
  return { ingest, floor, groupFloor };
}

/** The SQLite replay fixture's rows, loaded into a PostgreSQL schema (not measured), then replayed by a worker process. */
export async function postgresReplayFigures(sqliteFixture: string, runs: number) {
  const schema = await benchSchema('replay');
  try {
    log('loading the replay fixture into PostgreSQL');
    const db = openDatabase({ path: sqliteFixture });
    const rows = db.prepare('SELECT stream_name, stream_position, event_id, type, data, metadata FROM events ORDER BY global_position').raw().iterate();
    const client = await schema.client();
    let batch: unknown[][] = [];
    const flush = async () => {
      await client.query(
        'INSERT INTO events (stream_name, stream_position, event_id, type, data, metadata) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])',
        [0, 1, 2, 3, 4, 5].map((column) => batch.map((row) => row[column])),
      );
      batch = [];
    };
    for (const row of rows) if (batch.push(row as PgRow) === 5000) await flush();
    if (batch.length > 0) await flush();
    await client.query('VACUUM ANALYZE events');
    await client.end();
    db.close();
    const worker = join(import.meta.dirname, 'postgres-replay-worker.js');
    const run = (mode: string): ReplayRun => JSON.parse(execFileSync(process.execPath, [worker, schema.url, mode], { encoding: 'utf8' }));
    const results: ReplayRun[] = [];
    const driver: ReplayRun[] = [];
    for (let round = 0; round < runs; round++) {
      results.push(run('store'));
      driver.push(run('driver'));
    }
    const [best, bestDriver] = [fastest(results), fastest(driver)];
    log(`postgres replay ${Math.round(best.events / best.seconds)} events/s, bare driver ${Math.round(bestDriver.events / bestDriver.seconds)} rows/s`);
    return {
      replay: best.events / best.seconds,
      driver: bestDriver.events / bestDriver.seconds,
      events: best.events,
      peakRss: Math.max(...results.map((result) => result.peakRssMb)),
    };
  } finally {
    await schema.drop();
  }
}
