import { expect } from 'chai';
import { resolveOptions } from './options.js';

const base = { seed: 1, site: 'lil1', date: '2024-03-01' };

describe('resolveOptions', () => {
  it('fills the defaults', () => {
    const resolved = resolveOptions(base);
    expect(resolved.targetScans).to.equal(100_000);
    expect(resolved.invalidCodeRate).to.equal(0.002);
    expect(resolved.nightShift).to.equal(false);
    expect(resolved.workers).to.equal(undefined);
    expect(resolved.bins).to.equal(4000);
  });

  it('names the option at fault and the value given', () => {
    expect(() => resolveOptions({ ...base, date: '2024-02-30' })).to.throw('site-day option "date": must be a calendar day YYYY-MM-DD (got "2024-02-30")');
    expect(() => resolveOptions({ ...base, site: 'lil 1' })).to.throw(/option "site"/);
    expect(() => resolveOptions({ ...base, seed: 1.5 })).to.throw(/option "seed"/);
    expect(() => resolveOptions({ ...base, workers: 0 })).to.throw(/option "workers": must be an integer of at least 1 \(got 0\)/);
    expect(() => resolveOptions({ ...base, invalidCodeRate: 0.9 })).to.throw(/option "invalidCodeRate"/);
    expect(() => resolveOptions({ ...base, stations: { picking: 0 } })).to.throw(/option "stations.picking"/);
  });
});
