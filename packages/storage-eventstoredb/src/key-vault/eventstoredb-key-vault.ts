import { randomBytes } from 'node:crypto';
import { type EventStoreDBClient, StreamDeletedError, StreamNotFoundError, WrongExpectedVersionError, jsonEvent } from '@eventstore/db-client';
import { KEY_BYTES, type KeyVault, SubjectErasedError, VaultClosedError } from '@fairscan/privacy';
import { drain } from '../reads/drain.js';

type KeyState = { readonly kind: 'key'; readonly key: Uint8Array } | { readonly kind: 'none' } | { readonly kind: 'destroyed' };

/**
 * Subject keys in `$fairscan-key-<subject>` streams. Destroying a key
 * tombstones its stream: EventStoreDB then refuses any write to it, so an
 * erased subject can never be given a fresh key, and the next scavenge
 * (`compact()`) removes the key bytes from disk. Until that scavenge, and in
 * backups taken before it, the key still exists: run `compact()` after an
 * erasure (docs/operations.md). No `exportKeys`/`importKeys` yet:
 * `fairscan store copy` warns that an EventStoreDB vault's keys stay behind.
 */
export class EventStoreDbKeyVault implements KeyVault {
  private closed = false;

  constructor(private readonly client: EventStoreDBClient) {}

  async createKey(subjectId: string): Promise<void> {
    const state = await this.stateOf(subjectId);
    if (state.kind === 'destroyed') throw new SubjectErasedError(subjectId);
    if (state.kind === 'key') return;
    const event = jsonEvent({ type: 'SubjectKeyCreated', data: { key: randomBytes(KEY_BYTES).toString('base64') } });
    try {
      await this.client.appendToStream(streamOf(subjectId), event, { expectedRevision: 'no_stream' });
    } catch (error) {
      if (error instanceof StreamDeletedError) throw new SubjectErasedError(subjectId);
      // A concurrent create won: its key stands, as `createKey` promises.
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
  }

  async getKey(subjectId: string): Promise<Uint8Array | undefined> {
    const state = await this.stateOf(subjectId);
    return state.kind === 'key' ? state.key : undefined;
  }

  async destroyKey(subjectId: string): Promise<void> {
    this.assertOpen();
    await this.client.tombstoneStream(streamOf(subjectId)).catch((error: unknown) => {
      if (!(error instanceof StreamDeletedError)) throw error;
    });
  }

  async isDestroyed(subjectId: string): Promise<boolean> {
    return (await this.stateOf(subjectId)).kind === 'destroyed';
  }

  /** The client belongs to the event store, which disposes of it. */
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  private async stateOf(subjectId: string): Promise<KeyState> {
    this.assertOpen();
    try {
      const [created] = await drain(this.client.readStream(streamOf(subjectId), { maxCount: 1 }));
      const key = (created?.event?.data as { key?: string } | undefined)?.key;
      return key === undefined ? { kind: 'none' } : { kind: 'key', key: new Uint8Array(Buffer.from(key, 'base64')) };
    } catch (error) {
      if (error instanceof StreamDeletedError) return { kind: 'destroyed' };
      if (error instanceof StreamNotFoundError) return { kind: 'none' };
      throw error;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new VaultClosedError();
  }
}

const streamOf = (subjectId: string): string => `$fairscan-key-${subjectId}`;
