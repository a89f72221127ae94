import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { breakCompliance, packageFlow, type Projection, stationThroughput, stockByBin, type StoredEvent, taskBoard } from '@fairscan/domain';
import { type CheckpointStore, CommandHandler, type EventStore, project } from '@fairscan/event-store';
import { SqliteCheckpointStore, SqliteEventStore } from '@fairscan/storage-sqlite';
import { PostgresCheckpointStore, PostgresEventStore } from '@fairscan/storage-postgres';
import { freshSchema, requirePostgres, type TestSchema } from '@fairscan/storage-postgres/testing';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { copyEvents, ingestCommands } from '@fairscan/app';

const projections: ReadonlyArray<[string, Projection<unknown>]> = [
  ['stationThroughput', stationThroughput as Projection<unknown>],
  ['packageFlow', packageFlow as Projection<unknown>],
  ['stockByBin', stockByBin as Projection<unknown>],
  ['taskBoard', taskBoard as Projection<unknown>],
  ['breakCompliance', breakCompliance as Projection<unknown>],
];

/** What a copy must preserve of each event: everything but the target's own globalPosition. */
const essence = (event: StoredEvent) => [event.streamName, event.streamPosition, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata)];

async function essences(store: EventStore): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const event of store.readAll()) out.push(essence(event));
  return out;
}

describe('fairscan store copy: a simulated day from SQLite to PostgreSQL', function () {
  this.timeout(300_000);
  before(requirePostgres);
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-copy-'));
  let source: SqliteEventStore;
  let schema: TestSchema;
  let target: PostgresEventStore;
  let checkpoints: CheckpointStore;

  before(async function () {
    source = SqliteEventStore.open({ path: join(dir, 'day.db') });
    const handler = new CommandHandler(source, { site: 'copy-1' });
    const tally = await ingestCommands(handler, simulateSiteDay({ seed: 11, site: 'copy-1', date: '2026-03-02', targetScans: 8_000 }), { concurrency: 64 });
    expect(tally.accepted).to.be.greaterThan(8_000);
    // Retention ran at the source: a truncated stream keeps its later positions in the copy.
    for await (const name of source.listStreams('task-copy-1-')) {
      await source.truncateBefore(name, 1);
      break;
    }
  });
  beforeEach(async () => {
    schema = await freshSchema();
    target = await PostgresEventStore.open({ url: schema.url });
    checkpoints = new PostgresCheckpointStore(target.pool);
  });
  afterEach(async () => {
    await target.close();
    await schema.drop();
  });
  after(async () => {
    await source?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves every event in global order with its id, stream position and metadata, and every projection agrees', async () => {
    const outcome = await copyEvents(source, target, checkpoints, 'store-copy test', { batchSize: 500 });
    const expected = await essences(source);
    expect(outcome).to.include({ imported: expected.length, skipped: 0, interrupted: false });
    expect(await essences(target)).to.deep.equal(expected);
    for (const [name, projection] of projections) {
      const [there, here] = await Promise.all([project(source, projection), project(target, projection)]);
      expect(here.applied, `${name}: events applied`).to.equal(there.applied).and.to.be.greaterThan(0);
      expect(here.state, `${name}: state`).to.deep.equal(there.state);
    }
  });

  it('resumes an interrupted copy from its checkpoint, with no event lost or doubled', async () => {
    const controller = new AbortController();
    const first = await copyEvents(source, target, checkpoints, 'store-copy test', {
      batchSize: 700,
      signal: controller.signal,
      onProgress: (done) => done >= 2100 && controller.abort(),
    });
    expect(first).to.include({ interrupted: true, imported: 2100 });
    const second = await copyEvents(source, target, checkpoints, 'store-copy test', { batchSize: 700 });
    expect(second.resumedAfter).to.equal(first.lastPosition);
    expect(second).to.include({ skipped: 0, interrupted: false });
    expect(await essences(target)).to.deep.equal(await essences(source));
  });

  it('skips, by event id, a batch imported just before a crash that lost its checkpoint', async () => {
    let saves = 0;
    const crashing: CheckpointStore = {
      load: (name) => checkpoints.load(name),
      save: async (name, position) => {
        if (++saves === 3) throw new Error('power cut between the import and its checkpoint');
        await checkpoints.save(name, position);
      },
    };
    const crash = await copyEvents(source, target, crashing, 'store-copy test', { batchSize: 1000 }).catch((error: Error) => error);
    expect((crash as Error).message).to.match(/power cut/);
    const resumed = await copyEvents(source, target, checkpoints, 'store-copy test', { batchSize: 1000 });
    expect(resumed.resumedAfter, 'the checkpoint of the second batch').to.be.greaterThan(0);
    expect(resumed.skipped, 'the third batch was already there').to.equal(1000);
    const copied = await essences(target);
    expect(copied).to.deep.equal(await essences(source));
    expect(new Set(copied.map((row) => JSON.stringify(row))).size, 'nothing doubled').to.equal(copied.length);
  });

  it('copies back from PostgreSQL to a new SQLite file the same way', async () => {
    await copyEvents(source, target, checkpoints, 'store-copy test');
    const back = SqliteEventStore.open({ path: join(dir, 'back.db') });
    try {
      await copyEvents(target, back, new SqliteCheckpointStore(back.database), 'store-copy back');
      expect(await essences(back)).to.deep.equal(await essences(source));
    } finally {
      await back.close();
    }
  });
});
