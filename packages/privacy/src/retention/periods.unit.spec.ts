import { expect } from 'chai';
import { cutoffOf, dayEnd, hasExpired, isoWeekOf, weekEnd, weekStart } from './periods.js';

const expiredAt = (now: string, end: number | undefined, days: number) => hasExpired(end as number, cutoffOf(new Date(now), days));

describe('retention periods', () => {
  it('deletes a day kept 1 day from 00:00 UTC two days later, not a millisecond before', () => {
    const end = dayEnd('2026-03-02');
    expect(expiredAt('2026-03-03T23:59:59.999Z', end, 1)).to.equal(false);
    expect(expiredAt('2026-03-04T00:00:00.000Z', end, 1)).to.equal(true);
  });

  it('keeps a shift of 2026-03-02 (7 days) through 2026-03-09', () => {
    const end = dayEnd('2026-03-02');
    expect(expiredAt('2026-03-09T23:59:59.999Z', end, 7)).to.equal(false);
    expect(expiredAt('2026-03-10T00:00:00.000Z', end, 7)).to.equal(true);
  });

  it('never expires what it cannot date', () => {
    expect(hasExpired(Date.parse('not a time'), new Date('2099-01-01T00:00:00Z'))).to.equal(false);
    expect(dayEnd('2026-02-30')).to.equal(undefined);
    expect(dayEnd('garbage')).to.equal(undefined);
  });

  it('names ISO weeks, including those that straddle a new year', () => {
    expect(isoWeekOf('2026-03-02')).to.equal('2026-W10');
    expect(isoWeekOf('2026-03-08')).to.equal('2026-W10');
    expect(isoWeekOf('2026-03-09')).to.equal('2026-W11');
    expect(isoWeekOf('2021-01-03')).to.equal('2020-W53');
    expect(isoWeekOf('2024-12-30')).to.equal('2025-W01');
  });

  it('ends a week on the Monday after it, and knows which years have a week 53', () => {
    expect(new Date(weekStart('2026-W10') as number).toISOString()).to.equal('2026-03-02T00:00:00.000Z');
    expect(new Date(weekEnd('2026-W10') as number).toISOString()).to.equal('2026-03-09T00:00:00.000Z');
    expect(weekStart('2020-W53')).to.not.equal(undefined);
    expect(weekStart('2025-W53')).to.equal(undefined);
    expect(weekStart('2026-W00')).to.equal(undefined);
  });

  it('keeps a week of aggregates 91 days after the week ends', () => {
    expect(expiredAt('2026-06-07T23:59:59Z', weekEnd('2026-W10'), 91)).to.equal(false);
    expect(expiredAt('2026-06-08T00:00:00Z', weekEnd('2026-W10'), 91)).to.equal(true);
  });
});
