import { expect } from 'chai';
import { type RetentionCategory } from '../events/policy-events.js';
import { deciderSpec } from '../testing/decider-spec.js';
import { retentionPolicyDecider } from './retention-policy-decider.js';

const at = '2024-03-01T08:00:00Z';

describe('retentionPolicyDecider', () => {
  it('given an earlier policy, when SetRetentionPolicy, then RetentionPolicySet with the new days', () => {
    const outcome = deciderSpec(retentionPolicyDecider)
      .given([{ type: 'RetentionPolicySet', data: { category: 'attribution', days: 3, reason: 'legacy', at } }])
      .when({ type: 'SetRetentionPolicy', data: { category: 'attribution', days: 1, reason: 'CNIL-RET-31', at } });
    expect(outcome).to.eql({
      events: [{ type: 'RetentionPolicySet', data: { category: 'attribution', days: 1, reason: 'CNIL-RET-31', at } }],
    });
  });

  it('given policies for two categories, when folded, then the state holds the latest days of each', () => {
    const { evolve, initialState } = retentionPolicyDecider;
    const policies: Array<{ category: RetentionCategory; days: number }> = [
      { category: 'shift', days: 7 },
      { category: 'attribution', days: 5 },
      { category: 'attribution', days: 1 },
    ];
    const state = policies.reduce(
      (s, p) => evolve(s, { type: 'RetentionPolicySet', data: { ...p, reason: 'r', at } }),
      initialState(),
    );
    expect(state).to.eql({ days: { shift: 7, attribution: 1 }, packs: ['fr-cnil-2023'] });
  });

  it('given no register yet, when attribution is set to 31 days, then it is refused under CNIL-RET-31 and nothing is written', () => {
    const outcome = deciderSpec(retentionPolicyDecider).given([]).when(set('attribution', 31));
    expect(outcome.events).to.equal(undefined);
    expect(outcome.error?.code).to.equal('CNIL-RET-31');
    expect(outcome.error?.message).to.match(/CNIL-RET-31 at retention.attribution: attribution streams link each scan to a person and are kept 31 days/);
  });

  it('given a French register, when task retention is set to 8 days, then it is refused; 7 days is accepted', () => {
    const french = activated(['fr-cnil-2023']);
    expect(deciderSpec(retentionPolicyDecider).given([french]).when(set('task', 8)).error?.code).to.equal('CNIL-RET-31');
    expect(deciderSpec(retentionPolicyDecider).given([french]).when(set('task', 7)).events).to.have.length(1);
  });

  it('given a register judged by us-ca-ab701 only, when attribution is set to 90 days, then it is recorded (no CNIL pack applies)', () => {
    const outcome = deciderSpec(retentionPolicyDecider).given([activated(['us-ca-ab701'])]).when(set('attribution', 90));
    expect(outcome.events).to.have.length(1);
  });

  it('given any register, when a business category (package) is set to 400 days, then it is recorded', () => {
    expect(deciderSpec(retentionPolicyDecider).given([]).when(set('package', 400)).events).to.have.length(1);
  });
});

function set(category: RetentionCategory, days: number) {
  return { type: 'SetRetentionPolicy', data: { category, days, reason: 'review', at } } as const;
}

function activated(packs: string[]) {
  const retention = { attribution: 1, task: 1, shift: 7, aggregate: 91 };
  return { type: 'RegisterActivated', data: { site: 'lille-1', registerHash: 'h', packs, overrides: [], retention, at } } as const;
}
