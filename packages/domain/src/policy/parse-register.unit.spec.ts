import { expect } from 'chai';
import { Indicator } from './indicator.js';
import { Override } from './override.js';
import { parseRegister, registerRoot } from './parse-register.js';
import { Register } from './register.js';
import { RetentionByCategory } from './register-parts.js';
import { aRegister, anIndicator, anOverride, type Plain } from './policy.fixture.spec.js';

const errorsOf = (plain: unknown) => {
  const parsed = parseRegister(plain);
  return parsed.ok ? [] : parsed.errors;
};
const pathsOf = (plain: unknown): string[] => errorsOf(plain).map((error) => error.path);
const withIndicators = (...indicators: unknown[]) => aRegister({ indicators });

describe('parseRegister', () => {
  it('given a valid register, when parsed, then it is built of DTO instances at every depth', () => {
    const parsed = parseRegister(withIndicators(anIndicator({ override: anOverride('CNIL-JUSTIFY') })));
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.register).to.be.instanceOf(Register);
    expect(parsed.register.retention).to.be.instanceOf(RetentionByCategory);
    expect(parsed.register.indicators[0]).to.be.instanceOf(Indicator);
    expect(parsed.register.indicators[0]?.override).to.be.instanceOf(Override);
  });

  it('given unknown keys at every depth, when parsed, then each is refused at its path with the keys expected there', () => {
    const plain = aRegister({
      owner: 'ops',
      retention: { attribution: 1, task: 1, shift: 7, aggregate: 91, video: 30 },
      notice: { version: '1', givenTo: ['permanent', 'temporary'], language: 'fr' },
      consultation: { worksCouncil: '2026-02-10', union: 'x' },
      indicators: [anIndicator({ camera: true, override: [anOverride('CNIL-SMG'), anOverride('CNIL-IDLE', { signedBy: 'x' })] })],
    });
    expect(pathsOf(plain)).to.have.members([
      'owner', 'retention.video', 'notice.language', 'consultation.union', 'indicators[0].camera', 'indicators[0].override[1].signedBy',
    ]);
    expect(errorsOf(plain).find((error) => error.path === 'retention.video')?.message).to.equal(
      'unknown key (expected one of attribution, task, shift, aggregate)',
    );
  });

  it('given several bad values, when parsed, then every one is listed with its path, not just the first', () => {
    const plain = aRegister({
      retention: { attribution: 1, task: 1, shift: 'a week', aggregate: 91 },
      indicators: [anIndicator({}), anIndicator({ id: 'second' }), anIndicator({ id: 'third', measure: 'idle-ratio', window: 'weekly', visibleTo: ['boss'] })],
    });
    for (const expected of [
      { path: 'retention.shift', message: 'must be a whole number (got a week)' },
      { path: 'indicators[2].window', message: 'must be a non-zero ISO-8601 duration such as P1W, P1D or PT1H (got "weekly")' },
      { path: 'indicators[2].visibleTo', message: 'each must be one of worker, team-lead, site-manager, hr, dpo, works-council, analyst (got "boss")' },
    ]) {
      expect(errorsOf(plain)).to.deep.include(expected);
    }
    expect(pathsOf(plain)).to.include('indicators[2].measure');
    expect(errorsOf(plain).find((error) => error.path === 'indicators[2].measure')?.message).to.match(/^must be one of items-per-hour, .* \(got "idle-ratio"\)$/);
  });

  it('given bad ISO-8601 windows, when parsed, then each is refused at its path', () => {
    for (const window of ['P', 'PT', 'P1', '1W', 'PT0S', 'P1H', 7]) {
      expect(pathsOf(withIndicators(anIndicator({ window }))), String(window)).to.eql(['indicators[0].window']);
    }
  });

  it('given dates that are not calendar days, when parsed, then they are refused; a loader Date is read as its day', () => {
    expect(pathsOf(aRegister({ consultation: { worksCouncil: '2026-02-30' } }))).to.eql(['consultation.worksCouncil']);
    expect(pathsOf(aRegister({ consultation: { worksCouncil: '10/02/2026' } }))).to.eql(['consultation.worksCouncil']);
    const parsed = parseRegister(aRegister({ consultation: { worksCouncil: new Date('2026-02-10T00:00:00Z') } }));
    expect(parsed.ok && parsed.register.consultation?.worksCouncil).to.equal('2026-02-10');
  });

  it('given missing required fields, when parsed, then each says "is required" once', () => {
    const { retention: _retention, ...noRetention } = aRegister();
    const { measure: _measure, ...noMeasure } = anIndicator({});
    expect(errorsOf({ ...noRetention, indicators: [noMeasure] })).to.eql([
      { path: 'retention', message: 'is required' },
      { path: 'indicators[0].measure', message: 'is required' },
    ]);
  });

  it('given values of the wrong kind, when parsed, then each gets one message and nothing inside it is judged', () => {
    expect(errorsOf(aRegister({ retention: 5, indicators: 'all of them', consultation: ['2026-02-10'] }))).to.eql([
      { path: 'consultation', message: 'must be a mapping' },
      { path: 'retention', message: 'must be a mapping of days per stream category' },
      { path: 'indicators', message: 'must be a list of indicators' },
    ]);
    expect(errorsOf(withIndicators('weekly-pick-rate'))).to.eql([{ path: 'indicators[0]', message: 'must be a mapping' }]);
  });

  it('given something that is not a mapping, when parsed, then the register as a whole is refused', () => {
    for (const plain of [null, 'site: lille-1', [aRegister()], 42]) {
      expect(pathsOf(plain)).to.eql([registerRoot]);
    }
  });

  it('given a __proto__ key, when parsed, then it is an unknown key and no prototype is swapped', () => {
    const polluted = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(aRegister()).slice(1)}`) as unknown;
    expect(pathsOf(polluted)).to.eql(['__proto__']);
    expect(({} as Plain)['polluted']).to.equal(undefined);
  });

  it('given an unknown jurisdiction, when parsed, then it is refused rather than checked against no pack', () => {
    expect(errorsOf(aRegister({ jurisdiction: 'DE' }))).to.eql([{ path: 'jurisdiction', message: 'must be one of FR, US-CA (got "DE")' }]);
  });

  it('given indicators that contradict their measure, when parsed, then the subject, group size and duplicate id are refused', () => {
    const errors = errorsOf(withIndicators(
      anIndicator({}),
      anIndicator({ measure: 'package-dwell-time' }),
      anIndicator({ id: 'dwell', measure: 'package-dwell-time', subject: 'station', minGroupSize: 5 }),
    ));
    expect(errors).to.eql([
      { path: 'indicators[1].id', message: 'duplicates the id of indicators[0] ("weekly-pick-rate")' },
      { path: 'indicators[1].subject', message: 'package-dwell-time is measured per item or station, not per individual' },
      { path: 'indicators[2].minGroupSize', message: 'only team indicators have a minimum group size (subject is station)' },
    ]);
  });

  it('given overrides without a real justification or a known rule, when parsed, then each field is refused', () => {
    const errors = errorsOf(withIndicators(anIndicator({
      override: [anOverride('CNIL-SMG', { justification: 'needed' }), anOverride('CNIL-FOO', { justification: ' '.repeat(25), approvedBy: '', date: '2026-13-01' })],
    })));
    expect(errors.map((error) => error.path)).to.eql([
      'indicators[0].override[0].justification',
      'indicators[0].override[1].rule',
      'indicators[0].override[1].justification',
      'indicators[0].override[1].approvedBy',
      'indicators[0].override[1].date',
    ]);
    expect(errors[0]?.message).to.equal('must be at least 20 characters');
  });

  it('given negative or fractional numbers, when parsed, then thresholds, days and group sizes are refused', () => {
    expect(pathsOf(withIndicators(anIndicator({ threshold: -1, retentionDays: 0.5 })))).to.eql(['indicators[0].threshold', 'indicators[0].retentionDays']);
    expect(pathsOf(withIndicators(anIndicator({ subject: 'team', minGroupSize: 0 })))).to.eql(['indicators[0].minGroupSize']);
  });
});
