import { expect } from 'chai';
import { Container } from 'inversify';
import { type CheckpointStore, type EventStore, TOKENS } from '@fairscan/event-store';
import { collect, newEvent } from '@fairscan/event-store/conformance';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { tempDir } from '../testing/temp-store.js';
import { sqliteStoreModule } from './sqlite-store-module.js';

describe('sqliteStoreModule', () => {
  const dir = tempDir();
  after(() => dir.remove());

  it('binds the EventStore and the CheckpointStore to one file and one connection, with the container clock', async () => {
    const path = dir.file('app.db');
    const container = new Container({ defaultScope: 'Singleton' });
    container.bind<() => Date>(TOKENS.Clock).toConstantValue(() => new Date('2024-05-01T08:00:00.000Z'));
    container.load(sqliteStoreModule({ path }));
    const store = container.get<EventStore>(TOKENS.EventStore);
    const checkpoints = container.get<CheckpointStore>(TOKENS.CheckpointStore);
    expect(container.get(TOKENS.EventStore), 'a singleton').to.equal(store);
    try {
      expect(store).to.be.instanceOf(SqliteEventStore);
      await store.appendToStream('package-1', [newEvent('ItemReceived', { bin: 'dock-1' })]);
      await checkpoints.save('station-flow', 1);
      const [event] = await collect(store.readAll());
      expect(event?.metadata.recordedAt).to.equal('2024-05-01T08:00:00.000Z');
      const saved = (store as SqliteEventStore).database.prepare('SELECT position FROM checkpoints WHERE name = ?').pluck();
      expect(saved.get('station-flow'), 'checkpoint in the same file').to.equal(1);
    } finally {
      await store.close();
    }
  });
});
