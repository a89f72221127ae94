import { expect } from 'chai';
import { activationDecision } from './activation-decision.js';
import { evaluateRegister } from './evaluate-register.js';
import { anOverride, registerWith, type Plain } from './policy.fixture.spec.js';

const idleTime: Plain = { id: 'idle-time', measure: 'inactivity', subject: 'individual', threshold: 600 };
const decide = (indicators: Plain[], fields: Plain = {}) => {
  const register = registerWith(indicators, fields);
  return activationDecision(register, evaluateRegister(register));
};

describe('activationDecision', () => {
  it('given a violation without an override, when activation is asked, then it is refused and the violation named', () => {
    const decision = decide([idleTime]);
    expect(decision.allowed).to.equal(false);
    expect(decision.blocking.map((found) => [found.rule, found.indicator])).to.eql([['CNIL-IDLE', 'idle-time']]);
  });

  it('given every violation overridden with a justification, when activation is asked, then it is allowed', () => {
    expect(decide([{ ...idleTime, override: anOverride('CNIL-IDLE') }])).to.eql({ allowed: true, blocking: [] });
  });

  it('given one of two violations overridden, when activation is asked, then the other still blocks', () => {
    const decision = decide([{ ...idleTime, requiresJustification: true, override: anOverride('CNIL-IDLE') }]);
    expect(decision.allowed).to.equal(false);
    expect(decision.blocking.map((found) => found.rule)).to.eql(['CNIL-JUSTIFY']);
  });

  it('given only a warning, when activation is asked, then it is allowed: warnings never block', () => {
    expect(decide([{}], { consultation: undefined }).allowed).to.equal(true);
  });

  it('given an evaluation that claims an override the register does not record, when activation is asked, then it is refused', () => {
    const register = registerWith([idleTime]);
    const evaluation = evaluateRegister(register);
    const forged = { ...evaluation, findings: evaluation.findings.map((found) => ({ ...found, overridden: true, justification: 'trust me, it is all fine here' })) };
    expect(activationDecision(register, forged).allowed).to.equal(false);
  });

  it('given a register-wide violation, when activation is asked, then no indicator override can lift it', () => {
    const decision = decide([{ override: anOverride('CNIL-INFO') }], { notice: { version: '1', givenTo: ['permanent'] } });
    expect(decision.blocking.map((found) => [found.rule, found.path])).to.eql([['CNIL-INFO', 'notice.givenTo']]);
  });
});
