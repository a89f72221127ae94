import { expect } from 'chai';
import { collect, idsOf, newEvents, readAllUnder, readStream, uniquePrefix } from '@fairscan/event-store/conformance';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { EmulatedEventStoreDb } from './testing/index.js';

/** What only this adapter does: `$maxAge` retention, and scavenges that take events off the node's log. */
describe('EventStoreDB retention and scavenging (in-process gRPC server)', () => {
  let now = Date.parse('2024-05-01T08:00:00.000Z');
  let server: EmulatedEventStoreDb;
  let store: EventStoreDbEventStore;
  before(async () => {
    server = await EmulatedEventStoreDb.start({ clock: () => now });
  });
  beforeEach(() => {
    store = EventStoreDbEventStore.open({ connectionString: server.connectionString, clock: () => new Date(now) });
  });
  afterEach(() => store.close());
  after(() => server.stop());
  const logged = (prefix: string): string[] => server.log.all.filter((record) => record.streamName.startsWith(prefix)).map((record) => record.type);

  it('hides events older than $maxAge from stream reads, readAll and listStreams, and a scavenge removes them', async () => {
    const prefix = uniquePrefix();
    const stream = `${prefix}attribution-s1-2024-05-01`;
    const old = newEvents(2, 'ScanAttributed');
    await store.appendToStream(stream, old);
    now += 3 * 3600_000;
    const fresh = newEvents(1, 'ScanAttributed');
    await store.appendToStream(stream, fresh);
    await store.setMaxAge(stream, 3600);
    expect(idsOf(await readStream(store, stream)), 'readStream').to.deep.equal(idsOf(fresh));
    expect(idsOf(await readAllUnder(store, prefix)), 'readAll').to.deep.equal(idsOf(fresh));
    expect(await collect(store.listStreams(prefix)), 'listStreams').to.deep.equal([stream]);
    expect(await store.streamVersion(stream)).to.equal(2);
    expect(logged(prefix), 'on the node until a scavenge').to.have.length(3);
    await store.compact();
    expect(logged(prefix), 'after a scavenge').to.deep.equal(['ScanAttributed']);
  });

  it('takes hard-deleted and truncated events off the log at compact(), keeping what is still readable', async () => {
    const prefix = uniquePrefix();
    await store.appendToStream(`${prefix}shift-s1-2024-05-01-op_1`, newEvents(3, 'BreakDeclared'));
    const task = newEvents(4, 'TaskStarted');
    await store.appendToStream(`${prefix}task-s1-7`, task);
    await store.deleteStream(`${prefix}shift-s1-2024-05-01-op_1`);
    await store.truncateBefore(`${prefix}task-s1-7`, 3);
    expect(logged(prefix), 'a node keeps them until a scavenge').to.include('BreakDeclared');
    await store.compact();
    expect(logged(prefix)).to.deep.equal(['TaskStarted', '$streamDeleted']);
    expect(idsOf(await collect(store.readStream(`${prefix}task-s1-7`)))).to.deep.equal(idsOf(task.slice(3)));
    expect(await store.streamVersion(`${prefix}task-s1-7`)).to.equal(3);
  });

  it('refuses to write a tombstoned stream again, naming it', async () => {
    const stream = `${uniquePrefix()}shift-s1-2024-05-02-op_2`;
    await store.appendToStream(stream, newEvents(1));
    await store.deleteStream(stream, { hard: true });
    const attempt = store.appendToStream(stream, newEvents(1));
    await attempt.then(
      () => expect.fail('a tombstoned stream took a write'),
      (error: Error) => expect(error.message).to.contain(stream).and.contain('hard-deleted'),
    );
  });
});
