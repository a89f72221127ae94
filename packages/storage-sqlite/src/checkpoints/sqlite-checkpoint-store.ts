import type Database from 'better-sqlite3';
import { type CheckpointStore, StoreClosedError } from '@fairscan/event-store';
import { type ConnectionOptions, openDatabase } from '../schema/connection.js';

export interface SqliteCheckpointStoreOptions {
  readonly clock?: () => Date;
}

/**
 * Durable projection checkpoints in the store's own file (table `checkpoints`),
 * so a projection and the events it read from are backed up together.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly select: Database.Statement;
  private readonly upsert: Database.Statement;
  private readonly clock: () => Date;

  /** On a connection opened elsewhere (usually the event store's `database`); its owner closes it. */
  constructor(
    private readonly db: Database.Database,
    options: SqliteCheckpointStoreOptions = {},
    private readonly ownsConnection = false,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.select = db.prepare('SELECT position FROM checkpoints WHERE name = ?').pluck();
    this.upsert = db.prepare(
      `INSERT INTO checkpoints (name, position, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
    );
  }

  /** Opens its own connection to a store file (created and migrated if needed). */
  static open(options: ConnectionOptions & SqliteCheckpointStoreOptions): SqliteCheckpointStore {
    return new SqliteCheckpointStore(openDatabase(options), options, true);
  }

  async load(name: string): Promise<number | undefined> {
    this.assertOpen();
    return (this.select.get(name) as number | undefined) ?? undefined;
  }

  async save(name: string, position: number): Promise<void> {
    this.assertOpen();
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new RangeError(`checkpoint "${name}": position ${position} is not a globalPosition (a safe integer ≥ 0)`);
    }
    this.upsert.run(name, position, this.clock().toISOString());
  }

  /** Closes the connection if this store opened it; a shared one is closed by the event store. */
  async close(): Promise<void> {
    if (this.ownsConnection && this.db.open) this.db.close();
  }

  private assertOpen(): void {
    if (!this.db.open) throw new StoreClosedError();
  }
}
