/**
 * The unit of domain logic (Emmett's Decider): fold past events into a state,
 * then decide which new events a command produces. Pure and synchronous; the
 * command handler owns loading, appending and retrying.
 */
export interface Decider<C, S, E> {
  initialState(): S;
  /** Folds one past event in; ignores event types it does not know. */
  evolve(state: S, event: E): S;
  /** The events the command produces, or throws `CommandRejected`. */
  decide(command: C, state: S): E[];
}

/** A command the current state does not allow; `code` is stable, the message is for people. */
export class CommandRejected extends Error {
  override readonly name = 'CommandRejected';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const isCommandRejected = (error: unknown): error is CommandRejected => error instanceof CommandRejected;
