import { randomBytes } from 'node:crypto';
import { KEY_BYTES, type KeyVault, SubjectErasedError, VaultClosedError } from './key-vault.js';

/**
 * The reference vault: every port behaviour, nothing durable. For tests and
 * demos; a restart loses every key, which is an erasure of everything.
 */
export class InMemoryKeyVault implements KeyVault {
  private readonly keys = new Map<string, Uint8Array>();
  private readonly destroyed = new Set<string>();
  private closed = false;

  async createKey(subjectId: string): Promise<void> {
    this.assertOpen();
    if (this.destroyed.has(subjectId)) throw new SubjectErasedError(subjectId);
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, new Uint8Array(randomBytes(KEY_BYTES)));
  }

  async getKey(subjectId: string): Promise<Uint8Array | undefined> {
    this.assertOpen();
    const key = this.keys.get(subjectId);
    // A copy: a caller that wipes its key after use must not wipe the vault's.
    return key === undefined ? undefined : key.slice();
  }

  async destroyKey(subjectId: string): Promise<void> {
    this.assertOpen();
    this.keys.get(subjectId)?.fill(0);
    this.keys.delete(subjectId);
    this.destroyed.add(subjectId);
  }

  async isDestroyed(subjectId: string): Promise<boolean> {
    this.assertOpen();
    return this.destroyed.has(subjectId);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new VaultClosedError();
  }
}
