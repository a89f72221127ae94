import { expect } from 'chai';
import { type KeyVault } from '@fairscan/privacy';
import { runKeyVaultConformance } from '@fairscan/privacy/conformance';
import { PostgresEventStore } from '../postgres-event-store.js';
import { freshSchema, requirePostgres, type TestSchema } from '../testing/test-schema.js';
import { PostgresKeyVault } from './postgres-key-vault.js';

interface Opened {
  readonly store: PostgresEventStore;
  readonly schema: TestSchema;
}

const opened = new Map<KeyVault, Opened>();

async function openOn(schema: TestSchema, clock?: () => Date): Promise<PostgresKeyVault> {
  const store = await PostgresEventStore.open({ url: schema.url });
  const vault = new PostgresKeyVault(store.pool, { clock, isClosed: () => store.isClosed });
  opened.set(vault, { store, schema });
  return vault;
}

async function closeVault(vault: KeyVault): Promise<TestSchema> {
  const { store, schema } = opened.get(vault) as Opened;
  opened.delete(vault);
  await vault.close();
  await store.close();
  return schema;
}

describe('PostgresKeyVault (a schema per test)', () => {
  before(requirePostgres);
  runKeyVaultConformance('postgres', async () => openOn(await freshSchema()), {
    reopen: async (vault) => openOn(await closeVault(vault)),
    teardown: async (vault) => (await closeVault(vault)).drop(),
  });

  it('keeps a tombstone row with no key and the erasure time, and refuses calls once its store is closed', async () => {
    const schema = await freshSchema();
    const vault = await openOn(schema, () => new Date('2026-03-02T18:00:00Z'));
    try {
      await vault.createKey('sub_t');
      await vault.destroyKey('sub_t');
      const { store } = opened.get(vault) as Opened;
      const { rows } = await store.pool.query('SELECT subject_id, key, destroyed_at FROM subject_keys');
      expect(rows).to.deep.equal([{ subject_id: 'sub_t', key: null, destroyed_at: new Date('2026-03-02T18:00:00Z') }]);
      await store.close();
      const error = await vault.getKey('sub_t').catch((caught: unknown) => caught);
      expect((error as Error).name).to.equal('VaultClosedError');
    } finally {
      await closeVault(vault);
      await schema.drop();
    }
  });
});
