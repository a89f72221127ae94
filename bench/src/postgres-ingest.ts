import { PostgresEventStore } from '@fairscan/storage-postgres';
import { type BenchSchema } from './postgres-schema.js';
import { driveIngest } from './ingest.js';

export type PgRow = [streamName: string, streamPosition: string, eventId: string, type: string, data: string | null, metadata: string];

/** RecordScan commands from 64 concurrent callers through the command handler into PostgreSQL. */
export async function measurePostgresIngest(schema: BenchSchema, scans: ReadonlyArray<Record<string, unknown>>): Promise<number> {
  const seconds = await driveIngest(await PostgresEventStore.open({ url: schema.url }), scans);
  return (await readPostgresRows(schema)).length / seconds;
}

export async function readPostgresRows(schema: BenchSchema): Promise<PgRow[]> {
  const client = await schema.client();
  const { rows } = await client.query<PgRow>({
    text: 'SELECT stream_name, stream_position, event_id, type, data, metadata FROM events ORDER BY global_position',
    rowMode: 'array',
  });
  await client.end();
  return rows;
}

const valuesList = (count: number): string =>
  Array.from({ length: count }, (_, row) => `(${Array.from({ length: 6 }, (_, column) => `$${row * 6 + column + 1}`).join(', ')})`).join(', ');

/**
 * The floor: the very same rows, one multi-row INSERT of `perTransaction`
 * (1,000 by the definition) per transaction, same table and indexes, one connection.
 */
export async function measurePostgresRawInsert(schema: BenchSchema, rows: readonly PgRow[], perTransaction = 1000): Promise<number> {
  const client = await schema.client();
  const sql = (count: number) => `INSERT INTO events (stream_name, stream_position, event_id, type, data, metadata) VALUES ${valuesList(count)}`;
  const full = sql(perTransaction);
  const started = performance.now();
  for (let i = 0; i < rows.length; i += perTransaction) {
    const batch = rows.slice(i, i + perTransaction);
    await client.query('BEGIN');
    await client.query(batch.length === perTransaction ? full : sql(batch.length), batch.flat());
    await client.query('COMMIT');
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return rows.length / seconds;
}
