import { expect } from 'chai';
import { type Finding } from '../finding.js';
import { type Register } from '../register.js';
import { registerWith, type Plain } from '../policy.fixture.spec.js';
import { usCaAb701 } from './us-ca-ab701.js';

const judge = (register: Register): Finding[] => usCaAb701.rules.flatMap((rule) => rule(register));
const findingsFor = (...indicators: Plain[]): string[][] =>
  judge(registerWith(indicators, { jurisdiction: 'US-CA' })).map((found) => [found.rule, found.path]);

const quota = (fields: Plain = {}): Plain => ({ measure: 'items-per-hour', subject: 'individual', threshold: 120, disclosed: true, excludesBreaks: true, ...fields });

describe('us-ca-ab701', () => {
  it('given a disclosed quota that excludes breaks, kept 91 days and visible to the worker, when judged, then there is no finding', () => {
    expect(findingsFor(quota())).to.eql([]);
  });

  it('given an individual threshold not disclosed, when judged, then it is a quota that must be disclosed', () => {
    expect(findingsFor(quota({ disclosed: undefined }))).to.eql([['US-QUOTA-DISCLOSE', 'indicators[0].disclosed']]);
    const [found] = judge(registerWith([quota({ id: 'focus-score', disclosed: false })], { jurisdiction: 'US-CA' }));
    expect(found?.message).to.equal('"focus-score" sets a threshold of 120 on one person, which makes it a quota: describe it to the workers in writing, then set disclosed: true');
    expect(found?.references).to.eql(['California Labor Code 2100–2108', 'California Labor Code 2101']);
  });

  it('given a quota that does not exclude breaks, when judged, then US-QUOTA-BREAKS fires whatever it measures', () => {
    expect(findingsFor(quota({ excludesBreaks: false }))).to.eql([['US-QUOTA-BREAKS', 'indicators[0].excludesBreaks']]);
    expect(findingsFor(quota({ measure: 'error-rate', threshold: 0.02, excludesBreaks: undefined }))).to.eql([['US-QUOTA-BREAKS', 'indicators[0].excludesBreaks']]);
  });

  it('given no threshold, or a threshold on a station, when judged, then there is no quota', () => {
    expect(findingsFor(quota({ threshold: null, disclosed: false, excludesBreaks: false }))).to.eql([]);
    expect(findingsFor({ measure: 'station-throughput', subject: 'station', threshold: 500, visibleTo: ['team-lead'], retentionDays: 7 })).to.eql([]);
  });

  it('given individual work-speed data kept under 90 days or hidden from the worker, when judged, then each gap is a finding', () => {
    expect(findingsFor(quota({ retentionDays: 30, visibleTo: ['team-lead'] }))).to.eql([
      ['US-QUOTA-DATA-90', 'indicators[0].retentionDays'],
      ['US-QUOTA-DATA-90', 'indicators[0].visibleTo'],
    ]);
    for (const measure of ['units-per-task', 'task-duration', 'scan-interval']) {
      expect(findingsFor(quota({ measure, threshold: null, retentionDays: 89 })), measure).to.eql([['US-QUOTA-DATA-90', 'indicators[0].retentionDays']]);
    }
  });

  it('given data that is not work speed, or not about a person, when judged, then the 90-day rule does not apply', () => {
    expect(findingsFor({ measure: 'error-rate', subject: 'individual', retentionDays: 7, visibleTo: ['team-lead'] })).to.eql([]);
    expect(findingsFor({ measure: 'items-per-hour', subject: 'station', retentionDays: 7, visibleTo: ['team-lead'] })).to.eql([]);
  });
});
