import type pg from 'pg';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Append-only list: a released migration is never edited, a change is a new
 * entry. Names are compared byte-wise (COLLATE "C") so a stream prefix is a
 * plain range of the index, whatever the database's locale.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events and streams',
    sql: `
      CREATE TABLE events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        stream_name text COLLATE "C" NOT NULL,
        stream_position bigint NOT NULL,
        event_id text NOT NULL UNIQUE,
        type text NOT NULL,
        data text,
        metadata text NOT NULL,
        UNIQUE (stream_name, stream_position)
      );
      CREATE TABLE streams (
        stream_name text COLLATE "C" PRIMARY KEY,
        version bigint NOT NULL,
        deleted boolean NOT NULL DEFAULT false
      );
      CREATE INDEX streams_soft_deleted ON streams (stream_name) WHERE deleted;`,
  },
  {
    version: 2,
    name: 'checkpoints',
    sql: `
      CREATE TABLE checkpoints (
        name text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL
      );`,
  },
  {
    version: 3,
    name: 'subject keys',
    // A row keeps its key until erasure, then a tombstone (key NULL, destroyed_at set) so an erased subject is never keyed again (GDPR-17).
    sql: `
      CREATE TABLE subject_keys (
        subject_id text PRIMARY KEY,
        key bytea,
        created_at timestamptz NOT NULL,
        destroyed_at timestamptz,
        CHECK ((key IS NULL) = (destroyed_at IS NOT NULL))
      );`,
  },
  {
    version: 4,
    name: 'projection snapshots',
    // `fairscan serve` resumes async projections from one row of state and position (SnapshotStore).
    sql: `
      CREATE TABLE projection_snapshots (
        name text PRIMARY KEY,
        position bigint NOT NULL,
        state text NOT NULL,
        saved_at timestamptz NOT NULL
      );
      CREATE TABLE projection_generations (
        projection text PRIMARY KEY,
        generation integer NOT NULL,
        activated_at timestamptz NOT NULL
      );`,
  },
];

/** Serialises migrations, appends and deletes of one schema across every process (see inWriteTransaction). */
export const lockSchema = (schema: string): [string, string[]] => ['SELECT pg_advisory_xact_lock(1717, hashtext($1))', [schema]];

/** BEGIN and the lock in one round trip (simple protocol: the schema name is checked by `locate`, and checked again here). */
export function beginLocked(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`postgres store: invalid schema name "${schema}"`);
  return `BEGIN; SELECT pg_advisory_xact_lock(1717, hashtext('${schema}'))`;
}

/** Applies the missing migrations in one transaction; returns the versions applied. */
export async function migrate(client: pg.ClientBase, schema: string, list: readonly Migration[] = migrations): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query(...lockSchema(schema));
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET LOCAL search_path = ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const current = await appliedVersion(client);
    const applied: number[] = [];
    for (const migration of list.filter((m) => m.version > current)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function appliedVersion(client: pg.Pool | pg.ClientBase): Promise<number> {
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return result.rows[0]?.version ?? 0;
}

/** The schema is not at the version this code needs: nothing is opened. */
export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';
}

/** Opening never migrates: it checks, and says what to run. */
export async function assertMigrated(pool: pg.Pool, schema: string, list: readonly Migration[] = migrations): Promise<void> {
  const expected = list.at(-1)?.version ?? 0;
  const table = await pool.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [`${schema}.schema_migrations`]);
  const current = table.rows[0]?.present === true ? await appliedVersion(pool) : 0;
  if (current < expected) {
    throw new SchemaVersionError(
      `postgres store: schema "${schema}" is at version ${current}, this fairscan needs ${expected}: run \`fairscan store migrate --store <url>\` first`,
    );
  }
  if (current > expected) {
    throw new SchemaVersionError(`postgres store: schema "${schema}" is at version ${current}, newer than this fairscan (${expected}): upgrade fairscan`);
  }
}
