import { CommandRejected, type Decider } from '../deciders/decider.js';

/** What a command produced: its events, or the rejection. */
export type DeciderOutcome<E> =
  | { readonly events: E[]; readonly error?: undefined }
  | { readonly error: CommandRejected; readonly events?: undefined };

/**
 * Given-when-then for deciders (after Emmett's DeciderSpecification), with no
 * assertion library inside: `deciderSpec(d).given([...]).when(cmd)` and assert
 * on the outcome with whatever the test uses. Other errors propagate.
 */
export function deciderSpec<C, S, E>(decider: Decider<C, S, E>) {
  return {
    given: (events: readonly E[]) => ({
      when: (command: C): DeciderOutcome<E> => {
        const state = events.reduce((folded, event) => decider.evolve(folded, event), decider.initialState());
        try {
          return { events: decider.decide(command, state) };
        } catch (error) {
          if (error instanceof CommandRejected) return { error };
          throw error;
        }
      },
    }),
  };
}
