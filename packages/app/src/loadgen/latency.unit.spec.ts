import { expect } from 'chai';
import { parseDuration } from '../cli/commands/simulate-load.js';
import { summarize } from './latency.js';

describe('load generator figures', () => {
  it('given 100 latencies 1..100 ms, then p50, p95, p99 are the nearest ranks', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).to.deep.equal({ p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('given durations as people write them, then they are seconds; anything else is refused', () => {
    expect([parseDuration('90'), parseDuration('90s'), parseDuration('5m'), parseDuration('1h'), parseDuration('500ms')]).to.deep.equal([90, 90, 300, 3600, 0.5]);
    expect(() => parseDuration('soon')).to.throw(/not a duration like 30s/);
    expect(() => parseDuration('0s')).to.throw();
  });
});
