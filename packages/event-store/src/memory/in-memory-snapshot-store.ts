import { type ProjectionSnapshot, type SnapshotStore } from '../port/snapshot-store.js';

/** Snapshots for tests and the memory store; lost on exit. */
export class InMemorySnapshotStore implements SnapshotStore {
  private readonly snapshots = new Map<string, ProjectionSnapshot>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async load(name: string): Promise<ProjectionSnapshot | undefined> {
    return this.snapshots.get(name);
  }

  async save(name: string, position: number, state: string): Promise<void> {
    this.snapshots.set(name, { position, state, savedAt: this.clock().toISOString() });
  }

  async remove(name: string): Promise<void> {
    this.snapshots.delete(name);
  }

  async activeGeneration(projection: string): Promise<number | undefined> {
    return this.generations.get(projection);
  }

  async activate(projection: string, generation: number): Promise<void> {
    this.generations.set(projection, generation);
  }
}
