import { expect } from 'chai';
import { type Finding } from '../finding.js';
import { type Register } from '../register.js';
import { aRegister, registerWith, validRegister, type Plain } from '../policy.fixture.spec.js';
import { frCnil2023 } from './fr-cnil-2023.js';

const judge = (register: Register): Finding[] => frCnil2023.rules.flatMap((rule) => rule(register));
const rulesFor = (...indicators: Plain[]): string[] => judge(registerWith(indicators)).map((found) => found.rule);
const individual = (measure: string, fields: Plain = {}): Plain => ({ measure, subject: 'individual', ...fields });

describe('fr-cnil-2023', () => {
  it('given a proportionate register, when judged, then there is no finding', () => {
    expect(judge(validRegister(aRegister()))).to.eql([]);
  });

  it('given an individual scan-interval indicator, when judged, then CNIL-SMG fires at any threshold', () => {
    for (const threshold of [1.25, 30, null]) {
      const [found] = judge(registerWith([individual('scan-interval', { id: 'stow-machine-gun', threshold })]));
      expect(found?.rule, String(threshold)).to.equal('CNIL-SMG');
      expect(found?.indicator).to.equal('stow-machine-gun');
      expect(found?.path).to.equal('indicators[0].measure');
      expect(found?.severity).to.equal('violation');
      expect(found?.references).to.include('CNIL SAN-2023-021').and.to.include('GDPR Art. 5(1)(c)');
    }
  });

  it('given individual inactivity, when judged, then 10 minutes or more (or no threshold) is CNIL-IDLE and less is CNIL-LATENCY', () => {
    expect(rulesFor(individual('inactivity', { threshold: 600 }))).to.eql(['CNIL-IDLE']);
    expect(rulesFor(individual('inactivity', { threshold: 3600 }))).to.eql(['CNIL-IDLE']);
    expect(rulesFor(individual('inactivity', { threshold: null }))).to.eql(['CNIL-IDLE']);
    expect(rulesFor(individual('inactivity', { threshold: 599 }))).to.eql(['CNIL-LATENCY']);
    expect(rulesFor(individual('inactivity', { threshold: 60 }))).to.eql(['CNIL-LATENCY']);
  });

  it('given an idle-time indicator renamed "focus-score", when judged, then it is still CNIL-IDLE: the measure counts, not the name', () => {
    const [found] = judge(registerWith([individual('inactivity', { id: 'focus-score', threshold: 600, purpose: 'coaching' })]));
    expect(found?.rule).to.equal('CNIL-IDLE');
    expect(found?.message).to.match(/^"focus-score" flags a person's scanner inactivity/);
  });

  it('given an indicator named like a weekly rate that measures scan intervals, when judged, then it is CNIL-SMG', () => {
    expect(rulesFor(individual('scan-interval', { id: 'weekly-pick-rate' }))).to.eql(['CNIL-SMG']);
  });

  it('given badge-in to first scan or last scan to badge-out per person, when judged, then each is CNIL-BADGE', () => {
    expect(rulesFor(individual('time-to-first-scan'), individual('time-after-last-scan'))).to.eql(['CNIL-BADGE', 'CNIL-BADGE']);
  });

  it('given inactivity per station or per team of at least 5, when judged, then nothing fires: no person is timed', () => {
    expect(rulesFor({ measure: 'inactivity', subject: 'station', threshold: 60 })).to.eql([]);
    expect(rulesFor({ measure: 'inactivity', subject: 'team', minGroupSize: 5, threshold: 60 })).to.eql([]);
    expect(rulesFor({ measure: 'scan-interval', subject: 'team', minGroupSize: 8 })).to.eql([]);
  });

  it('given a "team" that may be 2 people, when judged, then it reads as individual and AGG-K5 fires too', () => {
    expect(rulesFor({ measure: 'inactivity', subject: 'team', minGroupSize: 2, threshold: 600 })).to.eql(['CNIL-IDLE', 'AGG-K5']);
  });

  it('given team indicators without a group size of 5, when judged, then AGG-K5 names the group size', () => {
    const findings = judge(registerWith([
      { measure: 'error-rate', subject: 'team' },
      { measure: 'error-rate', subject: 'team', minGroupSize: 4 },
      { measure: 'error-rate', subject: 'team', minGroupSize: 5 },
    ]));
    expect(findings.map((found) => [found.rule, found.path])).to.eql([
      ['AGG-K5', 'indicators[0].minGroupSize'],
      ['AGG-K5', 'indicators[1].minGroupSize'],
    ]);
    expect(findings[1]?.message).to.equal('"indicator-1" has minGroupSize 4: a team of fewer than 5 exposes individuals; set minGroupSize: 5 or more');
  });

  it('given raw attribution or task data kept more than 7 days, when judged, then CNIL-RET-31 points at the retention', () => {
    const register = validRegister(aRegister({ retention: { attribution: 31, task: 8, shift: 31, aggregate: 400 } }));
    expect(judge(register).map((found) => [found.rule, found.path])).to.eql([
      ['CNIL-RET-31', 'retention.attribution'],
      ['CNIL-RET-31', 'retention.task'],
    ]);
    expect(judge(validRegister(aRegister({ retention: { attribution: 7, task: 7, shift: 7, aggregate: 91 } })))).to.eql([]);
  });

  it('given individual indicators finer than a week, when judged, then CNIL-RET-31 fires only beyond 7 days', () => {
    expect(rulesFor(individual('items-per-hour', { window: 'P1D', retentionDays: 8 }))).to.eql(['CNIL-RET-31']);
    expect(rulesFor(individual('error-rate', { window: 'PT1H', retentionDays: 31 }))).to.eql(['CNIL-RET-31']);
    expect(rulesFor(individual('items-per-hour', { window: 'P1D', retentionDays: 7 }))).to.eql([]);
    expect(rulesFor(individual('items-per-hour', { window: 'P1W', retentionDays: 91 }))).to.eql([]);
    expect(rulesFor({ measure: 'station-throughput', subject: 'station', window: 'PT1H', retentionDays: 400 })).to.eql([]);
  });

  it('given an individual indicator that must be justified, when judged, then CNIL-JUSTIFY fires; a team of 5 may discuss its own', () => {
    expect(rulesFor(individual('error-rate', { requiresJustification: true }))).to.eql(['CNIL-JUSTIFY']);
    expect(rulesFor({ measure: 'error-rate', subject: 'team', minGroupSize: 5, requiresJustification: true })).to.eql([]);
  });

  it('given no notice, or one not given to temporary workers, when judged, then CNIL-INFO fires at the notice', () => {
    expect(judge(validRegister(aRegister({ notice: undefined }))).map((found) => [found.rule, found.path])).to.eql([['CNIL-INFO', 'notice']]);
    const permanentOnly = judge(validRegister(aRegister({ notice: { version: '2019-01', givenTo: ['permanent'] } })));
    expect(permanentOnly.map((found) => [found.rule, found.path, found.indicator])).to.eql([['CNIL-INFO', 'notice.givenTo', undefined]]);
    expect(permanentOnly[0]?.message).to.match(/not given to temporary workers/);
    expect(permanentOnly[0]?.references).to.include('GDPR Art. 13');
  });

  it('given no works council consultation, when judged, then FR-L2312-38 is a warning, not a violation', () => {
    const findings = judge(validRegister(aRegister({ consultation: undefined })));
    expect(findings.map((found) => [found.rule, found.severity, found.path])).to.eql([['FR-L2312-38', 'warning', 'consultation.worksCouncil']]);
    expect(findings[0]?.references).to.eql(['Code du travail L2312-38']);
    expect(judge(validRegister(aRegister({ consultation: { worksCouncil: null } })))).to.have.lengthOf(1);
  });
});
