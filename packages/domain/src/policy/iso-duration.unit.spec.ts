import { expect } from 'chai';
import { parseIsoDuration, secondsPerWeek } from './iso-duration.js';

describe('parseIsoDuration', () => {
  it('given the windows registers use, when parsed, then each is its length in seconds', () => {
    expect(parseIsoDuration('P1W')).to.equal(secondsPerWeek);
    expect(parseIsoDuration('P1D')).to.equal(86_400);
    expect(parseIsoDuration('PT1H')).to.equal(3_600);
    expect(parseIsoDuration('PT10M')).to.equal(600);
    expect(parseIsoDuration('PT1.25S')).to.equal(1.25);
    expect(parseIsoDuration('PT0,5S')).to.equal(0.5);
  });

  it('given every component, when parsed, then months and years have fixed lengths', () => {
    expect(parseIsoDuration('P1Y2M3W4DT5H6M7S')).to.equal(365 * 86_400 + 60 * 86_400 + 25 * 86_400 + 5 * 3_600 + 6 * 60 + 7);
    expect(parseIsoDuration('P1M')).to.equal(30 * 86_400);
  });

  it('given text that is not a duration, when parsed, then it is undefined', () => {
    for (const text of ['', 'P', 'PT', 'P1DT', '1W', 'P1', 'PT1D', 'P1H', 'p1w', 'P-1D', 'P1W ', 'weekly', 'P1S']) {
      expect(parseIsoDuration(text), text).to.equal(undefined);
    }
  });
});
