import { expect } from 'chai';
import { type NewEvent, foldProjection, stationThroughput, throughputRows } from '@fairscan/domain';
import { InMemoryEventStore } from '@fairscan/event-store';
import { lastPosition } from './last-position.js';
import { since } from './since.js';

const stowed = (i: number, occurredAt: string): NewEvent => ({
  type: 'ItemStowed',
  data: { scanId: `s${i}`, code: '4006381333931', codeType: 'gtin', bizStep: 'storing', readPoint: 'stow-01', bizLocation: 'A-01', occurredAt },
  metadata: { eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, occurredAt, schemaVersion: 1 },
});

describe('lastPosition', () => {
  for (const count of [0, 1, 2, 3, 7, 64, 65, 1000]) {
    it(`finds the newest globalPosition of a store holding ${count} events`, async () => {
      const store = new InMemoryEventStore();
      for (let i = 0; i < count; i++) await store.appendToStream(`package-${i % 3}`, [stowed(i, '2026-03-02T08:00:00Z')]);
      expect(await lastPosition(store)).to.equal(count);
    });
  }
});

describe('since (replay --from)', () => {
  it('folds only what happened at or after the instant', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('package-1', [stowed(1, '2026-03-02T08:59:59Z'), stowed(2, '2026-03-02T09:00:00Z'), stowed(3, '2026-03-02T09:20:00Z')]);
    const events = [];
    for await (const event of store.readAll()) events.push(event);
    const rows = throughputRows(foldProjection(since(stationThroughput, '2026-03-02T09:00:00Z'), events), {});
    expect(rows.map((row) => [row.bucketStart, row.count])).to.deep.equal([
      ['2026-03-02T09:00:00.000Z', 1],
      ['2026-03-02T09:15:00.000Z', 1],
    ]);
  });

  it('says which value is wrong when from is not an instant', () => {
    expect(() => since(stationThroughput, 'noon')).to.throw('replay: "from" must be an ISO-8601 instant (got "noon")');
  });
});
