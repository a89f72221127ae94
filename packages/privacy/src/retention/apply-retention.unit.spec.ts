import { expect } from 'chai';
import { InMemoryEventStore } from '@fairscan/event-store';
import { appendAudit } from '../audit/append-audit.js';
import { type AuditEntry } from '../audit/audit-events.js';
import { verifyAuditStream } from '../audit/audit-stream.js';
import { applyRetention, type RetentionOptions } from './apply-retention.js';
import { deletedIdsHash } from './deleted-ids.js';
import { names, operator, packageFacts, readAll, scans, shift, site, task } from './floor.fixture.spec.js';
import { retentionSchedule } from './schedule.js';

const day = '2026-03-02';
const alice = operator('a');
const options = (now: string, extra: Partial<RetentionOptions> = {}): RetentionOptions => ({ site, now: new Date(now), schedule: retentionSchedule(), ...extra });

async function floor(store: InMemoryEventStore): Promise<void> {
  await shift(store, day, alice, '06:00', '14:00', [['10:00', '10:20']]);
  await scans(store, day, alice, 'picking', 3);
  await task(store, 't-1', alice, `${day}T08:00:00.000Z`);
  await packageFacts(store, '04006381333931', [`${day}T08:00:00.000Z`, '2027-04-10T08:00:00.000Z']);
}

const auditTypes = async (store: InMemoryEventStore) => (await readAll(store, `audit-${site}`)).map((event) => event.type);

