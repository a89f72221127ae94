import { expect } from 'chai';
import type Database from 'better-sqlite3';
import { type AppendResult, type StreamWrite } from '@fairscan/event-store';
import { newEvents } from '@fairscan/event-store/conformance';
import { openDatabase } from '../schema/connection.js';
import { tempDir } from '../testing/temp-store.js';
import { GroupCommit } from './group-commit.js';
import { prepareWrite, type PreparedWrite } from './prepared-write.js';
import { SavepointFree } from './savepoint-free.js';
import { StreamStateQueries } from './stream-state.js';
import { VersionCache } from './version-cache.js';

const prepared = (write: StreamWrite): PreparedWrite => prepareWrite(write, '2024-05-01T08:00:00.000Z');

describe('appends without a savepoint per call', () => {
  const dir = tempDir();
  let n = 0;
  let db: Database.Database;
  beforeEach(() => (db = openDatabase({ path: dir.file(`plain-${++n}.db`) })));
  afterEach(() => db.close());
  after(() => dir.remove());

  it('picks only calls that cannot fail half-way: any version, new ids, no id sent twice in the batch', async () => {
    const commits = new GroupCommit(db, new StreamStateQueries(db), new VersionCache());
    const stored = newEvents(1);
    const appended = commits.submit([prepared({ streamName: 'package-1', events: stored })]);
    commits.flush();
    await appended;
    const resent = newEvents(1);
    const picked = new SavepointFree(db).pick([
      [prepared({ streamName: 'package-2', events: newEvents(2) }), prepared({ streamName: 'location-s1-A', events: resent })],
      [prepared({ streamName: 'package-3', events: stored })],
      [prepared({ streamName: 'task-1', events: newEvents(1), expectedVersion: 'no_stream' })],
      [prepared({ streamName: 'package-4', events: resent })],
      [prepared({ streamName: 'package-5', events: [] })],
      [prepared({ streamName: 'package-6', events: newEvents(1) })],
    ]);
    expect([...picked]).to.deep.equal([0, 5]);
  });

  it('given a stale cached version, when a picked call fails half-way, then the batch runs again guarded and every call is whole', async () => {
    const cache = new VersionCache();
    const commits = new GroupCommit(db, new StreamStateQueries(db), cache);
    const first = commits.submit([prepared({ streamName: 'location-s1-B', events: newEvents(2) })]);
    commits.flush();
    await first;
    cache.set('location-s1-B', 0); // a broken invariant: position 1 is taken
    const calls = [
      commits.submit([prepared({ streamName: 'package-7', events: newEvents(1) }), prepared({ streamName: 'location-s1-B', events: newEvents(1) })]),
      commits.submit([prepared({ streamName: 'package-8', events: newEvents(1) })]),
    ];
    commits.flush();
    const results = (await Promise.all(calls)) as AppendResult[][];
    expect(results.map((writes) => writes.map((result) => result.nextExpectedVersion))).to.deep.equal([[0, 2], [0]]);
    const positions = db.prepare("SELECT stream_name || '@' || stream_position FROM events ORDER BY global_position").pluck().all();
    expect(positions).to.deep.equal(['location-s1-B@0', 'location-s1-B@1', 'package-7@0', 'location-s1-B@2', 'package-8@0']);
  });
});
