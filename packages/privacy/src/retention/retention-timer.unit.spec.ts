import { expect } from 'chai';
import { InMemoryEventStore } from '@fairscan/event-store';
import { type RetentionReport } from './apply-retention.js';
import { names, operator, scans } from './floor.fixture.spec.js';
import { startRetentionTimer } from './retention-timer.js';

describe('retention schedule inside serve', () => {
  it('runs at start and on every tick, with the clock of each tick, one run at a time', async () => {
    const store = new InMemoryEventStore();
    await scans(store, '2026-03-02', operator('a'), 'picking', 2);
    const clocks = ['2026-03-03T12:00:00Z', '2026-03-04T00:30:00Z'];
    const reports: RetentionReport[] = [];
    let tick = 0;
    const timer = startRetentionTimer(store, {
      site: 'lille-1',
      everyMs: 5,
      clock: () => new Date(clocks[Math.min(tick++, clocks.length - 1)] as string),
      onRun: (report) => reports.push(report),
    });
    while (reports.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await timer.stop();
    expect(reports[0]?.categories.find((c) => c.category === 'attribution')?.events).to.equal(0);
    expect(reports[1]?.categories.find((c) => c.category === 'attribution')?.events).to.equal(2);
    expect(await names(store, 'attribution-')).to.deep.equal([]);
  });

  it('reports a failed run and keeps the schedule going', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('policy-lille-1', [{ type: 'RetentionPolicySet', data: { category: 'shift', days: -1 }, metadata: { eventId: 'p', occurredAt: '2026-01-01T00:00:00Z', schemaVersion: 1 } }]);
    const errors: unknown[] = [];
    const timer = startRetentionTimer(store, { site: 'lille-1', everyMs: 5, onError: (error) => errors.push(error) });
    while (errors.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await timer.stop();
    expect((errors[0] as Error).message).to.equal('policy event 0 (shift): days -1 is not a whole number of at least 1');
  });
});