describe('applyRetention', () => {
  it('keeps the working day and the next, then deletes attribution and tasks at 00:00 UTC two days later', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    const before = await applyRetention(store, options('2026-03-03T23:59:59.999Z'));
    expect(before.runId).to.equal(undefined);
    expect(await names(store, 'attribution-')).to.deep.equal([`attribution-${site}-${day}`]);
    const after = await applyRetention(store, options('2026-03-04T00:00:00.000Z'));
    expect(after.categories.filter((c) => c.events > 0).map((c) => [c.category, c.streams, c.events])).to.deep.equal([
      ['attribution', 1, 3],
      ['task', 1, 2],
    ]);
    expect(await names(store, 'attribution-')).to.deep.equal([]);
    expect(await names(store, 'task-')).to.deep.equal([]);
    expect(await names(store, 'shift-')).to.have.lengthOf(1);
  });

  it('proves each category in the audit: counts, cut-off and the hash of the deleted ids, on a verified chain', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    const ids = (await readAll(store, `attribution-${site}-${day}`)).map((event) => event.metadata.eventId);
    const report = await applyRetention(store, options('2026-03-12T00:00:00Z', { actor: 'dpo.lefevre' }));
    const audit = await readAll(store, `audit-${site}`);
    expect(audit.map((event) => event.type)).to.deep.equal(['RetentionStarted', 'RetentionApplied', 'RetentionApplied', 'RetentionApplied']);
    const attribution = audit.find((event) => (event.data as { category?: string }).category === 'attribution');
    expect(attribution?.data).to.include({
      category: 'attribution',
      days: 1,
      cutoff: '2026-03-11T00:00:00.000Z',
      streams: 1,
      truncated: 0,
      events: 3,
      deletedIdsHash: deletedIdsHash(ids),
      dryRun: false,
      resumed: false,
      actor: 'dpo.lefevre',
      runId: report.runId,
    });
    expect(report.categories.find((c) => c.category === 'shift')?.proof?.position).to.equal(3);
    expect(await verifyAuditStream(store, site)).to.include({ ok: true, entries: 4 });
  });

  it('folds the expiring day into the weekly aggregate before deleting it', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    const report = await applyRetention(store, options('2026-03-12T00:00:00Z'));
    expect(report.folded).to.deep.equal([{ week: '2026-W10', streamName: `aggregate-${site}-2026-W10`, days: [day], rows: 1 }]);
    const [row] = await readAll(store, `aggregate-${site}-2026-W10`);
    expect(row?.data).to.include({ bizStep: 'picking', items: 3, hoursWorked: 7.67, itemsPerHour: 0.4 });
  });

  it('never writes a stream name into the audit: shift names carry pseudonyms', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    await applyRetention(store, options('2026-03-12T00:00:00Z'));
    expect(JSON.stringify(await readAll(store, `audit-${site}`))).not.to.include(alice);
  });

  it('is idempotent: a second run deletes nothing and writes no proof', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    await applyRetention(store, options('2026-03-12T00:00:00Z'));
    const again = await applyRetention(store, options('2026-03-12T00:00:00Z'));
    expect(again.runId).to.equal(undefined);
    expect(again.categories.every((c) => c.events === 0 && c.proof === undefined)).to.equal(true);
    expect(await auditTypes(store)).to.have.lengthOf(4);
  });

  it('truncates a package stream before its first live event and keeps the rest', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    const report = await applyRetention(store, options('2027-04-10T12:00:00Z'));
    expect(report.categories.find((c) => c.category === 'package')).to.include({ streams: 0, truncated: 1, events: 1, days: 400 });
    const kept = await readAll(store, 'package-04006381333931');
    expect(kept.map((event) => event.metadata.occurredAt)).to.deep.equal(['2027-04-10T08:00:00.000Z']);
  });

  it('in a dry run says what would go and deletes, folds and writes nothing', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    const report = await applyRetention(store, options('2026-03-12T00:00:00Z', { dryRun: true }));
    expect(report.categories.find((c) => c.category === 'attribution')).to.include({ events: 3, streams: 1 });
    expect(report.folded.map((week) => [week.week, week.days])).to.deep.equal([['2026-W10', [day]]]);
    expect(await names(store, 'attribution-')).to.have.lengthOf(1);
    expect(await names(store, 'aggregate-')).to.deep.equal([]);
    expect(await auditTypes(store)).to.deep.equal([]);
  });

  it('completes a run interrupted between deleting and proving, with the counts of its intent', async () => {
    const store = new InMemoryEventStore();
    await floor(store);
    let proofs = 0;
    const crashing = async (entry: AuditEntry) => {
      if (entry.type === 'RetentionApplied' && ++proofs === 2) throw new Error('power cut');
      return appendAudit(store, site, entry);
    };
    const failed = await applyRetention(store, options('2026-03-12T00:00:00Z', { auditLog: crashing })).catch((error: Error) => error);
    expect((failed as Error).message).to.equal('power cut');
    expect(await auditTypes(store)).to.deep.equal(['RetentionStarted', 'RetentionApplied']);
    const next = await applyRetention(store, options('2026-03-12T01:00:00Z'));
    const audit = await readAll(store, `audit-${site}`);
    const started = audit[0]?.data as { runId: string };
    expect(next.resumedRunId).to.equal(started.runId);
    const resumed = audit.slice(2).map((event) => event.data as { category: string; resumed: boolean; runId: string; events: number });
    expect(resumed.map(({ category, resumed: r, runId, events }) => [category, r, runId === started.runId, events])).to.deep.equal([
      ['task', true, true, 2],
      ['shift', true, true, 4],
    ]);
    expect(await names(store, 'task-')).to.deep.equal([]);
    expect(await verifyAuditStream(store, site)).to.include({ ok: true });
  });

  it('truncates audit entries past five years and still verifies the chain from the anchor it recorded', async () => {
    const store = new InMemoryEventStore();
    const access = (at: string): AuditEntry => ({
      type: 'AccessLogged',
      data: { actor: 'c.martin', role: 'team-lead', subject: 'sub_a', purpose: 'reassign staff', what: 'person-day', at },
    });
    await appendAudit(store, site, access('2020-01-01T10:00:00Z'));
    await appendAudit(store, site, access('2020-01-02T10:00:00Z'));
    await appendAudit(store, site, access('2026-01-02T10:00:00Z'));
    const report = await applyRetention(store, options('2026-03-12T00:00:00Z'));
    expect(report.categories.find((c) => c.category === 'audit')).to.include({ truncated: 1, events: 2 });
    expect(report.categories.find((c) => c.category === 'audit')?.anchor?.position).to.equal(1);
    const left = await readAll(store, `audit-${site}`);
    expect(left.map((event) => [event.streamPosition, event.type])).to.deep.equal([
      [2, 'AccessLogged'],
      [3, 'RetentionStarted'],
      [4, 'RetentionApplied'],
    ]);
    expect(await verifyAuditStream(store, site)).to.include({ ok: true, entries: 3 });
  });
});
