import { expect } from 'chai';
import { PostgresEventStore } from '../postgres-event-store.js';
import { freshSchema, requirePostgres, withClient } from '../testing/test-schema.js';
import { migrate, migrations, SchemaVersionError } from './migrations.js';

const tablesOf = (schema: string): Promise<string[]> =>
  withClient(async (client) => {
    const { rows } = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY 1', [schema]);
    return rows.map((row) => row.name);
  });

describe('postgres schema migrations', () => {
  before(requirePostgres);

  it('creates nothing on open: a store on an empty schema refuses, naming the command to run', async () => {
    const schema = await freshSchema({ migrated: false });
    try {
      const error = await PostgresEventStore.open({ url: schema.url }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(SchemaVersionError);
      expect((error as Error).message).to.include('fairscan store migrate').and.include('version 0');
      expect(await tablesOf(schema.schema), 'opening created no table').to.deep.equal([]);
    } finally {
      await schema.drop();
    }
  });

  it('creates every table once, applies nothing twice, and a later migration exactly once', async () => {
    const schema = await freshSchema({ migrated: false });
    try {
      await withClient(async (client) => {
        expect(await migrate(client, schema.schema)).to.deep.equal(migrations.map((m) => m.version));
        expect(await migrate(client, schema.schema), 'again').to.deep.equal([]);
        const next = { version: migrations.length + 1, name: 'type index', sql: 'CREATE INDEX events_type ON events (type)' };
        expect(await migrate(client, schema.schema, [...migrations, next])).to.deep.equal([next.version]);
        expect(await migrate(client, schema.schema, [...migrations, next])).to.deep.equal([]);
      });
      expect(await tablesOf(schema.schema)).to.deep.equal(['checkpoints', 'events', 'projection_generations', 'projection_snapshots', 'schema_migrations', 'streams', 'subject_keys']);
      const error = await PostgresEventStore.open({ url: schema.url }).catch((caught: unknown) => caught);
      expect((error as Error).message, 'a schema ahead of the code').to.include('newer than this fairscan');
    } finally {
      await schema.drop();
    }
  });

  it('leaves nothing behind when a migration fails', async () => {
    const schema = await freshSchema();
    try {
      const broken = [...migrations, { version: 99, name: 'broken', sql: 'CREATE TABLE half (x int); CREATE TABLE events (y int)' }];
      const error = await withClient((client) => migrate(client, schema.schema, broken)).catch((caught: unknown) => caught);
      expect((error as Error).message).to.match(/already exists/);
      expect(await tablesOf(schema.schema)).to.not.include('half');
      const store = await PostgresEventStore.open({ url: schema.url });
      await store.close();
    } finally {
      await schema.drop();
    }
  });
});
