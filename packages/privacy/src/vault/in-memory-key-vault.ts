import { randomBytes } from 'node:crypto';
import { planKeyImport } from './key-import.js';
import { KEY_BYTES, type KeyImportResult, type KeyVault, SubjectErasedError, type SubjectKeyRecord, VaultClosedError } from './key-vault.js';

export interface InMemoryKeyVaultOptions {
  /** When keys are created and destroyed (what an export carries); default the system clock. */
  readonly clock?: () => Date;
}

interface Held {
  readonly key: Uint8Array;
  readonly createdAt: string;
}

interface Tombstone {
  readonly createdAt: string;
  readonly destroyedAt: string;
}

/**
 * The reference vault: every port behaviour, nothing durable. For tests and
 * demos; a restart loses every key, which is an erasure of everything.
 */
export class InMemoryKeyVault implements KeyVault {
  private readonly keys = new Map<string, Held>();
  private readonly destroyed = new Map<string, Tombstone>();
  private readonly clock: () => Date;
  private closed = false;

  constructor(options: InMemoryKeyVaultOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
  }

  async createKey(subjectId: string): Promise<void> {
    this.assertOpen();
    if (this.destroyed.has(subjectId)) throw new SubjectErasedError(subjectId);
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, { key: new Uint8Array(randomBytes(KEY_BYTES)), createdAt: this.now() });
  }

  async getKey(subjectId: string): Promise<Uint8Array | undefined> {
    this.assertOpen();
    // A copy: a caller that wipes its key after use must not wipe the vault's.
    return this.keys.get(subjectId)?.key.slice();
  }

  async destroyKey(subjectId: string): Promise<void> {
    this.assertOpen();
    if (!this.destroyed.has(subjectId)) this.bury(subjectId, this.keys.get(subjectId)?.createdAt ?? this.now(), this.now());
  }

  async isDestroyed(subjectId: string): Promise<boolean> {
    this.assertOpen();
    return this.destroyed.has(subjectId);
  }

  async *exportKeys(): AsyncIterable<SubjectKeyRecord> {
    this.assertOpen();
    // A snapshot: the caller may write to this vault while it iterates.
    const live = [...this.keys].map(([subjectId, held]) => ({ subjectId, key: held.key.slice(), createdAt: held.createdAt }));
    const erased = [...this.destroyed].map(([subjectId, tombstone]) => ({ subjectId, ...tombstone }));
    yield* [...live, ...erased];
  }

  async importKeys(records: readonly SubjectKeyRecord[]): Promise<KeyImportResult> {
    this.assertOpen();
    const plan = planKeyImport(records, (subjectId) =>
      this.destroyed.has(subjectId) ? { key: null } : this.keys.get(subjectId),
    );
    for (const { record } of plan.steps) {
      if (record.key === undefined) this.bury(record.subjectId, record.createdAt, record.destroyedAt);
      else this.keys.set(record.subjectId, { key: record.key, createdAt: record.createdAt });
    }
    return plan.result;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Wipes the key's bytes and remembers the subject as erased. */
  private bury(subjectId: string, createdAt: string, destroyedAt: string): void {
    this.keys.get(subjectId)?.key.fill(0);
    this.keys.delete(subjectId);
    this.destroyed.set(subjectId, { createdAt, destroyedAt });
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private assertOpen(): void {
    if (this.closed) throw new VaultClosedError();
  }
}
