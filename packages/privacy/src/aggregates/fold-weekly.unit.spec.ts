import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { InMemoryEventStore } from '@fairscan/event-store';
import { issuePseudonym } from '../identity/issue-pseudonym.js';
import { InMemoryKeyVault } from '../vault/in-memory-key-vault.js';
import { names, operator, readAll, scans, shift, site } from '../retention/floor.fixture.spec.js';
import { type WeeklyAggregateRow } from './aggregate-events.js';
import { foldWeeklyAggregates } from './fold-weekly.js';
import { pseudonymKey } from './person-key.js';

const at = '2026-03-12T00:00:00.000Z';
const week = `aggregate-${site}-2026-W10`;
const rowsOf = async (store: InMemoryEventStore) =>
  (await readAll(store, week)).filter((event) => event.type === 'WeeklyAggregateRecorded').map((event) => event.data as WeeklyAggregateRow);

describe('weekly aggregates: folding attribution before it expires', () => {
  it("records a pseudonym's items per bizStep and its declared hours, keyed without the pseudonym itself", async () => {
    const store = new InMemoryEventStore();
    const bob = operator('b');
    await shift(store, '2026-03-02', bob, '06:00', '14:00', [['10:00', '11:00']]);
    await scans(store, '2026-03-02', bob, 'picking', 14);
    await scans(store, '2026-03-02', bob, 'packing', 7);
    await foldWeeklyAggregates(store, site, ['2026-03-02'], { at });
    expect(await rowsOf(store)).to.deep.equal([
      { week: '2026-W10', person: pseudonymKey(bob), personKind: 'pseudonym', bizStep: 'picking', items: 14, hoursWorked: 7, itemsPerHour: 2 },
      { week: '2026-W10', person: pseudonymKey(bob), personKind: 'pseudonym', bizStep: 'packing', items: 7, hoursWorked: 7, itemsPerHour: 1 },
    ]);
    expect(JSON.stringify(await readAll(store, week))).not.to.include(bob);
  });

  it('joins a person across days through the identity registry and keeps only the week total', async () => {
    const store = new InMemoryEventStore();
    const vault = new InMemoryKeyVault();
    const monday = await issuePseudonym(store, vault, site, 'E-0042', '2026-03-02', randomBytes);
    const tuesday = await issuePseudonym(store, vault, site, 'E-0042', '2026-03-03', randomBytes);
    await shift(store, '2026-03-02', monday, '06:00', '10:00');
    await scans(store, '2026-03-02', monday, 'picking', 10);
    await shift(store, '2026-03-03', tuesday, '06:00', '12:00');
    await scans(store, '2026-03-03', tuesday, 'picking', 20);
    await foldWeeklyAggregates(store, site, ['2026-03-02'], { at });
    await foldWeeklyAggregates(store, site, ['2026-03-03'], { at });
    const stored = await readAll(store, week);
    // One snapshot: Monday's own row is gone, so no single day can be read back.
    expect(stored.map((event) => event.type)).to.deep.equal(['WeeklyAggregateRecorded', 'WeeklyAggregateFolded']);
    expect(stored[0]?.data).to.deep.include({ personKind: 'subject', bizStep: 'picking', items: 30, hoursWorked: 10, itemsPerHour: 3 });
    expect((stored[0]?.data as WeeklyAggregateRow).person).to.match(/^sub_/);
    expect(stored[1]?.data).to.deep.include({ days: ['2026-03-02', '2026-03-03'], rows: 1 });
  });

  it('folds a day once, however often retention runs', async () => {
    const store = new InMemoryEventStore();
    await shift(store, '2026-03-02', operator('c'), '06:00', '14:00');
    await scans(store, '2026-03-02', operator('c'), 'storing', 5);
    await foldWeeklyAggregates(store, site, ['2026-03-02'], { at });
    const again = await foldWeeklyAggregates(store, site, ['2026-03-02'], { at });
    expect(again[0]?.days).to.deep.equal([]);
    expect((await rowsOf(store)).map((row) => row.items)).to.deep.equal([5]);
  });

  it('finishes a fold interrupted after writing its snapshot: the stale one before it goes', async () => {
    const store = new InMemoryEventStore();
    await shift(store, '2026-03-02', operator('e'), '06:00', '14:00');
    await scans(store, '2026-03-02', operator('e'), 'picking', 8);
    await foldWeeklyAggregates(store, site, ['2026-03-02'], { at });
    const [row] = await readAll(store, week);
    // A Mon+Tue snapshot appended, then the process died before truncating Monday's.
    const data = { ...(row?.data as WeeklyAggregateRow), items: 20 };
    await store.appendToStream(week, [
      { type: 'WeeklyAggregateRecorded', data, metadata: { eventId: 'r2', occurredAt: at, schemaVersion: 1 } },
      { type: 'WeeklyAggregateFolded', data: { week: '2026-W10', days: ['2026-03-02', '2026-03-03'], rows: 1, at }, metadata: { eventId: 'f2', occurredAt: at, schemaVersion: 1 } },
    ]);
    await foldWeeklyAggregates(store, site, ['2026-03-03'], { at });
    expect((await readAll(store, week)).map((event) => event.metadata.eventId)).to.deep.equal(['r2', 'f2']);
  });

  it('leaves hours out while a shift has no declared end, and never folds an already expired week', async () => {
    const store = new InMemoryEventStore();
    await shift(store, '2026-03-02', operator('d'), '06:00');
    await scans(store, '2026-03-02', operator('d'), 'picking', 4);
    await foldWeeklyAggregates(store, site, ['2026-03-02'], { at, aggregateCutoff: new Date('2026-03-01T00:00:00Z') });
    expect(await rowsOf(store)).to.deep.equal([{ week: '2026-W10', person: pseudonymKey(operator('d')), personKind: 'pseudonym', bizStep: 'picking', items: 4 }]);
    const late = await foldWeeklyAggregates(store, site, ['2026-03-03'], { at, aggregateCutoff: new Date('2026-06-09T00:00:00Z') });
    expect(late).to.deep.equal([]);
    expect(await names(store, 'aggregate-')).to.deep.equal([week]);
  });
});
