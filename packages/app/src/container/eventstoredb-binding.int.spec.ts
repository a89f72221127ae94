import { expect } from 'chai';
import { EventStoreDbEventStore, EventStoreDbKeyVault } from '@fairscan/storage-eventstoredb';
import { EmulatedEventStoreDb } from '@fairscan/storage-eventstoredb/testing';
import { configFrom } from '../config/load-config.js';
import { storeFromLocation } from '../config/resolve-config.js';
import { openFairscan } from './build-container.js';

describe('EventStoreDB binding (store.kind eventstoredb)', () => {
  let server: EmulatedEventStoreDb;
  before(async () => {
    server = await EmulatedEventStoreDb.start();
  });
  after(() => server.stop());

  it('binds the EventStoreDB store and its key vault from --store esdb://, and keys survive a restart', async () => {
    const config = configFrom({ site: 'lille-1', store: storeFromLocation(server.connectionString) });
    const first = await openFairscan(config);
    expect(first.store).to.be.instanceOf(EventStoreDbEventStore);
    expect(first.vault).to.be.instanceOf(EventStoreDbKeyVault);
    await first.vault.createKey('sub_esdb');
    const key = Buffer.from((await first.vault.getKey('sub_esdb')) as Uint8Array).toString('hex');
    await first.close();
    const again = await openFairscan(config);
    expect(Buffer.from((await again.vault.getKey('sub_esdb')) as Uint8Array).toString('hex')).to.equal(key);
    await again.close();
  });
});
