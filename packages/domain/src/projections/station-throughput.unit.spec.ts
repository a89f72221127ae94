import { expect } from 'chai';
import { type PackageEvent } from '../events/package-events.js';
import { type BizStep } from '../gs1/epcis.js';
import { packageEventTypeByBizStep } from '../deciders/scan-facts.js';
import { asStored } from '../testing/stored-events.js';
import { foldProjection } from './projection.js';
import { bucketStartOf, stationThroughput, stationTotals, throughputRows } from './station-throughput.js';

function read(readPoint: string, bizStep: BizStep, occurredAt: string): PackageEvent {
  const data = { scanId: occurredAt, code: '4006381333931', codeType: 'gtin' as const, bizStep, readPoint, bizLocation: 'A-01', occurredAt };
  return { type: packageEventTypeByBizStep[bizStep], data } as PackageEvent;
}

const events = asStored('all', [
  read('stow-03', 'storing', '2024-03-01T08:00:00Z'),
  read('stow-03', 'storing', '2024-03-01T08:14:59Z'),
  read('stow-03', 'storing', '2024-03-01T10:15:00+02:00'),
  read('pick-07', 'picking', '2024-03-01T08:05:00Z'),
  read('stow-03', 'cycle_counting', '2024-03-01T08:01:00Z'),
]);

describe('stationThroughput', () => {
  it('given an instant with an offset, when bucketed, then the bucket start is the UTC quarter hour', () => {
    expect(bucketStartOf('2024-03-01T10:29:59.999+02:00')).to.equal('2024-03-01T08:15:00.000Z');
  });

  it('given package events at stations, when folded, then rows count them per station, bizStep and quarter hour', () => {
    const state = foldProjection(stationThroughput, events);
    expect(throughputRows(state)).to.eql([
      { station: 'pick-07', bizStep: 'picking', bucketStart: '2024-03-01T08:00:00.000Z', count: 1 },
      { station: 'stow-03', bizStep: 'cycle_counting', bucketStart: '2024-03-01T08:00:00.000Z', count: 1 },
      { station: 'stow-03', bizStep: 'storing', bucketStart: '2024-03-01T08:00:00.000Z', count: 2 },
      { station: 'stow-03', bizStep: 'storing', bucketStart: '2024-03-01T08:15:00.000Z', count: 1 },
    ]);
  });

  it('given a filter, when listing, then only that station, step and window are returned', () => {
    const state = foldProjection(stationThroughput, events);
    const rows = throughputRows(state, { station: 'stow-03', bizStep: 'storing', from: '2024-03-01T08:10:00Z' });
    expect(rows).to.eql([{ station: 'stow-03', bizStep: 'storing', bucketStart: '2024-03-01T08:15:00.000Z', count: 1 }]);
    expect(throughputRows(state, { until: '2024-03-01T08:00:00Z' })).to.eql([]);
  });

  it('given several buckets, when totalled, then the busiest station and step comes first', () => {
    const state = foldProjection(stationThroughput, events);
    expect(stationTotals(state)[0]).to.eql({ station: 'stow-03', bizStep: 'storing', count: 3 });
  });
});
