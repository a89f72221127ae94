import { expect } from 'chai';
import { evaluateRegister } from './evaluate-register.js';
import { UnknownRulePackError, defaultPackIds } from './packs/index.js';
import { aRegister, anOverride, registerWith, validRegister, type Plain } from './policy.fixture.spec.js';

const idleTime: Plain = { id: 'idle-time', measure: 'inactivity', subject: 'individual', threshold: 600 };
const usQuota: Plain = { id: 'pick-quota', measure: 'items-per-hour', subject: 'individual', threshold: 120 };

describe('evaluateRegister', () => {
  it('given no pack named, when evaluated, then the jurisdiction picks the packs', () => {
    expect(evaluateRegister(validRegister(aRegister())).packs).to.eql(['fr-cnil-2023']);
    expect(evaluateRegister(validRegister(aRegister({ jurisdiction: 'US-CA' }))).packs).to.eql(['us-ca-ab701']);
    expect(defaultPackIds(validRegister(aRegister({ jurisdiction: 'US-CA' })))).to.eql(['us-ca-ab701']);
  });

  it('given several packs named, when evaluated, then each applies once, in the order named', () => {
    const evaluation = evaluateRegister(registerWith([usQuota]), ['us-ca-ab701', 'fr-cnil-2023', 'us-ca-ab701']);
    expect(evaluation.packs).to.eql(['us-ca-ab701', 'fr-cnil-2023']);
    expect(evaluation.findings.map((found) => found.rule)).to.eql(['US-QUOTA-DISCLOSE', 'US-QUOTA-BREAKS']);
  });

  it('given an unknown pack, when evaluated, then it throws naming the known packs', () => {
    expect(() => evaluateRegister(validRegister(aRegister()), ['fr-cnil-2019'])).to.throw(
      UnknownRulePackError,
      'unknown rule pack "fr-cnil-2019" (known: fr-cnil-2023, us-ca-ab701)',
    );
  });

  it('given violations and a warning, when evaluated, then they are counted apart', () => {
    const evaluation = evaluateRegister(registerWith([idleTime, { measure: 'scan-interval' }], { consultation: undefined }));
    expect([evaluation.violations, evaluation.warnings, evaluation.overridden]).to.eql([2, 1, 0]);
  });

  it('given an override for the rule an indicator breaks, when evaluated, then the finding stays, overridden, with its justification', () => {
    const override = anOverride('CNIL-IDLE');
    const evaluation = evaluateRegister(registerWith([{ ...idleTime, override }]));
    expect(evaluation.findings).to.have.lengthOf(1);
    const [found] = evaluation.findings;
    expect(found?.severity).to.equal('violation');
    expect(found?.overridden).to.equal(true);
    expect(found?.justification).to.equal(override['justification']);
    expect(found?.message).to.match(/\(overridden: approved by dpo@lille-1 on 2026-02-12\)$/);
    expect([evaluation.violations, evaluation.overridden]).to.eql([0, 1]);
  });

  it('given an override for another rule or another indicator, when evaluated, then the violation stands', () => {
    const evaluation = evaluateRegister(registerWith([
      { ...idleTime, override: anOverride('CNIL-LATENCY') },
      { id: 'coaching-rate', override: anOverride('CNIL-IDLE') },
    ]));
    expect(evaluation.findings.map((found) => [found.rule, found.indicator, found.overridden])).to.eql([['CNIL-IDLE', 'idle-time', undefined]]);
    expect(evaluation.violations).to.equal(1);
  });

  it('given a list of overrides, when evaluated, then each covers its own rule only', () => {
    const evaluation = evaluateRegister(registerWith([{ ...idleTime, requiresJustification: true, override: [anOverride('CNIL-JUSTIFY'), anOverride('CNIL-SMG')] }]));
    expect(evaluation.findings.map((found) => [found.rule, found.overridden === true])).to.eql([['CNIL-IDLE', false], ['CNIL-JUSTIFY', true]]);
  });
});
