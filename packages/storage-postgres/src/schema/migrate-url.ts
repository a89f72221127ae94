import pg from 'pg';
import { type PostgresConnectionOptions, locate } from './connection.js';
import { migrate } from './migrations.js';

/** `fairscan store migrate` on a PostgreSQL URL: creates the schema if needed and applies what is missing. */
export async function migrateDatabase(options: PostgresConnectionOptions): Promise<{ schema: string; applied: number[] }> {
  const location = locate(options);
  const client = new pg.Client({ connectionString: location.connectionString, application_name: 'fairscan-migrate' });
  await client.connect();
  try {
    return { schema: location.schema, applied: await migrate(client, location.schema) };
  } finally {
    await client.end();
  }
}
