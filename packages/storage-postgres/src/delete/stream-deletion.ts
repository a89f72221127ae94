import type pg from 'pg';
import { inWriteTransaction } from '../schema/write-transaction.js';

const STATE_SQL = `
  SELECT GREATEST((SELECT max(stream_position) FROM events WHERE stream_name = $1),
                  (SELECT version FROM streams WHERE stream_name = $1)),
         COALESCE((SELECT deleted FROM streams WHERE stream_name = $1), false)`;

/** Tables whose dead rows `compact()` rewrites away. */
export const COMPACTED_TABLES = ['events', 'streams', 'subject_keys', 'checkpoints'] as const;

/**
 * Retention and erasure, each in one transaction under the schema's write
 * lock (an append in flight cannot re-add a position the delete removes).
 * A hard delete removes the rows now; a soft delete hides the stream at once
 * and leaves the rows to `compact()`, which also rewrites the tables so the
 * deleted tuples leave the table files (see docs/operations.md for WAL,
 * replicas and backups).
 */
export class StreamDeletion {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  deleteStream(streamName: string, hard: boolean): Promise<void> {
    return this.locked(async (client) => {
      if (hard) {
        await client.query('DELETE FROM events WHERE stream_name = $1', [streamName]);
        await client.query('DELETE FROM streams WHERE stream_name = $1', [streamName]);
        return;
      }
      const { version, softDeleted } = await streamState(client, streamName);
      if (softDeleted || version < 0) return;
      await client.query(
        `INSERT INTO streams (stream_name, version, deleted) VALUES ($1, $2, true)
         ON CONFLICT (stream_name) DO UPDATE SET version = excluded.version, deleted = true`,
        [streamName, version],
      );
    });
  }

  truncateBefore(streamName: string, streamPosition: number): Promise<void> {
    return this.locked(async (client) => {
      const { version, softDeleted } = await streamState(client, streamName);
      if (softDeleted || version < 0) return;
      await client.query('DELETE FROM events WHERE stream_name = $1 AND stream_position < $2', [streamName, streamPosition]);
      // The version outlives the truncated events: the next append continues after it.
      await client.query(
        `INSERT INTO streams (stream_name, version) VALUES ($1, $2)
         ON CONFLICT (stream_name) DO UPDATE SET version = excluded.version`,
        [streamName, version],
      );
    });
  }

  /** Soft-deleted rows go, then every table is rewritten without its dead tuples (VACUUM FULL). */
  async compact(): Promise<void> {
    await this.locked(async (client) => {
      await client.query('DELETE FROM events WHERE stream_name IN (SELECT stream_name FROM streams WHERE deleted)');
      await client.query('DELETE FROM streams WHERE deleted');
    });
    await this.pool.query(`VACUUM (FULL, ANALYZE) ${COMPACTED_TABLES.join(', ')}`);
  }

  private locked(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    return inWriteTransaction(this.pool, this.schema, work);
  }
}

/** The stream's version (-1 when absent) and whether it is soft-deleted. */
export async function streamState(client: pg.Pool | pg.ClientBase, streamName: string): Promise<{ version: number; softDeleted: boolean }> {
  const { rows } = await client.query<[string | null, boolean]>({ text: STATE_SQL, values: [streamName], rowMode: 'array' });
  const [version, softDeleted] = rows[0] ?? [null, false];
  return { version: version === null ? -1 : Number(version), softDeleted };
}
