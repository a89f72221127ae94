import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../schema/migrations.js';
import { PostgresEventStore, type PostgresEventStoreOptions } from '../postgres-event-store.js';

/** The PostgreSQL the tests run against (trust auth on this machine); override with FAIRSCAN_TEST_POSTGRES_URL. */
export const TEST_POSTGRES_URL = process.env.FAIRSCAN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  readonly schema: string;
  /** The store URL, `?schema=` included. */
  readonly url: string;
  drop(): Promise<void>;
}

/** A connection to the test database for `work`, closed after it. */
export async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A schema of its own for one test, migrated unless `migrated: false`; `drop()` removes it and everything in it. */
export async function freshSchema(options: { migrated?: boolean } = {}): Promise<TestSchema> {
  const schema = `fairscan_test_${randomBytes(6).toString('hex')}`;
  await withClient(async (client) => {
    if (options.migrated === false) await client.query(`CREATE SCHEMA ${schema}`);
    else await migrate(client, schema);
  });
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return { schema, url: url.toString(), drop: () => withClient(async (client) => void (await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))) };
}

/**
 * A mocha `before` hook: PostgreSQL must answer. Under CI=true an unreachable
 * server fails the suite (a skipped store test proves nothing); elsewhere the
 * suite is skipped with the reason.
 */
export async function requirePostgres(this: Mocha.Context): Promise<void> {
  try {
    await withClient((client) => client.query('SELECT 1'));
  } catch (error) {
    const reason = `PostgreSQL at ${TEST_POSTGRES_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${reason}: CI requires it`);
    console.warn(`skipping: ${reason}`);
    this.skip();
  }
}

/** Stores on the running test's schema; all closed, and the schema dropped, after each test. */
export interface SchemaPerTest {
  readonly schema: TestSchema;
  open(options?: Omit<PostgresEventStoreOptions, 'url'>): Promise<PostgresEventStore>;
}

/** Registers beforeEach/afterEach in the calling describe: a fresh migrated schema per test. */
export function schemaPerTest(): SchemaPerTest {
  let current: TestSchema | undefined;
  const stores: PostgresEventStore[] = [];
  beforeEach(async () => {
    current = await freshSchema();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await current?.drop();
  });
  return {
    get schema(): TestSchema {
      return current as TestSchema;
    },
    async open(options = {}) {
      const store = await PostgresEventStore.open({ ...options, url: (current as TestSchema).url });
      stores.push(store);
      return store;
    },
  };
}
