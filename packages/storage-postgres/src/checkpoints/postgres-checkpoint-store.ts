import type pg from 'pg';
import { type CheckpointStore, StoreClosedError } from '@fairscan/event-store';
import { int8AsNumber } from '../schema/connection.js';

export interface PostgresCheckpointStoreOptions {
  readonly clock?: () => Date;
  /** Whether the pool is closed: the store that owns it says (default: never). */
  readonly isClosed?: () => boolean;
}

/**
 * Durable projection checkpoints in the store's schema (table `checkpoints`),
 * so a projection and the events it read are backed up together.
 */
export class PostgresCheckpointStore implements CheckpointStore {
  private readonly clock: () => Date;

  /** On the pool of a PostgresEventStore (its `pool`); the store closes it. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly options: PostgresCheckpointStoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  async load(name: string): Promise<number | undefined> {
    this.assertOpen();
    const { rows } = await this.pool.query<[number]>({
      text: 'SELECT position FROM checkpoints WHERE name = $1',
      values: [name],
      rowMode: 'array',
      types: int8AsNumber,
    });
    return rows[0]?.[0];
  }

  async save(name: string, position: number): Promise<void> {
    this.assertOpen();
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new RangeError(`checkpoint "${name}": position ${position} is not a globalPosition (a safe integer ≥ 0)`);
    }
    await this.pool.query(
      `INSERT INTO checkpoints (name, position, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
      [name, position, this.clock()],
    );
  }

  private assertOpen(): void {
    if (this.options.isClosed?.() === true) throw new StoreClosedError();
  }
}
