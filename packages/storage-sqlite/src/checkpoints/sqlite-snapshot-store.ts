import type Database from 'better-sqlite3';
import { type ProjectionSnapshot, type SnapshotStore, StoreClosedError } from '@fairscan/event-store';

interface SnapshotRow {
  readonly position: number;
  readonly state: string;
  readonly saved_at: string;
}

/**
 * Projection snapshots in the store's own file (tables `projection_snapshots`,
 * `projection_generations`). One row holds position and state, written by one
 * UPSERT: SQLite makes the statement atomic, so a process killed mid-save
 * leaves the previous pair (see SnapshotStore).
 */
export class SqliteSnapshotStore implements SnapshotStore {
  private readonly select: Database.Statement;
  private readonly upsert: Database.Statement;
  private readonly drop: Database.Statement;
  private readonly selectGeneration: Database.Statement;
  private readonly upsertGeneration: Database.Statement;

  /** On the event store's connection; its owner closes it. */
  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.select = db.prepare('SELECT position, state, saved_at FROM projection_snapshots WHERE name = ?');
    this.upsert = db.prepare(
      `INSERT INTO projection_snapshots (name, position, state, saved_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, state = excluded.state, saved_at = excluded.saved_at`,
    );
    this.drop = db.prepare('DELETE FROM projection_snapshots WHERE name = ?');
    this.selectGeneration = db.prepare('SELECT generation FROM projection_generations WHERE projection = ?').pluck();
    this.upsertGeneration = db.prepare(
      `INSERT INTO projection_generations (projection, generation, activated_at) VALUES (?, ?, ?)
       ON CONFLICT (projection) DO UPDATE SET generation = excluded.generation, activated_at = excluded.activated_at`,
    );
  }

  async load(name: string): Promise<ProjectionSnapshot | undefined> {
    this.assertOpen();
    const row = this.select.get(name) as SnapshotRow | undefined;
    return row === undefined ? undefined : { position: row.position, state: row.state, savedAt: row.saved_at };
  }

  async save(name: string, position: number, state: string): Promise<void> {
    this.assertOpen();
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new RangeError(`snapshot "${name}": position ${position} is not a globalPosition (a safe integer ≥ 0)`);
    }
    this.upsert.run(name, position, state, this.clock().toISOString());
  }

  async remove(name: string): Promise<void> {
    this.assertOpen();
    this.drop.run(name);
  }

  async activeGeneration(projection: string): Promise<number | undefined> {
    this.assertOpen();
    return (this.selectGeneration.get(projection) as number | undefined) ?? undefined;
  }

  async activate(projection: string, generation: number): Promise<void> {
    this.assertOpen();
    this.upsertGeneration.run(projection, generation, this.clock().toISOString());
  }

  private assertOpen(): void {
    if (!this.db.open) throw new StoreClosedError();
  }
}
