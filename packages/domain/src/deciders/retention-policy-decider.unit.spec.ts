import { expect } from 'chai';
import { type RetentionCategory } from '../events/policy-events.js';
import { deciderSpec } from '../testing/decider-spec.js';
import { retentionPolicyDecider } from './retention-policy-decider.js';

const at = '2024-03-01T08:00:00Z';

describe('retentionPolicyDecider', () => {
  it('given an earlier policy, when SetRetentionPolicy, then RetentionPolicySet with the new days', () => {
    const outcome = deciderSpec(retentionPolicyDecider)
      .given([{ type: 'RetentionPolicySet', data: { category: 'attribution', days: 31, reason: 'legacy', at } }])
      .when({ type: 'SetRetentionPolicy', data: { category: 'attribution', days: 1, reason: 'CNIL-RET-31', at } });
    expect(outcome).to.eql({
      events: [{ type: 'RetentionPolicySet', data: { category: 'attribution', days: 1, reason: 'CNIL-RET-31', at } }],
    });
  });

  it('given policies for two categories, when folded, then the state holds the latest days of each', () => {
    const { evolve, initialState } = retentionPolicyDecider;
    const policies: Array<{ category: RetentionCategory; days: number }> = [
      { category: 'shift', days: 7 },
      { category: 'attribution', days: 31 },
      { category: 'attribution', days: 1 },
    ];
    const state = policies.reduce(
      (s, p) => evolve(s, { type: 'RetentionPolicySet', data: { ...p, reason: 'r', at } }),
      initialState(),
    );
    expect(state).to.eql({ shift: 7, attribution: 1 });
  });
});
