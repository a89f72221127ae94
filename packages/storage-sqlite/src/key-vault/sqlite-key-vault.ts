import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
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
import { type ConnectionOptions, openDatabase } from '../schema/connection.js';

export interface SqliteKeyVaultOptions {
  readonly clock?: () => Date;
}

interface KeyRow {
  readonly key: Buffer | null;
  readonly created_at: string;
}

interface ExportRow extends KeyRow {
  readonly subject_id: string;
  readonly destroyed_at: string | null;
}

/** Rows per export read: memory stays flat however many subjects, and no read holds the connection between pages. */
const EXPORT_PAGE = 500;

const recordOf = (row: ExportRow): SubjectKeyRecord => exportedRecord(row.subject_id, row.key, row.created_at, row.destroyed_at);

/**
 * Per-subject keys in table `subject_keys` of the store's own file. A destroyed
 * key is overwritten with zeros, its row deleted (secure_delete zeroes the
 * freed cell) and a tombstone row written, so the subject can never be keyed
 * again (GDPR-17). Bytes still in the WAL go with the store's `compact()`.
 *
 * Limit: a copy of the file holds the keys with the data they protect, so a
 * backup taken before an erasure can undo it (docs/privacy.md, "Erasure").
 */
export class SqliteKeyVault implements KeyVault {
  private readonly select: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly zero: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly tombstone: Database.Statement;
  private readonly page: Database.Statement;
  private readonly clock: () => Date;
  private closed = false;

  /** On a connection opened elsewhere (usually the event store's `database`); its owner closes it. */
  constructor(
    private readonly db: Database.Database,
    options: SqliteKeyVaultOptions = {},
    private readonly ownsConnection = false,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.select = db.prepare('SELECT key, created_at FROM subject_keys WHERE subject_id = ?');
    this.insert = db.prepare('INSERT INTO subject_keys (subject_id, key, created_at) VALUES (?, ?, ?) ON CONFLICT (subject_id) DO NOTHING');
    this.zero = db.prepare('UPDATE subject_keys SET key = zeroblob(length(key)) WHERE subject_id = ? AND key IS NOT NULL');
    this.remove = db.prepare('DELETE FROM subject_keys WHERE subject_id = ?');
    this.tombstone = db.prepare('INSERT INTO subject_keys (subject_id, key, created_at, destroyed_at) VALUES (?, NULL, ?, ?)');
    this.page = db.prepare('SELECT subject_id, key, created_at, destroyed_at FROM subject_keys WHERE subject_id > ? ORDER BY subject_id LIMIT ?');
  }

  /** Opens its own connection to a store file (created and migrated if needed). */
  static open(options: ConnectionOptions & SqliteKeyVaultOptions): SqliteKeyVault {
    return new SqliteKeyVault(openDatabase(options), options, true);
  }

  async createKey(subjectId: string): Promise<void> {
    this.assertOpen();
    // IMMEDIATE: a second process creating the same subject waits, then finds the first key.
    this.db
      .transaction(() => {
        const row = this.select.get(subjectId) as KeyRow | undefined;
        if (row !== undefined && row.key === null) throw new SubjectErasedError(subjectId);
        if (row === undefined) this.insert.run(subjectId, randomBytes(KEY_BYTES), this.now());
      })
      .immediate();
  }

  async getKey(subjectId: string): Promise<Uint8Array | undefined> {
    this.assertOpen();
    const row = this.select.get(subjectId) as KeyRow | undefined;
    // A fresh copy per read: a caller that wipes its key after use must not wipe the vault's.
    return row === undefined || row.key === null ? undefined : new Uint8Array(row.key);
  }

  async destroyKey(subjectId: string): Promise<void> {
    this.assertOpen();
    this.db
      .transaction(() => {
        const row = this.select.get(subjectId) as KeyRow | undefined;
        if (row !== undefined && row.key === null) return;
        this.bury(subjectId, row?.created_at ?? this.now(), this.now());
      })
      .immediate();
  }

  async isDestroyed(subjectId: string): Promise<boolean> {
    this.assertOpen();
    const row = this.select.get(subjectId) as KeyRow | undefined;
    return row !== undefined && row.key === null;
  }

  async *exportKeys(): AsyncIterable<SubjectKeyRecord> {
    // Keyset pages by subject id: each page is one short read, so the caller may write between them.
    for (let after = ''; ; ) {
      this.assertOpen();
      const rows = this.page.all(after, EXPORT_PAGE) as ExportRow[];
      yield* rows.map(recordOf);
      if (rows.length < EXPORT_PAGE) return;
      after = (rows.at(-1) as ExportRow).subject_id;
    }
  }

  async importKeys(records: readonly SubjectKeyRecord[]): Promise<KeyImportResult> {
    this.assertOpen();
    // IMMEDIATE: no other writer between reading what the vault holds and applying the plan.
    return this.db
      .transaction(() => {
        const plan = planKeyImport(records, (subjectId) => this.select.get(subjectId) as KeyRow | undefined);
        for (const step of plan.steps) this.apply(step);
        return plan.result;
      })
      .immediate();
  }

  /** Closes the connection if this vault opened it; a shared one is closed by the event store. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.ownsConnection && this.db.open) this.db.close();
  }

  private apply({ record }: KeyImportStep): void {
    if (record.key === undefined) this.bury(record.subjectId, record.createdAt, record.destroyedAt);
    else this.insert.run(record.subjectId, Buffer.from(record.key), record.createdAt);
  }

  /** Overwrites the key with zeros, deletes its row (secure_delete zeroes the cell) and writes the tombstone. */
  private bury(subjectId: string, createdAt: string, destroyedAt: string): void {
    this.zero.run(subjectId);
    this.remove.run(subjectId);
    this.tombstone.run(subjectId, createdAt, destroyedAt);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private assertOpen(): void {
    if (this.closed || !this.db.open) throw new VaultClosedError();
  }
}
