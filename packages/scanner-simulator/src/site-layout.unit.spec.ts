import { expect } from 'chai';
import { simulateSiteDay } from './index.js';
import { binName, buildLayout } from './site-layout.js';

describe('site layout', () => {
  it('names bins aisle-bay-level, aisles A..Z then AA', () => {
    expect(binName(0)).to.equal('A-01-01');
    expect(binName(5)).to.equal('A-01-06');
    expect(binName(6)).to.equal('A-02-01');
    expect(binName(239)).to.equal('A-40-06');
    expect(binName(240)).to.equal('B-01-01');
    expect(binName(26 * 240)).to.equal('AA-01-01');
    expect(new Set(Array.from({ length: 50_000 }, (_, i) => binName(i))).size).to.equal(50_000);
  });

  it('numbers stations per business step, and keeps at least two docks each way', () => {
    const layout = buildLayout({ receiving: 1, storing: 2, picking: 3, packing: 1, shipping: 1, cycle_counting: 1 }, 10);
    expect(layout.stations.picking).to.eql(['pick-01', 'pick-02', 'pick-03']);
    expect(layout.stations.cycle_counting).to.eql(['count-01']);
    expect(layout.inboundDocks).to.eql(['dock-in-01', 'dock-in-02']);
    expect(layout.outboundDocks).to.eql(['dock-out-01', 'dock-out-02']);
    expect(layout.bins).to.have.lengthOf(10);
  });

  it('uses only the stations and bins a site asks for', () => {
    const day = [...simulateSiteDay({ seed: 3, site: 'lil1', date: '2024-03-01', workers: 12, bins: 30, stations: { picking: 2 } })];
    const scans = day.flatMap((c) => (c.type === 'RecordScan' ? [c.data] : []));
    const pickPoints = new Set(scans.filter((s) => s.bizStep === 'picking').map((s) => s.readPoint));
    expect([...pickPoints].sort()).to.eql(['pick-01', 'pick-02']);
    const bins = new Set(scans.filter((s) => s.bizStep === 'storing').map((s) => s.bizLocation));
    expect(bins.size).to.be.at.most(30);
    expect([...bins].every((bin) => /^[A-E]-\d{2}-0[1-6]$/.test(bin))).to.equal(true);
  });
});
