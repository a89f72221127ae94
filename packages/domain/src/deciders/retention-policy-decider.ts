import { type PolicyCommand } from '../commands/command.js';
import { type PolicyEvent, type RetentionCategory } from '../events/policy-events.js';
import { rawRetentionExcess } from '../policy/packs/fr-cnil-register.js';
import { CommandRejected, type Decider } from './decider.js';

export interface RetentionPolicyState {
  /** Retention days by category, as last set. Bounds (1..3650 days) are checked by the DTO. */
  readonly days: Readonly<Partial<Record<RetentionCategory, number>>>;
  /**
   * The rule packs of the active register. Before any register is active the
   * project's default pack applies (design.md: fr-cnil-2023 first), so a site
   * cannot slip a 31-day policy in before declaring what it measures.
   */
  readonly packs: readonly string[];
}

const defaultPacks: readonly string[] = ['fr-cnil-2023'];

function judged(category: RetentionCategory, days: number, state: RetentionPolicyState): void {
  if (!state.packs.includes('fr-cnil-2023')) return;
  // CNIL-RET-31: the same judgement as a register's retention section (policy check).
  const excess = rawRetentionExcess(category, days);
  if (excess !== undefined) throw new CommandRejected('CNIL-RET-31', `CNIL-RET-31 at retention.${category}: ${excess}`);
}

export const retentionPolicyDecider: Decider<PolicyCommand, RetentionPolicyState, PolicyEvent> = {
  initialState: () => ({ days: {}, packs: defaultPacks }),
  evolve: (state, event) => {
    if (event.type === 'RetentionPolicySet') return { ...state, days: { ...state.days, [event.data.category]: event.data.days } };
    if (event.type === 'RegisterActivated') return { ...state, packs: event.data.packs };
    return state;
  },
  decide: ({ data }, state) => {
    judged(data.category, data.days, state);
    return [{ type: 'RetentionPolicySet', data: { category: data.category, days: data.days, reason: data.reason, at: data.at } }];
  },
};
