import { expect } from 'chai';
import { planBreaks, workBlocks } from './breaks.js';
import { RandomSource } from './random.js';

const hour = 3_600_000;
const workStart = Date.parse('2024-03-01T05:03:00Z');
const workEnd = workStart + 8 * hour - 6 * 60_000;
const days = Array.from({ length: 2000 }, (_, i) => planBreaks(workStart, workEnd, RandomSource.fromSeed(i)));

/** FR-L3121-16: worked more than 6 h before a break of 20 minutes or more. */
const owed = (breaks: ReturnType<typeof planBreaks>): boolean => {
  const qualifying = breaks.find((b) => b.end - b.start >= 20 * 60_000);
  return (qualifying?.start ?? workEnd) - workStart > 6 * hour;
};

describe('planBreaks', () => {
  it('never overlaps breaks and keeps them inside the working time, in order', () => {
    for (const breaks of days) {
      for (const [i, b] of breaks.entries()) {
        expect(b.start).to.be.above(workStart);
        expect(b.end).to.be.above(b.start);
        expect(b.end).to.be.below(workEnd);
        const next = breaks[i + 1];
        if (next) expect(next.start).to.be.above(b.end);
      }
    }
  });

  it('gives most people a scheduled main break of 20-30 minutes mid-shift', () => {
    const onTime = days.filter((breaks) => !owed(breaks)).length / days.length;
    expect(onTime).to.be.within(0.9, 0.97);
  });

  it('leaves a few people past 6 hours without a qualifying break, for the compliance report', () => {
    const overdue = days.filter(owed).length / days.length;
    expect(overdue).to.be.within(0.03, 0.1);
  });

  it('has worker-declared breaks as well as scheduled and badged ones', () => {
    const sources = new Set(days.flat().map((b) => b.source));
    expect([...sources].sort()).to.eql(['badge', 'schedule', 'worker']);
  });

  it('splits the shift into work blocks around the breaks', () => {
    const breaks = days[0] ?? [];
    const blocks = workBlocks(workStart, workEnd, breaks);
    expect(blocks).to.have.lengthOf(breaks.length + 1);
    expect(blocks[0]?.start).to.equal(workStart);
    expect(blocks.at(-1)?.end).to.equal(workEnd);
    breaks.forEach((b, i) => {
      expect(blocks[i]?.end).to.equal(b.start);
      expect(blocks[i + 1]?.start).to.equal(b.end);
    });
  });
});
