import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Append-only list: a released migration is never edited, a change is a new
 * entry. `global_position` is AUTOINCREMENT so a position is never reused after
 * the newest events are deleted: a subscriber's checkpoint must not skip them.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events and streams',
    sql: `
      CREATE TABLE events (
        global_position INTEGER PRIMARY KEY AUTOINCREMENT,
        stream_name TEXT NOT NULL,
        stream_position INTEGER NOT NULL,
        event_id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        data TEXT,
        metadata TEXT NOT NULL,
        UNIQUE (stream_name, stream_position)
      );
      CREATE TABLE streams (
        stream_name TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
      CREATE INDEX streams_soft_deleted ON streams (stream_name) WHERE deleted = 1;`,
  },
  {
    version: 2,
    name: 'checkpoints',
    sql: `
      CREATE TABLE checkpoints (
        name TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;`,
  },
  {
    version: 3,
    name: 'subject keys',
    // The key vault (key-vault/sqlite-key-vault.ts): a row keeps its key until erasure, then a
    // tombstone (key NULL, destroyed_at set) so an erased subject is never given a key again (GDPR-17).
    sql: `
      CREATE TABLE subject_keys (
        subject_id TEXT PRIMARY KEY,
        key BLOB,
        created_at TEXT NOT NULL,
        destroyed_at TEXT,
        CHECK ((key IS NULL) = (destroyed_at IS NOT NULL))
      ) WITHOUT ROWID;`,
  },
  {
    version: 4,
    name: 'projection snapshots',
    // Async projections served by `fairscan serve` (checkpoints/sqlite-snapshot-store.ts): one row is
    // position + state, so they are saved atomically; generations let a rebuild run beside the served one.
    sql: `
      CREATE TABLE projection_snapshots (
        name TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        state TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE projection_generations (
        projection TEXT PRIMARY KEY,
        generation INTEGER NOT NULL,
        activated_at TEXT NOT NULL
      ) WITHOUT ROWID;`,
  },
];

/** Applies the missing migrations in one write transaction, so two processes opening the file at once agree. */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations, now: () => Date = () => new Date()): number[] {
  const apply = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const current = db.prepare('SELECT COALESCE(MAX(version), 0) FROM schema_migrations').pluck().get() as number;
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const applied: number[] = [];
    for (const migration of list.filter((m) => m.version > current)) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString());
      applied.push(migration.version);
    }
    return applied;
  });
  return apply.immediate();
}
