import { expect } from 'chai';
import { type PackageEvent } from '../events/package-events.js';
import { type BizStep } from '../gs1/epcis.js';
import { packageEventTypeByBizStep } from '../deciders/scan-facts.js';
import { asStored } from '../testing/stored-events.js';
import { packageCount, packageFlow, packageFlowWith } from './package-flow.js';
import { packageJourney } from './package-journey.js';
import { foldProjection } from './projection.js';

function seen(code: string, bizStep: BizStep, occurredAt: string, bizLocation = 'A-01-03'): PackageEvent {
  const data = { scanId: `${code}-${occurredAt}`, code, codeType: 'gtin' as const, bizStep, readPoint: `${bizStep}-01`, bizLocation, occurredAt };
  return { type: packageEventTypeByBizStep[bizStep], data } as PackageEvent;
}

const p1 = '4006381333931';
const p2 = '96385074';
const p3 = '036000291452';

describe('packageJourney', () => {
  it('given received, stowed and picked scans arriving out of order, when folded, then the latest step is current', () => {
    const events = [
      seen(p1, 'receiving', '2024-03-01T06:00:00Z', 'dock-1'),
      seen(p1, 'picking', '2024-03-01T11:00:00Z', 'tote-7'),
      seen(p1, 'storing', '2024-03-01T07:00:00Z', 'A-01-03'),
    ];
    const journey = foldProjection(packageJourney, asStored(`package-${p1}`, events));
    expect(journey).to.include({ code: p1, codeType: 'gtin', bizStep: 'picking', bizLocation: 'tote-7', readPoint: 'picking-01', lastSeenAt: '2024-03-01T11:00:00Z' });
    expect(journey.history.map((step) => step.bizStep)).to.eql(['receiving', 'storing', 'picking']);
  });

  it('given an event of another package, when folded, then it is ignored', () => {
    const journey = foldProjection(packageJourney, asStored('mixed', [seen(p1, 'receiving', '2024-03-01T06:00:00Z'), seen(p2, 'shipping', '2024-03-01T07:00:00Z')]));
    expect(journey.bizStep).to.equal('receiving');
    expect(journey.history).to.have.lengthOf(1);
  });
});

describe('packageFlow', () => {
  it('given packages moving through steps, when folded, then counts are by current bizStep', () => {
    const state = foldProjection(packageFlow, asStored('all', [
      seen(p1, 'receiving', '2024-03-01T06:00:00Z'),
      seen(p2, 'receiving', '2024-03-01T06:01:00Z'),
      seen(p1, 'storing', '2024-03-01T06:30:00Z'),
      seen(p3, 'shipping', '2024-03-01T06:40:00Z'),
    ]));
    expect(state.countsByBizStep).to.eql({ receiving: 1, storing: 1, picking: 0, packing: 0, shipping: 1, cycle_counting: 0 });
    expect(packageCount(state)).to.equal(3);
  });

  it('given a late upload of an older scan, when folded, then the package does not move back', () => {
    const state = foldProjection(packageFlow, asStored('all', [
      seen(p1, 'packing', '2024-03-01T10:00:00Z'),
      seen(p1, 'storing', '2024-03-01T07:00:00Z'),
    ]));
    expect(state.countsByBizStep.packing).to.equal(1);
    expect(state.countsByBizStep.storing).to.equal(0);
    expect(state.recent.map((p) => p.bizStep)).to.eql(['packing']);
  });

  it('given more packages than the recent limit, when folded, then only the N latest are kept, newest first', () => {
    const flow = packageFlowWith({ recentLimit: 2 });
    const state = foldProjection(flow, asStored('all', [
      seen(p1, 'receiving', '2024-03-01T06:00:00Z'),
      seen(p2, 'receiving', '2024-03-01T06:05:00Z'),
      seen(p3, 'receiving', '2024-03-01T06:10:00Z'),
      seen(p1, 'storing', '2024-03-01T06:15:00+00:00', 'B-02-01'),
    ]));
    expect(state.recent).to.eql([
      { code: p1, codeType: 'gtin', bizStep: 'storing', readPoint: 'storing-01', bizLocation: 'B-02-01', lastSeenAt: '2024-03-01T06:15:00+00:00' },
      { code: p3, codeType: 'gtin', bizStep: 'receiving', readPoint: 'receiving-01', bizLocation: 'A-01-03', lastSeenAt: '2024-03-01T06:10:00Z' },
    ]);
  });

  it('given a shift event, when folded, then nothing changes', () => {
    const state = foldProjection(packageFlow, asStored('shift-lil1-2024-03-01-op_abcdefghijk23456', [
      { type: 'ShiftStarted', data: { operator: 'op_abcdefghijk23456', at: '2024-03-01T06:00:00Z' } },
    ]));
    expect(packageCount(state)).to.equal(0);
  });
});
