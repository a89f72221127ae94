import { expect } from 'chai';
import { measureIds, measureOf, measures } from './measures.js';

describe('measure catalogue', () => {
  it('given the catalogue, when listed, then it holds the twelve measures a register may declare, each described', () => {
    expect(measureIds).to.eql([
      'items-per-hour', 'units-per-task', 'error-rate', 'scan-interval', 'inactivity', 'time-to-first-scan',
      'time-after-last-scan', 'task-duration', 'station-throughput', 'package-dwell-time', 'backlog', 'break-compliance',
    ]);
    for (const measure of measures) expect(measure.description.length, measure.id).to.be.above(10);
  });

  it('given the measures that time a person, when read, then gestures, idle periods and day edges are flagged', () => {
    const timed = measures.filter((measure) => 'times' in measure).map((measure) => [measure.id, measureOf(measure.id)?.times]);
    expect(timed).to.eql([
      ['scan-interval', 'gestures'],
      ['inactivity', 'idle'],
      ['time-to-first-scan', 'day-edges'],
      ['time-after-last-scan', 'day-edges'],
    ]);
  });

  it('given California work-speed data, when read, then it is rate, units, task duration and scan interval', () => {
    expect(measures.filter((measure) => measure.workSpeed).map((measure) => measure.id)).to.eql(['items-per-hour', 'units-per-task', 'scan-interval', 'task-duration']);
  });

  it('given a measure without identity, when read, then it is not personal even per subject', () => {
    expect(measureOf('station-throughput')?.personalWhenIndividual).to.equal(false);
    expect(measureOf('idle-ratio')).to.equal(undefined);
  });
});
