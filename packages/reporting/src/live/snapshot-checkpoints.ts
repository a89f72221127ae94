import { type CheckpointStore, type SnapshotStore } from '@fairscan/event-store';

/**
 * The AsyncProjection's checkpoints, read from the snapshots: a snapshot's
 * position is the checkpoint. `save` writes nothing because `persist` has just
 * written position and state together (one row, one statement), so there is no
 * second record that a crash could leave behind the first.
 */
export class SnapshotCheckpoints implements CheckpointStore {
  constructor(private readonly snapshots: SnapshotStore) {}

  async load(name: string): Promise<number | undefined> {
    return (await this.snapshots.load(name))?.position;
  }

  async save(): Promise<void> {}
}
