import { type PolicyCommand } from '../commands/command.js';
import { type PolicyEvent, type RetentionCategory } from '../events/policy-events.js';
import { type Decider } from './decider.js';

/** Retention days by category, as last set. Bounds (1..3650 days) are checked by the DTO. */
export type RetentionPolicyState = Readonly<Partial<Record<RetentionCategory, number>>>;

export const retentionPolicyDecider: Decider<PolicyCommand, RetentionPolicyState, PolicyEvent> = {
  initialState: () => ({}),
  evolve: (state, event) =>
    event.type === 'RetentionPolicySet' ? { ...state, [event.data.category]: event.data.days } : state,
  decide: ({ data }) => [
    { type: 'RetentionPolicySet', data: { category: data.category, days: data.days, reason: data.reason, at: data.at } },
  ],
};
