import { type NewEvent } from '@fairscan/domain';
import { type AppendResult } from '../port/event-store.js';

/** One stream's part of a command's result. */
export interface AppendedWrite {
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  readonly result: AppendResult;
}

export interface CommandOutcome {
  /** True when every write was already stored: a resent scan changed nothing. */
  readonly duplicate: boolean;
  /** Stream by stream, in append order; empty when the decider had nothing to say. */
  readonly writes: readonly AppendedWrite[];
}
