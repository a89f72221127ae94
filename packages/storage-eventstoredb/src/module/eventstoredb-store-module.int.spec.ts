import { expect } from 'chai';
import { Container } from 'inversify';
import { type CheckpointStore, type EventStore, TOKENS } from '@fairscan/event-store';
import { collect, newEvent } from '@fairscan/event-store/conformance';
import { type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { EventStoreDbEventStore } from '../eventstoredb-event-store.js';
import { EmulatedEventStoreDb } from '../testing/index.js';
import { eventStoreDbKeyVaultModule, eventStoreDbModule } from './eventstoredb-store-module.js';

describe('eventStoreDbModule', () => {
  let server: EmulatedEventStoreDb;
  before(async () => {
    // A node without BatchAppend (before 21.10): the client appends with Append, which this exercises.
    server = await EmulatedEventStoreDb.start({ batchAppend: false });
  });
  after(() => server.stop());

  it('binds the EventStore, CheckpointStore and KeyVault to one connection, with the container clock, out of every site read', async () => {
    const container = new Container({ defaultScope: 'Singleton' });
    container.bind<() => Date>(TOKENS.Clock).toConstantValue(() => new Date('2024-05-01T08:00:00.000Z'));
    container.load(eventStoreDbModule({ connectionString: server.connectionString }), eventStoreDbKeyVaultModule());
    const store = container.get<EventStore>(TOKENS.EventStore);
    try {
      expect(store).to.be.instanceOf(EventStoreDbEventStore);
      expect(container.get(TOKENS.EventStore), 'a singleton').to.equal(store);
      await store.appendToStream('package-00340123450000000017', [newEvent('ItemReceived', { bin: 'dock-1' })]);
      await container.get<CheckpointStore>(TOKENS.CheckpointStore).save('station-flow', 1);
      await container.get<KeyVault>(PRIVACY_TOKENS.KeyVault).createKey('sub_module');
      const all = await collect(store.readAll());
      expect(all.map((event) => event.streamName), 'checkpoints and keys stay in $ streams').to.deep.equal(['package-00340123450000000017']);
      expect(all[0]?.metadata.recordedAt).to.equal('2024-05-01T08:00:00.000Z');
    } finally {
      await store.close();
    }
  });

  it('names the connection string when it cannot be one', () => {
    expect(() => EventStoreDbEventStore.open({ connectionString: 'postgres://localhost/fairscan' })).to.throw(/postgres:\/\/localhost\/fairscan.*esdb:\/\//);
  });
});
