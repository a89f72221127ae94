import { type CheckpointStore } from '../port/checkpoint-store.js';

/** Checkpoints for tests and demos; lost on exit (the SQLite package keeps them durably). */
export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();

  async load(name: string): Promise<number | undefined> {
    return this.positions.get(name);
  }

  async save(name: string, position: number): Promise<void> {
    this.positions.set(name, position);
  }
}
