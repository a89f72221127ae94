import { type EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { type CheckpointStore } from '@fairscan/event-store';
import { readPage } from '../reads/read-stream.js';

/**
 * Projection checkpoints as events in `$fairscan-checkpoint-<name>`: a
 * system (`$`) stream, so no site read or subscription ever sees them, with
 * `$maxCount` 1 so a scavenge keeps only the latest. On a secure cluster
 * the connection's user must be allowed to write `$` streams ($admins).
 */
export class EventStoreDbCheckpointStore implements CheckpointStore {
  private readonly bounded = new Set<string>();

  constructor(private readonly client: EventStoreDBClient) {}

  async load(name: string): Promise<number | undefined> {
    const [last] = await readPage(this.client, streamOf(name), true, 'end', 1);
    return (last?.data as { position?: number } | undefined)?.position;
  }

  async save(name: string, position: number): Promise<void> {
    const stream = streamOf(name);
    if (!this.bounded.has(name)) {
      await this.client.setStreamMetadata(stream, { maxCount: 1 });
      this.bounded.add(name);
    }
    await this.client.appendToStream(stream, jsonEvent({ type: 'CheckpointSaved', data: { position } }));
  }
}

const streamOf = (name: string): string => `$fairscan-checkpoint-${name}`;
