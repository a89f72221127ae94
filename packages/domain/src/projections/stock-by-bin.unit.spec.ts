import { expect } from 'chai';
import { type LocationEvent } from '../events/location-events.js';
import { asStored } from '../testing/stored-events.js';
import { foldProjection } from './projection.js';
import { stockByBin, stockRows } from './stock-by-bin.js';

let scan = 0;
function movement(type: LocationEvent['type'], bin: string, code: string, occurredAt = '2024-03-01T08:00:00Z'): LocationEvent {
  const quantity = { StockAdded: 1, StockRemoved: -1, BinCounted: 0 }[type];
  const bizStep = ({ StockAdded: 'storing', StockRemoved: 'picking', BinCounted: 'cycle_counting' } as const)[type];
  return { type, data: { scanId: `s${scan++}`, bin, code, quantity, bizStep, occurredAt } } as LocationEvent;
}

describe('stockByBin', () => {
  it('given stows and a pick, when folded, then each bin holds units per code', () => {
    const state = foldProjection(stockByBin, asStored('location-lil1', [
      movement('StockAdded', 'B-01', '4006381333931'),
      movement('StockAdded', 'B-01', '4006381333931'),
      movement('StockAdded', 'A-01', '96385074'),
      movement('StockRemoved', 'B-01', '4006381333931'),
    ]));
    expect(stockRows(state)).to.eql([
      { bin: 'A-01', code: '96385074', quantity: 1 },
      { bin: 'B-01', code: '4006381333931', quantity: 1 },
    ]);
  });

  it('given a code picked to zero, when folded, then it no longer appears in the bin', () => {
    const state = foldProjection(stockByBin, asStored('location-lil1-A-01', [
      movement('StockAdded', 'A-01', '96385074'),
      movement('StockRemoved', 'A-01', '96385074'),
    ]));
    expect(stockRows(state)).to.eql([]);
  });

  it('given cycle counts, when folded, then stock is unchanged and the latest count time is noted', () => {
    const state = foldProjection(stockByBin, asStored('location-lil1-A-01', [
      movement('StockAdded', 'A-01', '96385074'),
      movement('BinCounted', 'A-01', '96385074', '2024-03-01T09:00:00+02:00'),
      movement('BinCounted', 'A-01', '96385074', '2024-03-01T07:30:00Z'),
    ]));
    expect(stockRows(state)).to.eql([{ bin: 'A-01', code: '96385074', quantity: 1 }]);
    expect(state.get('A-01')?.lastCountedAt).to.equal('2024-03-01T07:30:00Z');
  });
});
