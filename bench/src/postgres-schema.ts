import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase } from '@fairscan/storage-postgres';

/** Where the PostgreSQL figures are measured; override with BENCH_POSTGRES_URL. */
export const benchPostgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchSchema {
  readonly url: string;
  readonly schema: string;
  /** A client whose unqualified names are in the schema. */
  client(): Promise<pg.Client>;
  drop(): Promise<void>;
}

/** A fresh, migrated schema: the store's own tables and indexes, for the store and its floor alike. */
export async function benchSchema(label: string): Promise<BenchSchema> {
  const schema = `fairscan_bench_${label}_${randomBytes(4).toString('hex')}`;
  const url = new URL(benchPostgresUrl);
  url.searchParams.set('schema', schema);
  await migrateDatabase({ url: url.toString() });
  const client = async (): Promise<pg.Client> => {
    const connected = new pg.Client({ connectionString: benchPostgresUrl, options: `-c search_path=${schema}` });
    await connected.connect();
    return connected;
  };
  const drop = async (): Promise<void> => {
    const admin = await client();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  };
  return { url: url.toString(), schema, client, drop };
}
