import { expect } from 'chai';
import { resolveOptions } from './options.js';
import { RandomSource } from './random.js';
import { roles } from './roles.js';
import { planWorkforce } from './workforce.js';

const options = resolveOptions({ seed: 1, site: 'lil1', date: '2024-03-01', nightShift: true });
const workforce = planWorkforce(options, 40, RandomSource.fromSeed(1, 'workforce'));

describe('planWorkforce', () => {
  it('puts every person on one shift, heavier by day than by night', () => {
    expect(workforce.workers).to.have.lengthOf(40);
    const perShift = workforce.shifts.map((shift) => workforce.workers.filter((w) => w.shift.name === shift.name).length);
    expect(perShift).to.eql([16, 16, 8]);
  });

  it('staffs every role on every shift, pickers most', () => {
    for (const shift of workforce.shifts) {
      for (const role of roles) expect(shift.roles[role], `${shift.name} ${role}`).to.be.at.least(1);
      expect(Math.max(...roles.map((role) => shift.roles[role]))).to.equal(shift.roles.pick);
    }
  });

  it('gives each shift fresh pseudonyms and its own handhelds', () => {
    const operators = workforce.workers.map((w) => w.operator);
    expect(new Set(operators).size).to.equal(40);
    for (const shift of workforce.shifts) {
      const devices = workforce.workers.filter((w) => w.shift.name === shift.name).map((w) => w.deviceId);
      expect(new Set(devices).size).to.equal(devices.length);
    }
  });

  it('badges in around the shift start, works, and badges out after its end', () => {
    for (const w of workforce.workers) {
      expect(w.badgeIn).to.be.within(w.shift.start - 6 * 60_000, w.shift.start + 3 * 60_000);
      expect(w.workStart).to.be.above(w.badgeIn);
      expect(w.workEnd).to.be.above(w.workStart);
      expect(w.badgeOut).to.be.above(w.workEnd);
      expect(w.badgeOut).to.be.within(w.shift.end, w.shift.end + 6 * 60_000);
    }
  });

  it('plans the same workforce from the same seed', () => {
    expect(planWorkforce(options, 40, RandomSource.fromSeed(1, 'workforce'))).to.eql(workforce);
  });
});
