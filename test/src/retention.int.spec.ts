import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type StoredEvent } from '@fairscan/domain';
import { CommandHandler, type EventStore } from '@fairscan/event-store';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { ingestCommands } from '@fairscan/app';
import { applyRetention, deletedIdsHash, retentionSchedule, verifyAuditStream } from '@fairscan/privacy';

const site = 'ret-1';
const day = '2026-03-02';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Every byte SQLite holds for the store: the file and its write-ahead log. */
function fileBytes(path: string): Buffer {
  return Buffer.concat([readFileSync(path), ...(existsSync(`${path}-wal`) ? [readFileSync(`${path}-wal`)] : [])]);
}

const retentionRun = (store: EventStore, now: string) => applyRetention(store, { site, now: new Date(now), schedule: retentionSchedule() });

// The promise: after a run and the store's compaction, no byte of a deleted personal value is left in the file.
describe('retention on a real SQLite file', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-retention-'));
  const path = join(dir, 'site.db');
  const store = SqliteEventStore.open({ path });
  let pseudonym: string;
  let deviceId: string;
  let attributionIds: string[];
  let packageEvents: number;

  before(async function () {
    const handler = new CommandHandler(store, { site });
    const tally = await ingestCommands(handler, simulateSiteDay({ seed: 11, site, date: day, targetScans: 8_000 }), { concurrency: 64 });
    expect(tally.accepted).to.be.greaterThan(8_000);
    const attribution = await collect(store.readStream(`attribution-${site}-${day}`));
    attributionIds = attribution.map((event) => event.metadata.eventId);
    const first = attribution[0] as StoredEvent;
    pseudonym = (first.data as { operator: string }).operator;
    deviceId = first.metadata.deviceId as string;
    packageEvents = (await collect(store.readAll({ filter: { streamPrefixes: ['package-'] } }))).length;
  });

  after(async function () {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the personal values before the run (so the byte search below can fail)', async function () {
    expect(await collect(store.listStreams(`shift-${site}-${day}-${pseudonym}`))).to.have.lengthOf(1);
    const bytes = fileBytes(path);
    expect(bytes.includes(Buffer.from(pseudonym)), 'pseudonym').to.equal(true);
    expect(bytes.includes(Buffer.from(deviceId)), 'device id').to.equal(true);
  });

  it('ten days later leaves no byte of the pseudonym or its handheld in the file, nor any attribution in any read', async function () {
    const report = await retentionRun(store, '2026-03-12T00:00:00Z');
    expect(report.categories.find((c) => c.category === 'attribution')).to.include({ streams: 1, events: attributionIds.length });
    const bytes = fileBytes(path);
    expect(bytes.includes(Buffer.from(pseudonym)), `${pseudonym} in the file`).to.equal(false);
    expect(bytes.includes(Buffer.from(deviceId)), `${deviceId} in the file`).to.equal(false);
    expect(bytes.includes(Buffer.from('ScanAttributed')), 'an attribution event in the file').to.equal(false);
    expect(await collect(store.listStreams('attribution-'))).to.deep.equal([]);
    expect(await collect(store.readStream(`attribution-${site}-${day}`))).to.deep.equal([]);
    expect(await collect(store.readAll({ filter: { eventTypes: ['ScanAttributed', 'TaskAssigned', 'ShiftStarted'] } }))).to.deep.equal([]);
  });

  it('keeps every package fact, which names no one', async function () {
    expect(await collect(store.readAll({ filter: { streamPrefixes: ['package-'] } }))).to.have.lengthOf(packageEvents);
  });

  it('proves the run in audit-<site>: counts, cut-off, the hash of the deleted ids, on a chain that verifies', async function () {
    const audit = await collect(store.readStream(`audit-${site}`));
    expect(audit.map((event) => event.type)).to.deep.equal(['RetentionStarted', 'RetentionApplied', 'RetentionApplied', 'RetentionApplied']);
    expect(audit[1]?.data).to.include({
      category: 'attribution',
      cutoff: '2026-03-11T00:00:00.000Z',
      streams: 1,
      events: attributionIds.length,
      deletedIdsHash: deletedIdsHash(attributionIds),
      dryRun: false,
    });
    expect(await verifyAuditStream(store, site)).to.include({ ok: true, entries: 4 });
  });

  it('is idempotent: a second run deletes nothing, writes no proof, and the file stays clean', async function () {
    const again = await retentionRun(store, '2026-03-12T06:00:00Z');
    expect(again.runId).to.equal(undefined);
    expect(again.categories.map((c) => c.events)).to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
    expect(await collect(store.readStream(`audit-${site}`))).to.have.lengthOf(4);
    expect(fileBytes(path).includes(Buffer.from(pseudonym))).to.equal(false);
  });
});
