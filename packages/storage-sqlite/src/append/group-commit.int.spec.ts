import { expect } from 'chai';
import Database from 'better-sqlite3';
import { type AppendResult, DuplicateEventIdError, type StreamWrite, WrongExpectedVersionError } from '@fairscan/event-store';
import { newEvents } from '@fairscan/event-store/conformance';
import { openDatabase } from '../schema/connection.js';
import { INSERT_EVENT_SQL, eventRow } from '../schema/event-row.js';
import { tempDir } from '../testing/temp-store.js';
import { GroupCommit } from './group-commit.js';
import { prepareWrite } from './prepared-write.js';
import { StreamStateQueries } from './stream-state.js';
import { VersionCache } from './version-cache.js';

interface Rig {
  readonly db: Database.Database;
  readonly commits: GroupCommit;
  readonly commitCount: () => number;
  append(write: StreamWrite): Promise<AppendResult>;
  positions(stream: string): number[];
}

function rig(path: string, maxBatchEvents?: number): Rig {
  const db = openDatabase({ path });
  let count = 0;
  const commits = new GroupCommit(db, new StreamStateQueries(db), new VersionCache(), { maxBatchEvents, onCommit: () => count++ });
  return {
    db,
    commits,
    commitCount: () => count,
    append: async (write) => (await commits.submit([prepareWrite(write, new Date().toISOString())]))[0] as AppendResult,
    positions: (stream) =>
      db.prepare('SELECT stream_position FROM events WHERE stream_name = ? ORDER BY 1').pluck().all(stream) as number[],
  };
}

describe('group commit', () => {
  const dir = tempDir();
  let n = 0;
  let current: Rig | undefined;
  const fresh = (maxBatchEvents?: number): Rig => (current = rig(dir.file(`group-${++n}.db`), maxBatchEvents));
  afterEach(() => current?.db.close());
  after(() => dir.remove());

  it('commits 64 concurrent appends in one transaction, each call answered with its own positions', async () => {
    const store = fresh();
    const results = await Promise.all(Array.from({ length: 64 }, (_, i) => store.append({ streamName: `package-${i % 8}`, events: newEvents(2) })));
    expect(store.commitCount()).to.equal(1);
    const perStream = results.filter((_, i) => i % 8 === 0).map((result) => result.nextExpectedVersion);
    expect(perStream, 'queue order inside the batch').to.deep.equal([1, 3, 5, 7, 9, 11, 13, 15]);
    expect(store.positions('package-0')).to.deep.equal(Array.from({ length: 16 }, (_, i) => i));
  });

  it('rolls back only the failing call of a batch; its batch-mates commit', async () => {
    const store = fresh();
    const first = newEvents(2);
    const outcomes = await Promise.allSettled([
      store.append({ streamName: 'task-1', events: first, expectedVersion: 'no_stream' }),
      store.append({ streamName: 'task-1', events: newEvents(1), expectedVersion: 'no_stream' }),
      store.append({ streamName: 'task-2', events: [...newEvents(1), first[1]!] }),
      store.append({ streamName: 'task-1', events: first, expectedVersion: 'no_stream' }),
      store.append({ streamName: 'task-1', events: newEvents(1), expectedVersion: 1 }),
    ]);
    expect(store.commitCount()).to.equal(1);
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).to.be.instanceOf(WrongExpectedVersionError);
    expect((outcomes[2] as PromiseRejectedResult).reason).to.be.instanceOf(DuplicateEventIdError);
    expect((outcomes[3] as PromiseFulfilledResult<AppendResult>).value.duplicate, 'a resend in the same batch').to.equal(true);
    expect(store.positions('task-1')).to.deep.equal([0, 1, 2]);
    expect(store.positions('task-2'), 'the rejected call left nothing').to.deep.equal([]);
  });

  it('answers a caller only once its events are committed and visible to other connections', async () => {
    const store = fresh();
    const reader = new Database(store.db.name, { readonly: true });
    try {
      const seenAtAnswer = await store.append({ streamName: 'bin-A-01', events: newEvents(3) }).then(
        () => reader.prepare('SELECT COUNT(*) FROM events').pluck().get() as number,
      );
      expect(seenAtAnswer).to.equal(3);
    } finally {
      reader.close();
    }
  });

  it('sees versions another process wrote since its last batch (the database is the truth)', async () => {
    const store = fresh();
    await store.append({ streamName: 'location-s1-A', events: newEvents(1) });
    const other = new Database(store.db.name);
    try {
      other.prepare(INSERT_EVENT_SQL).run(...eventRow('location-s1-A', 1, newEvents(1)[0]!));
    } finally {
      other.close();
    }
    const stale = store.append({ streamName: 'location-s1-A', events: newEvents(1), expectedVersion: 0 });
    const conflict = await stale.then(() => undefined, (error: unknown) => error);
    expect(conflict).to.be.instanceOf(WrongExpectedVersionError);
    expect((conflict as WrongExpectedVersionError).actual).to.equal(1);
    const appended = await store.append({ streamName: 'location-s1-A', events: newEvents(1) });
    expect(appended.nextExpectedVersion).to.equal(2);
    expect(store.positions('location-s1-A')).to.deep.equal([0, 1, 2]);
  });

  it('forgets cached versions when another process deleted the stream (no gap at the next append)', async () => {
    const store = fresh();
    await store.append({ streamName: 'attribution-s1-2024-05-01', events: newEvents(3) });
    const retention = new Database(store.db.name);
    try {
      retention.prepare('DELETE FROM events WHERE stream_name = ?').run('attribution-s1-2024-05-01');
    } finally {
      retention.close();
    }
    const result = await store.append({ streamName: 'attribution-s1-2024-05-01', events: newEvents(1) });
    expect(result.nextExpectedVersion).to.equal(0);
    expect(store.positions('attribution-s1-2024-05-01')).to.deep.equal([0]);
  });

  it('flushes at once when the queue reaches maxBatchEvents', async () => {
    const store = fresh(100);
    const appends = Array.from({ length: 6 }, (_, i) => store.append({ streamName: `pack-${i}`, events: newEvents(50) }));
    expect(store.commitCount(), 'every full batch flushed before the turn ended').to.equal(3);
    await Promise.all(appends);
    expect(store.commitCount()).to.equal(3);
  });
});
