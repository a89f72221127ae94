import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { breakCompliance, packageFlow, type Projection, stationThroughput, stockByBin, type StoredEvent, taskBoard } from '@fairscan/domain';
import { type CheckpointStore, CommandHandler, type EventStore, project } from '@fairscan/event-store';
import {
  enrolSimulatedShifts,
  eraseEmployee,
  findSubject,
  MASKED,
  MissingSubjectKeyError,
  registerAccount,
  resolvePseudonym,
  type StaffMember,
} from '@fairscan/privacy';
import { SqliteCheckpointStore, SqliteEventStore, SqliteKeyVault } from '@fairscan/storage-sqlite';
import { PostgresCheckpointStore, PostgresEventStore, PostgresKeyVault } from '@fairscan/storage-postgres';
import { freshSchema, requirePostgres, type TestSchema } from '@fairscan/storage-postgres/testing';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { copyEvents, copyKeys, ingestCommands } from '@fairscan/app';

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
  const [site, date] = ['copy-1', '2026-03-02'];
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-copy-'));
  let source: SqliteEventStore;
  let sourceVault: SqliteKeyVault;
  let staff: StaffMember[];
  let schema: TestSchema;
  let target: PostgresEventStore;
  let checkpoints: CheckpointStore;

  before(async function () {
    source = SqliteEventStore.open({ path: join(dir, 'day.db') });
    sourceVault = new SqliteKeyVault(source.database);
    const handler = new CommandHandler(source, { site });
    const tally = await ingestCommands(handler, simulateSiteDay({ seed: 11, site, date, targetScans: 8_000 }), { concurrency: 64 });
    expect(tally.accepted).to.be.greaterThan(8_000);
    // Identities encrypted with the source's keys, and one employee erased there (GDPR-17).
    staff = await enrolSimulatedShifts(source, sourceVault, site, date, { teamSize: 1 });
    const dpo = await registerAccount(source, sourceVault, site, { id: 'dpo', holder: 'Camille Martin', role: 'dpo' }, undefined);
    expect(await eraseEmployee(source, sourceVault, dpo, (staff[1] as StaffMember).employeeId)).to.include({ status: 'erased' });
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

  it('moves the keys too: an identity encrypted in the source reads clear in the target, and the erased employee stays erased', async () => {
    const [kept, erased] = [staff[0] as StaffMember, staff[1] as StaffMember];
    const targetVault = new PostgresKeyVault(target.pool);
    await copyEvents(source, target, checkpoints, 'store-copy test');
    const keyless = await resolvePseudonym(target, targetVault, site, kept.operator).catch((error: unknown) => error);
    expect(keyless, 'events alone: the target has no key to read them').to.be.instanceOf(MissingSubjectKeyError);
    const copied = await copyKeys(sourceVault, targetVault, { batchSize: 10 });
    if (copied.status !== 'copied') return expect.fail('both vaults can move keys');
    // The erased employee's data key and lookup key, as tombstones; the site's pepper and every other key live.
    expect(copied).to.include({ tombstones: 2, shredded: 0, skipped: 0 });
    expect(copied.keys).to.be.greaterThan(2 * (staff.length - 1));
    expect(await resolvePseudonym(target, targetVault, site, kept.operator)).to.equal(kept.employeeId);
    const last = staff.at(-1) as StaffMember;
    expect(await resolvePseudonym(target, targetVault, site, last.operator)).to.equal(last.employeeId);
    expect(await resolvePseudonym(target, targetVault, site, erased.operator)).to.equal(MASKED);
    expect((await findSubject(targetVault, site, erased.employeeId)).status, 'the target knows the erasure, not only the absence of a key').to.equal('erased');
    const again = await copyKeys(sourceVault, targetVault);
    expect(again, 'a second copy changes nothing').to.deep.equal({ status: 'copied', keys: 0, tombstones: 0, shredded: 0, skipped: copied.keys + 2 });
  });

  it('copies back from PostgreSQL to a new SQLite file the same way, keys included', async () => {
    await copyEvents(source, target, checkpoints, 'store-copy test');
    const back = SqliteEventStore.open({ path: join(dir, 'back.db') });
    try {
      await copyEvents(target, back, new SqliteCheckpointStore(back.database), 'store-copy back');
      expect(await essences(back)).to.deep.equal(await essences(source));
      const backVault = new SqliteKeyVault(back.database);
      await copyKeys(sourceVault, new PostgresKeyVault(target.pool));
      await copyKeys(new PostgresKeyVault(target.pool), backVault);
      const [kept, erased] = [staff[0] as StaffMember, staff[1] as StaffMember];
      expect(await resolvePseudonym(back, backVault, site, kept.operator)).to.equal(kept.employeeId);
      expect(await resolvePseudonym(back, backVault, site, erased.operator)).to.equal(MASKED);
    } finally {
      await back.close();
    }
  });
});
