import { expect } from 'chai';
import { decodeState, encodeState } from './state-codec.js';

describe('state codec', () => {
  it('round-trips nested Maps with number keys, Sets and plain objects', () => {
    const state = { counts: { picking: 2 }, buckets: new Map([['pick-01', new Map([[1_700_000_000_000, 3]])]]), seen: new Set(['a']) };
    const back = decodeState<typeof state>(encodeState(state));
    expect(back.buckets.get('pick-01')?.get(1_700_000_000_000)).to.equal(3);
    expect([...back.seen]).to.eql(['a']);
    expect(back.counts).to.eql({ picking: 2 });
  });
});
