import { type FairscanEvent } from '../events/index.js';
import { type StoredEvent } from '../events/envelope.js';

/**
 * A read model as a pure fold over stored events. The runner hands each
 * projection only the `eventTypes` it lists (it must still ignore others).
 *
 * The state belongs to its fold: for speed on 1M-event replays `evolve` MAY
 * update the state in place, and must return it. Callers that need an old
 * state untouched fold a fresh `initialState()` instead of reusing one.
 */
export interface Projection<S> {
  readonly name: string;
  readonly eventTypes: readonly string[];
  initialState(): S;
  evolve(state: S, event: StoredEvent): S;
}

export type EventType = FairscanEvent['type'];
type StoredEach<E> = E extends FairscanEvent ? StoredEvent<E> : never;
/** A stored catalogue event, as a union discriminated by `type` (so `data` narrows with it). */
export type StoredOf<T extends EventType> = StoredEach<Extract<FairscanEvent, { readonly type: T }>>;

/** Narrows a stored event to the catalogue types given. */
export function isOneOf<T extends EventType>(types: ReadonlySet<T>, event: StoredEvent): event is StoredOf<T> {
  return types.has(event.type as T);
}

/** Folds events through a projection from its initial state (tests, rebuilds, replays). */
export function foldProjection<S>(projection: Projection<S>, events: Iterable<StoredEvent>): S {
  let state = projection.initialState();
  for (const event of events) state = projection.evolve(state, event);
  return state;
}

/** An instant as epoch milliseconds; ISO strings with different offsets do not compare as text. */
export const instantMs = (instant: string): number => Date.parse(instant);
