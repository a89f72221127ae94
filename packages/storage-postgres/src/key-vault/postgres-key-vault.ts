import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import {
  type HeldKey,
  exportedRecord,
  KEY_BYTES,
  type KeyImportResult,
  type KeyImportStep,
  type KeyVault,
  planKeyImport,
  SubjectErasedError,
  type SubjectKeyRecord,
  VaultClosedError,
} from '@fairscan/privacy';

export interface PostgresKeyVaultOptions {
  readonly clock?: () => Date;
  /** Whether the shared pool is closed: the store that owns it says (default: never). */
  readonly isClosed?: () => boolean;
}

interface KeyRow {
  readonly key: Buffer | null;
  readonly created_at: Date;
}

interface ExportRow extends KeyRow {
  readonly subject_id: string;
  readonly destroyed_at: Date | null;
}

/** Rows per export query: memory stays flat however many subjects. */
const EXPORT_PAGE = 500;

const recordOf = (row: ExportRow): SubjectKeyRecord =>
  exportedRecord(row.subject_id, row.key, row.created_at.toISOString(), row.destroyed_at?.toISOString() ?? null);

/** What the vault holds for `subjectIds`, read inside the import's transaction. */
async function heldKeys(client: pg.PoolClient, subjectIds: readonly string[]): Promise<Map<string, HeldKey>> {
  const { rows } = await client.query<{ subject_id: string; key: Buffer | null }>('SELECT subject_id, key FROM subject_keys WHERE subject_id = ANY($1)', [
    subjectIds,
  ]);
  return new Map(rows.map((row) => [row.subject_id, { key: row.key }]));
}

/** One import step; a shredded key's row becomes the source's tombstone, its times included. */
async function apply(client: pg.PoolClient, { record }: KeyImportStep): Promise<void> {
  if (record.key !== undefined) {
    await client.query('INSERT INTO subject_keys (subject_id, key, created_at) VALUES ($1, $2, $3)', [record.subjectId, Buffer.from(record.key), new Date(record.createdAt)]);
    return;
  }
  await client.query(
    `INSERT INTO subject_keys (subject_id, key, created_at, destroyed_at) VALUES ($1, NULL, $2, $3)
     ON CONFLICT (subject_id) DO UPDATE SET key = NULL, created_at = excluded.created_at, destroyed_at = excluded.destroyed_at`,
    [record.subjectId, new Date(record.createdAt), new Date(record.destroyedAt)],
  );
}

/**
 * Per-subject keys in table `subject_keys` of the store's schema. Destroying
 * a key turns its row into a tombstone (key NULL, destroyed_at set), so the
 * subject is never keyed again (GDPR-17). PostgreSQL keeps the old row
 * version, key bytes included, as a dead tuple until the store's `compact()`
 * (VACUUM FULL) rewrites the table; WAL and backups keep it longer
 * (docs/operations.md, "PostgreSQL").
 */
export class PostgresKeyVault implements KeyVault {
  private readonly clock: () => Date;
  private closed = false;

  /** On the pool of a PostgresEventStore (its `pool`); the store closes it. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly options: PostgresKeyVaultOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  async createKey(subjectId: string): Promise<void> {
    this.assertOpen();
    // ON CONFLICT DO NOTHING: concurrent creators (any process) agree on the first key; a tombstone wins too.
    await this.pool.query('INSERT INTO subject_keys (subject_id, key, created_at) VALUES ($1, $2, $3) ON CONFLICT (subject_id) DO NOTHING', [
      subjectId,
      randomBytes(KEY_BYTES),
      this.clock(),
    ]);
    if ((await this.row(subjectId))?.key === null) throw new SubjectErasedError(subjectId);
  }

  async getKey(subjectId: string): Promise<Uint8Array | undefined> {
    this.assertOpen();
    const row = await this.row(subjectId);
    // A fresh copy per read: a caller that wipes its key after use must not wipe the vault's.
    return row === undefined || row.key === null ? undefined : new Uint8Array(row.key);
  }

  async destroyKey(subjectId: string): Promise<void> {
    this.assertOpen();
    // One statement: a key row becomes a tombstone (created_at kept), an unknown subject gets one.
    await this.pool.query(
      `INSERT INTO subject_keys (subject_id, key, created_at, destroyed_at) VALUES ($1, NULL, $2, $2)
       ON CONFLICT (subject_id) DO UPDATE SET key = NULL, destroyed_at = COALESCE(subject_keys.destroyed_at, excluded.destroyed_at)`,
      [subjectId, this.clock()],
    );
  }

  async isDestroyed(subjectId: string): Promise<boolean> {
    this.assertOpen();
    const row = await this.row(subjectId);
    return row !== undefined && row.key === null;
  }

  async *exportKeys(): AsyncIterable<SubjectKeyRecord> {
    for (let after = ''; ; ) {
      this.assertOpen();
      const { rows } = await this.pool.query<ExportRow>(
        'SELECT subject_id, key, created_at, destroyed_at FROM subject_keys WHERE subject_id > $1 ORDER BY subject_id LIMIT $2',
        [after, EXPORT_PAGE],
      );
      yield* rows.map(recordOf);
      if (rows.length < EXPORT_PAGE) return;
      after = (rows.at(-1) as ExportRow).subject_id;
    }
  }

  async importKeys(records: readonly SubjectKeyRecord[]): Promise<KeyImportResult> {
    this.assertOpen();
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      // Other writers of the vault (createKey, destroyKey, any process) wait: what the plan read stays true to COMMIT.
      await client.query('BEGIN; LOCK TABLE subject_keys IN SHARE ROW EXCLUSIVE MODE');
      const held = await heldKeys(client, records.map((record) => record.subjectId));
      const plan = planKeyImport(records, (subjectId) => held.get(subjectId));
      for (const step of plan.steps) await apply(client, step);
      await client.query('COMMIT');
      return plan.result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** The pool is the event store's: it closes it. */
  async close(): Promise<void> {
    this.closed = true;
  }

  private async row(subjectId: string): Promise<KeyRow | undefined> {
    const { rows } = await this.pool.query<KeyRow>('SELECT key, created_at FROM subject_keys WHERE subject_id = $1', [subjectId]);
    return rows[0];
  }

  private assertOpen(): void {
    if (this.closed || this.options.isClosed?.() === true) throw new VaultClosedError();
  }
}
