import { expect } from 'chai';
import { activationDecision } from './activation-decision.js';
import { evaluateRegister } from './evaluate-register.js';
import { parseRegister } from './parse-register.js';
import { cnilDecisionRegister, malformedRegister, proportionateRegister } from './examples.fixture.spec.js';
import { validRegister } from './policy.fixture.spec.js';

describe('examples/registers', () => {
  it('given proportionate.yaml, when checked against its jurisdiction, then nothing is found and it may be activated', () => {
    const register = validRegister(proportionateRegister);
    const evaluation = evaluateRegister(register);
    expect(evaluation.packs).to.eql(['fr-cnil-2023']);
    expect(evaluation.findings).to.eql([]);
    expect(activationDecision(register, evaluation).allowed).to.equal(true);
  });

  it('given cnil-2023-decision.yaml, when checked, then each breach the CNIL found is reported and activation refused', () => {
    const register = validRegister(cnilDecisionRegister);
    const evaluation = evaluateRegister(register);
    const rules = new Set<string>(evaluation.findings.map((found) => found.rule));
    for (const rule of ['CNIL-SMG', 'CNIL-IDLE', 'CNIL-LATENCY', 'CNIL-BADGE', 'CNIL-RET-31', 'CNIL-INFO', 'FR-L2312-38']) {
      expect(rules.has(rule), rule).to.equal(true);
    }
    const byIndicator = (rule: string) => evaluation.findings.filter((found) => found.rule === rule).map((found) => found.indicator);
    expect(byIndicator('CNIL-SMG')).to.eql(['stow-machine-gun']);
    expect(byIndicator('CNIL-IDLE')).to.eql(['idle-time']);
    expect(byIndicator('CNIL-LATENCY')).to.eql(['latency-under-ten']);
    expect(byIndicator('CNIL-BADGE')).to.eql(['badge-to-first-scan']);
    expect(evaluation.violations).to.be.above(0);
    expect(activationDecision(register, evaluation).allowed).to.equal(false);
  });

  it('given malformed.yaml, when parsed, then it is refused naming the unknown key and the bad measure', () => {
    const parsed = parseRegister(malformedRegister);
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => error.path)).to.eql(['indicators[0].camera', 'indicators[1].measure']);
  });
});
