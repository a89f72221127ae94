import type pg from 'pg';
import { beginLocked } from './migrations.js';

/** Where an append's NOTIFY goes (payload: the schema), sent with the COMMIT. */
export const NOTIFY_CHANNEL = 'fairscan_events';

/**
 * Runs `work` in one transaction holding the schema's write lock to COMMIT:
 * appends, deletes and migrations of a schema take turns across every
 * process, which is what keeps positions visible in order (no reader skips
 * one) and makes every expected-version check exact.
 */
export async function inWriteTransaction<T>(
  pool: pg.Pool,
  schema: string,
  work: (client: pg.PoolClient) => Promise<T>,
  notifyIf: (result: T) => boolean = () => false,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(beginLocked(schema));
    const result = await work(client);
    // Delivered to listeners only if the COMMIT succeeds; one round trip with it.
    await client.query(notifyIf(result) ? `SELECT pg_notify('${NOTIFY_CHANNEL}', '${schema}'); COMMIT` : 'COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
    throw error;
  } finally {
    client.release(broken);
  }
}
