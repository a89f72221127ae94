import type pg from 'pg';
import { assertSnapshotPosition, type ProjectionSnapshot, type SnapshotStore, StoreClosedError } from '@fairscan/event-store';
import { int8AsNumber } from '../schema/connection.js';

export interface PostgresSnapshotStoreOptions {
  readonly clock?: () => Date;
  /** Whether the pool is closed: the store that owns it says (default: never). */
  readonly isClosed?: () => boolean;
}

/**
 * Projection snapshots in the store's schema (tables `projection_snapshots`,
 * `projection_generations`, migration 4). Position and state are one row,
 * written by one UPSERT: a crash leaves the previous pair (see SnapshotStore).
 */
export class PostgresSnapshotStore implements SnapshotStore {
  private readonly clock: () => Date;

  /** On the pool of a PostgresEventStore (its `pool`); the store closes it. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly options: PostgresSnapshotStoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  async load(name: string): Promise<ProjectionSnapshot | undefined> {
    this.assertOpen();
    const { rows } = await this.pool.query<[number, string, Date]>({
      text: 'SELECT position, state, saved_at FROM projection_snapshots WHERE name = $1',
      values: [name],
      rowMode: 'array',
      types: int8AsNumber,
    });
    const row = rows[0];
    return row === undefined ? undefined : { position: row[0], state: row[1], savedAt: row[2].toISOString() };
  }

  async save(name: string, position: number, state: string): Promise<void> {
    this.assertOpen();
    assertSnapshotPosition(name, position);
    await this.pool.query(
      `INSERT INTO projection_snapshots (name, position, state, saved_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, state = excluded.state, saved_at = excluded.saved_at`,
      [name, position, state, this.clock()],
    );
  }

  async remove(name: string): Promise<void> {
    this.assertOpen();
    await this.pool.query('DELETE FROM projection_snapshots WHERE name = $1', [name]);
  }

  async activeGeneration(projection: string): Promise<number | undefined> {
    this.assertOpen();
    const { rows } = await this.pool.query<[number]>({
      text: 'SELECT generation FROM projection_generations WHERE projection = $1',
      values: [projection],
      rowMode: 'array',
    });
    return rows[0]?.[0];
  }

  async activate(projection: string, generation: number): Promise<void> {
    this.assertOpen();
    await this.pool.query(
      `INSERT INTO projection_generations (projection, generation, activated_at) VALUES ($1, $2, $3)
       ON CONFLICT (projection) DO UPDATE SET generation = excluded.generation, activated_at = excluded.activated_at`,
      [projection, generation, this.clock()],
    );
  }

  private assertOpen(): void {
    if (this.options.isClosed?.() === true) throw new StoreClosedError();
  }
}
