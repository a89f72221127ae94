/**
 * Where an async projection remembers the last globalPosition it applied, so
 * a restart resumes there instead of replaying (or skipping) events. `0`
 * means "from the start" (global positions start at 1).
 */
export interface CheckpointStore {
  /** The saved position, or undefined when `name` never saved one. */
  load(name: string): Promise<number | undefined>;
  /** Replaces the position (lower is allowed: a rebuild saves 0). */
  save(name: string, position: number): Promise<void>;
}
