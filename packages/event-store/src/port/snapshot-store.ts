/** A projection's state as saved with the position it was folded up to. */
export interface ProjectionSnapshot {
  /** globalPosition of the last event folded into `state` (0 = none). */
  readonly position: number;
  /** The state, serialized by the caller (e.g. `encodeState`). */
  readonly state: string;
  readonly savedAt: string;
}

/**
 * Durable read models for async projections. The snapshot IS the checkpoint:
 * position and state are one record written by one statement, so a crash
 * leaves either the old pair or the new pair, never a state that has counted
 * events its checkpoint says are still to come (or the reverse).
 *
 * Names are versioned (`stationThroughput@2`): a rebuild writes a new
 * generation beside the one being served and then activates it.
 */
export interface SnapshotStore {
  load(name: string): Promise<ProjectionSnapshot | undefined>;
  save(name: string, position: number, state: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** The generation a projection is served from; undefined before the first activation. */
  activeGeneration(projection: string): Promise<number | undefined>;
  activate(projection: string, generation: number): Promise<void>;
}
