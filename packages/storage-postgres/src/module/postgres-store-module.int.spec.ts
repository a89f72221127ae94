import { expect } from 'chai';
import { Container } from 'inversify';
import { type CheckpointStore, type EventStore, TOKENS } from '@fairscan/event-store';
import { collect, newEvent } from '@fairscan/event-store/conformance';
import { type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { PostgresEventStore } from '../postgres-event-store.js';
import { PostgresKeyVault } from '../key-vault/postgres-key-vault.js';
import { freshSchema, requirePostgres } from '../testing/test-schema.js';
import { postgresKeyVaultModule, postgresStoreModule } from './postgres-store-module.js';

describe('postgresStoreModule', () => {
  before(requirePostgres);

  it('binds the EventStore, CheckpointStore and KeyVault to one schema and one pool, with the container clock', async () => {
    const schema = await freshSchema();
    const container = new Container({ defaultScope: 'Singleton' });
    container.bind<() => Date>(TOKENS.Clock).toConstantValue(() => new Date('2024-05-01T08:00:00.000Z'));
    container.load(postgresStoreModule({ url: schema.url }), postgresKeyVaultModule());
    const store = container.get<EventStore>(TOKENS.EventStore);
    try {
      expect(store).to.be.instanceOf(PostgresEventStore);
      expect(container.get(TOKENS.EventStore), 'a singleton').to.equal(store);
      expect(container.get<KeyVault>(PRIVACY_TOKENS.KeyVault)).to.be.instanceOf(PostgresKeyVault);
      await store.appendToStream('package-1', [newEvent('ItemReceived', { bin: 'dock-1' })]);
      await container.get<CheckpointStore>(TOKENS.CheckpointStore).save('station-flow', 1);
      const [event] = await collect(store.readAll());
      expect(event?.metadata.recordedAt).to.equal('2024-05-01T08:00:00.000Z');
      const { rows } = await (store as PostgresEventStore).pool.query('SELECT name, position::int FROM checkpoints');
      expect(rows, 'checkpoint in the same schema').to.deep.equal([{ name: 'station-flow', position: 1 }]);
    } finally {
      await store.close();
      await schema.drop();
    }
  });

  it('fails the first operation, naming `fairscan store migrate`, when the schema is not migrated', async () => {
    const schema = await freshSchema({ migrated: false });
    const container = new Container({ defaultScope: 'Singleton' });
    container.load(postgresStoreModule({ url: schema.url }));
    const store = container.get<EventStore>(TOKENS.EventStore);
    try {
      const error = await store.appendToStream('package-1', [newEvent('ItemReceived', {})]).catch((caught: unknown) => caught);
      expect((error as Error).message).to.contain('fairscan store migrate');
    } finally {
      await store.close();
      await schema.drop();
    }
  });
});
