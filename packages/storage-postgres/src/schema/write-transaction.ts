import type pg from 'pg';
import { lockSchema } from './migrations.js';

/**
 * Runs `work` in one transaction holding the schema's write lock to COMMIT:
 * appends, deletes and migrations of a schema take turns across every
 * process, which is what keeps positions visible in order (no reader skips
 * one) and makes every expected-version check exact.
 */
export async function inWriteTransaction<T>(pool: pg.Pool, schema: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query(...lockSchema(schema));
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
    throw error;
  } finally {
    client.release(broken);
  }
}
